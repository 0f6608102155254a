// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"

#include "caselist/CaseListModel.h"
#include "caselist/NewCaseDialog.h"
#include "caselist/TodoPanel.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "meeting/Konsultationsteam.h"
#include "meeting/KonsultationsteamWindow.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "util/Language.h"
#include "workspace/CasePage.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/ProcessMapWidget.h"
#include "workspace/TransitionPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// Every screen a social worker meets, on the screen size this run was given
// (a 1366×768 municipal laptop, or a 1920×1080 desktop): a screenshot of
// each under screenshots/<size>/, and the checks that nothing needs
// scrolling sideways.
class TestScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theListsAndToDo();
    void everyBox_data();
    void everyBox();
    void meetingWindow();
    void dialogs();
    // Recreates the window: last.
    void paneSizesAreRemembered();

private:
    void save(QWidget *widget, const QString &name);
    static void expectNoSidewaysScrolling(QScrollArea *area, const QString &where);
    static void expectTablesFit(QWidget *page, const QString &where);
    void expectMovesReadable(const QString &where);
    QString caseIn(Stage stage) const;

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
};

void TestScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SamordnaTest"_s);
    // Each screen size and language its own settings: the runs go side by side.
    QApplication::setApplicationName(
        u"tst_screens-%1-%2"_s.arg(qEnvironmentVariable("SAMORDNA_TEST_SCREEN"), language::chosen()));
    QSettings().clear();
    Clock::setToday(m_today);
    QVERIFY(language::install(language::chosen()));
    QVERIFY(m_store.open(m_today));
    const QSize screen = QGuiApplication::primaryScreen()->size();
    m_folder = QStringLiteral(SAMORDNA_SCREENSHOT_DIR)
        + u"/%1x%2-%3"_s.arg(screen.width()).arg(screen.height()).arg(language::chosen());
    QVERIFY(QDir().mkpath(m_folder));
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    // As on first start: the window takes the screen it is given.
    m_window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->width() <= screen.width());
}

void TestScreens::cleanupTestCase()
{
    m_window.reset();
}

void TestScreens::save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = m_folder + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestScreens::expectNoSidewaysScrolling(QScrollArea *area, const QString &where)
{
    QVERIFY2(area, qPrintable(where));
    QApplication::processEvents();
    const int room = area->viewport()->width();
    const int needs = area->widget()->minimumSizeHint().width();
    QVERIFY2(needs <= room, qPrintable(u"%1 needs %2 px, has %3"_s.arg(where).arg(needs).arg(room)));
    QVERIFY2(area->horizontalScrollBar()->maximum() == 0 || !area->horizontalScrollBar()->isVisible(),
             qPrintable(where + u": scrolls sideways"_s));
}

void TestScreens::expectTablesFit(QWidget *page, const QString &where)
{
    for (QTableView *table : page->findChildren<QTableView *>()) {
        if (!table->isVisibleTo(page))
            continue;
        const int needs = table->horizontalHeader()->length();
        const int room = table->viewport()->width();
        QVERIFY2(
            needs <= room,
            qPrintable(u"%1, table %2 needs %3 px, has %4"_s.arg(where, table->objectName()).arg(needs).arg(room)));
    }
}

QString TestScreens::caseIn(Stage stage) const
{
    QString id;
    m_store.store->forEachSummary([&](const CaseSummary &summary) {
        if (id.isEmpty() && summary.stage == stage)
            id = summary.id;
    });
    return id;
}

void TestScreens::theListsAndToDo()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"sideTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(0);
    // The case list fits its pane: no sideways scrolling; the name, the box
    // and the next deadline always there; on a desktop's screen the
    // personnummer and the district too.
    auto *table = m_window->findChild<QTableView *>(u"caseTable"_s);
    QVERIFY(table);
    QApplication::processEvents();
    const QHeaderView *header = table->horizontalHeader();
    QVERIFY2(header->length() <= table->viewport()->width(),
             qPrintable(u"the list needs %1 px, has %2"_s.arg(header->length()).arg(table->viewport()->width())));
    QVERIFY(table->horizontalScrollBar()->maximum() == 0 || !table->horizontalScrollBar()->isVisible());
    for (int column : {CaseListModel::NameColumn, CaseListModel::StageColumn, CaseListModel::NextDueColumn}) {
        QVERIFY(!header->isSectionHidden(column));
        QVERIFY2(header->sectionSize(column) >= 40, qPrintable(QString::number(column)));
    }
    if (QGuiApplication::primaryScreen()->size().width() >= 1920) {
        for (int column : {CaseListModel::IdColumn, CaseListModel::PersonnummerColumn, CaseListModel::DistrictColumn})
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
    }
    save(m_window.get(), u"list.png"_s);
    tabs->setCurrentWidget(m_window->todo());
    save(m_window.get(), u"todo.png"_s);
    tabs->setCurrentIndex(0);
}

void TestScreens::everyBox_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("journal");
    for (bool journal : {false, true}) {
        for (Stage stage : allStages())
            QTest::addRow("%s%s", qPrintable(stageCode(stage)), journal ? " with journal" : "") << stage << journal;
    }
}

void TestScreens::everyBox()
{
    QFETCH(Stage, stage);
    QFETCH(bool, journal);
    const QString id = caseIn(stage);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_window->openCase(id));
    // The journal is shown or put away as a user does, with its button.
    auto *journalButton = m_window->workspace()->findChild<QToolButton *>(u"journalToggleButton"_s);
    QVERIFY(journalButton);
    if (journalButton->isChecked() != journal)
        QTest::mouseClick(journalButton, Qt::LeftButton);
    QCOMPARE(journalButton->isChecked(), journal);
    auto *pageTabs = m_window->workspace()->findChild<QTabWidget *>(u"pageTabs"_s);
    QVERIFY(pageTabs);
    CasePage *page = nullptr;
    for (CasePage *candidate : m_window->workspace()->findChildren<CasePage *>()) {
        if (candidate->stage() == stage)
            page = candidate;
    }
    QVERIFY(page);
    pageTabs->setCurrentWidget(page);
    QApplication::processEvents();
    const QString where = stageCode(stage) + (journal ? u" with journal"_s : QString());
    // The case itself fits beside the lists, and the box page in its pane.
    expectNoSidewaysScrolling(m_window->findChild<QScrollArea *>(u"workspaceScrollArea"_s), where);
    expectNoSidewaysScrolling(page->scrollArea(), where);
    expectTablesFit(page, where);
    // Every word of the map's legend is on the map.
    auto *map = m_window->workspace()->findChild<ProcessMapWidget *>(u"processMap"_s);
    QVERIFY(map);
    for (const QRectF &entry : map->legendRects())
        QVERIFY2(QRectF(map->rect()).contains(entry), qPrintable(where + u": the legend is cut"_s));
    expectMovesReadable(where);
    save(m_window.get(), u"box-%1%2.png"_s.arg(stageCode(stage), journal ? u"-journal"_s : QString()));
}

// Under "Move the case" every line of every reason can be read: no label is
// given less height than its wrapped text needs, and what is below the
// window's edge is reached by scrolling the pane.
void TestScreens::expectMovesReadable(const QString &where)
{
    auto *moves = m_window->workspace()->findChild<TransitionPanel *>();
    QVERIFY(moves);
    for (const QLabel *label : moves->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(where + u": a reason under the moves is cut: "_s + label->text().left(40)));
    }
    // Every way out of the box is in view without scrolling: the map gives
    // way before the buttons do.
    const QWidget *viewport = moves->parentWidget();
    QVERIFY(viewport);
    for (const QPushButton *button : moves->findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        const QRect inView(button->mapTo(viewport, QPoint(0, 0)), button->size());
        QVERIFY2(viewport->rect().contains(inView),
                 qPrintable(where + u": a move button needs scrolling: "_s + button->objectName()));
    }
}

void TestScreens::meetingWindow()
{
    openKonsultationsteam(m_window.get(), m_store.store.get());
    auto *meeting = m_window->findChild<KonsultationsteamWindow *>(u"konsultationsteamWindow"_s);
    QVERIFY(meeting);
    QVERIFY(QTest::qWaitForWindowExposed(meeting));
    const QSize screen = meeting->screen()->availableGeometry().size();
    QVERIFY2(meeting->width() <= screen.width() && meeting->height() <= screen.height(),
             qPrintable(u"%1×%2"_s.arg(meeting->width()).arg(meeting->height())));
    save(meeting, u"meeting.png"_s);
    meeting->close();
}

void TestScreens::dialogs()
{
    NewCaseDialog newCase(m_store.store.get(), m_window.get());
    newCase.show();
    QVERIFY(QTest::qWaitForWindowExposed(&newCase));
    save(&newCase, u"dialog-new-case.png"_s);
    newCase.reject();

    SettingsDialog settings(m_window.get());
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    save(&settings, u"dialog-settings.png"_s);
    settings.reject();
}

void TestScreens::paneSizesAreRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    const int before = splitter->sizes().constFirst();
    // The user drags the divider 60 px to the right.
    QWidget *handle = splitter->handle(1);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(60, 0));
    // The handle has moved with the pointer: it is released where it is.
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip);
    QTRY_VERIFY2(std::abs(splitter->sizes().constFirst() - (before + 60)) <= 2,
                 qPrintable(u"%1 → %2"_s.arg(before).arg(splitter->sizes().constFirst())));
    const QList<int> dragged = splitter->sizes();

    // The next start shows the panes as the user left them.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    m_window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->sizes().constFirst(), dragged.constFirst());
}

// The offscreen platform is given the screen size from SAMORDNA_TEST_SCREEN
// (e.g. "1366x768"), so one test shows each size a user may have.
int main(int argc, char *argv[])
{
    QTemporaryDir configDir;
    const QByteArray size = qgetenv("SAMORDNA_TEST_SCREEN");
    const QList<QByteArray> parts = size.split('x');
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && parts.size() == 2 && configDir.isValid()) {
        const QString config = configDir.filePath(u"screens.json"_s);
        QFile file(config);
        const QByteArray json = R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": )" + parts.at(0)
            + R"(, "height": )" + parts.at(1) + R"(, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})";
        if (file.open(QIODevice::WriteOnly) && file.write(json) > 0) {
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestScreens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screens.moc"
