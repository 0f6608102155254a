// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibleNames.h"
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseListModel.h"
#include "caselist/NewCaseDialog.h"
#include "caselist/TodoModel.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/Stage.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/MainWindow.h"
#include "meeting/Konsultationsteam.h"
#include "meeting/KonsultationsteamWindow.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/NoteDialog.h"
#include "workspace/ProcessMapWidget.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace samordna;
using namespace samordna::ui;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void mainWindowAndItsLists();
    void everyBoxPage_data();
    void everyBoxPage();
    void konsultationsteamWindow();
    void dialogs();
    void processMapTellsEachBoxStateAndReason();
    void tabOrderFollowsTheReadingOrder_data();
    void tabOrderFollowsTheReadingOrder();
    void overdueIsNotToldByColourAlone();
    void aboutTellsVersionLicenceAndStore();
    void darkAndHighContrastScreenshots_data();
    void darkAndHighContrastScreenshots();

private:
    std::unique_ptr<MainWindow> showMainWindow();
    static void settle() { QApplication::processEvents(); }
    static QString report(const QStringList &unnamed) { return u"without a name:\n  "_s + unnamed.join(u"\n  "_s); }

    const QDate m_today{2026, 11, 16};
    GuiTestStore m_store;
};

void TestAccessibility::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_accessibility"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
}

void TestAccessibility::cleanup()
{
    for (QWidget *window : QApplication::topLevelWidgets())
        window->close();
    settle();
}

std::unique_ptr<MainWindow> TestAccessibility::showMainWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.store.get());
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestAccessibility::mainWindowAndItsLists()
{
    const auto window = showMainWindow();
    QVERIFY(window);
    const QStringList unnamed = accessible_names::unnamedOnEveryPage(window.get(), settle);
    QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
}

void TestAccessibility::everyBoxPage_data()
{
    QTest::addColumn<Stage>("stage");
    for (Stage stage : {Stage::Ruta1, Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5,
                        Stage::Ruta6a, Stage::Ruta6b})
        QTest::newRow(qPrintable(stageNumber(stage))) << stage;
}

// A case in each box, and every page of its workspace (each box's page, the
// journal, the information), since a page shows different controls per box.
void TestAccessibility::everyBoxPage()
{
    QFETCH(Stage, stage);
    const QString id = m_store.firstCaseIn(stage);
    if (id.isEmpty())
        QSKIP("the demo store has no case in this box");
    const auto window = showMainWindow();
    QVERIFY(window);
    QVERIFY(window->openCase(id));
    settle();
    const QStringList unnamed = accessible_names::unnamedOnEveryPage(window.get(), settle);
    QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
}

void TestAccessibility::konsultationsteamWindow()
{
    const auto window = showMainWindow();
    QVERIFY(window);
    openKonsultationsteam(window.get(), m_store.store.get());
    KonsultationsteamWindow *meeting = nullptr;
    for (QWidget *candidate : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<KonsultationsteamWindow *>(candidate))
            meeting = found;
    }
    QVERIFY(meeting);
    QVERIFY(QTest::qWaitForWindowExposed(meeting));
    const QStringList unnamed = accessible_names::unnamedOnEveryPage(meeting, settle);
    QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
}

void TestAccessibility::dialogs()
{
    NewCaseDialog newCase(m_store.store.get());
    HelpDialog help;
    NoteDialog note(u"Note"_s, u"The note"_s, u"noteEdit"_s);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&newCase, &help, &note}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = accessible_names::unnamedOnEveryPage(dialog, settle);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s + report(unnamed)));
        dialog->hide();
    }
}

// A screen reader walks the map box by box: each box is a child that says
// which box it is, whether it is the current one, passed, possible next or
// not possible now, and why not.
void TestAccessibility::processMapTellsEachBoxStateAndReason()
{
    // A case in box 1 that may move on, so the map has every kind of box.
    const auto window = showMainWindow();
    QVERIFY(window);
    ProcessMapWidget *map = nullptr;
    QString id;
    m_store.store->forEachSummary([&](const CaseSummary &summary) {
        if (map || summary.stage != Stage::Ruta1 || !window->openCase(summary.id))
            return;
        settle();
        auto *shown = window->findChild<ProcessMapWidget *>();
        if (shown && (shown->isClickable(Stage::Ruta3) || shown->isClickable(Stage::Ruta2a)))
            map = shown;
    });
    QVERIFY2(map, "no case in box 1 that may move on");
    QAccessibleInterface *mapInterface = QAccessible::queryAccessibleInterface(map);
    QVERIFY(mapInterface);
    QCOMPARE(mapInterface->childCount(), 8);

    int current = 0;
    int next = 0;
    int unavailable = 0;
    for (int i = 0; i < mapInterface->childCount(); ++i) {
        QAccessibleInterface *box = mapInterface->child(i);
        QVERIFY(box);
        QCOMPARE(box->parent(), mapInterface);
        QCOMPARE(mapInterface->indexOfChild(box), i);
        const QString name = box->text(QAccessible::Name);
        const QString description = box->text(QAccessible::Description);
        QVERIFY2(name.contains(u"Box "_s), qPrintable(name));
        QVERIFY2(box->rect().isValid() && mapInterface->rect().contains(box->rect()), qPrintable(name));
        if (name.contains(u"current box"_s)) {
            ++current;
            QVERIFY2(name.startsWith(u"Box 1,"_s), qPrintable(name));
        } else if (name.contains(u"possible next"_s)) {
            ++next;
            QCOMPARE(box->role(), QAccessible::Button);
            QVERIFY(box->actionInterface());
            QVERIFY(!box->state().disabled);
        } else if (name.contains(u"not possible now"_s)) {
            ++unavailable;
            QVERIFY(box->state().disabled);
            QVERIFY2(!description.isEmpty(), qPrintable(name));
        }
    }
    QCOMPARE(current, 1);
    QVERIFY(next >= 1);
    QVERIFY(unavailable >= 1);

    // The reason a box cannot be chosen is the same one the tooltip gives.
    for (int i = 0; i < mapInterface->childCount(); ++i) {
        QAccessibleInterface *box = mapInterface->child(i);
        if (!box->state().disabled)
            continue;
        const QString description = box->text(QAccessible::Description);
        bool matchesATooltip = false;
        for (Stage stage : {Stage::Ruta1, Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5,
                            Stage::Ruta6a, Stage::Ruta6b})
            matchesATooltip = matchesATooltip
                || (!map->toolTipFor(stage).isEmpty() && description.contains(map->toolTipFor(stage)));
        QVERIFY2(matchesATooltip, qPrintable(box->text(QAccessible::Name) + u": "_s + description));
    }
}

void TestAccessibility::tabOrderFollowsTheReadingOrder_data()
{
    everyBoxPage_data();
}

// Tab walks each box's page as it is read: down the page, and left to right
// along a row, never jumping back up. Widgets in one row may differ a little
// in height, so "the same row" is where their vertical extents overlap.
void TestAccessibility::tabOrderFollowsTheReadingOrder()
{
    QFETCH(Stage, stage);
    const QString id = m_store.firstCaseIn(stage);
    if (id.isEmpty())
        QSKIP("the demo store has no case in this box");
    const auto window = showMainWindow();
    QVERIFY(window);
    QVERIFY(window->openCase(id));
    settle();
    QWidget *page = window->findChild<QWidget *>(stageCode(stage) + u"Page"_s);
    QVERIFY(page);
    QVERIFY(page->isVisible());

    QList<QWidget *> chain;
    for (QWidget *widget = page->nextInFocusChain(); widget != page; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(page)
            && !widget->focusProxy() && accessible_names::announced(widget) == widget)
            chain << widget;
    }
    QVERIFY2(!chain.isEmpty(), "the page has nothing to reach with Tab");
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect before(chain.at(i - 1)->mapTo(page, QPoint()), chain.at(i - 1)->size());
        const QRect after(chain.at(i)->mapTo(page, QPoint()), chain.at(i)->size());
        const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
        const bool readOn = sameRow ? after.left() >= before.left() : after.top() >= before.bottom();
        QVERIFY2(readOn,
                 qPrintable(u"Tab goes from %1 to %2, back up or leftwards"_s.arg(
                     accessible_names::describe(chain.at(i - 1)), accessible_names::describe(chain.at(i)))));
    }
}

// Red is one sign of an overdue date; a warning icon and the word are others,
// for a colour-blind reader, a high-contrast theme and a screen reader.
void TestAccessibility::overdueIsNotToldByColourAlone()
{
    const auto window = showMainWindow();
    QVERIFY(window);
    auto *cases = window->findChild<QTableView *>(u"caseTable"_s);
    QVERIFY(cases);
    const QAbstractItemModel *model = cases->model();
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex due = model->index(row, CaseListModel::NextDueColumn);
        const QDate date = QDate::fromString(due.data().toString(), Qt::ISODate);
        const bool late = date.isValid() && date < m_today;
        QCOMPARE(!due.data(Qt::DecorationRole).value<QIcon>().isNull(), late);
        QCOMPARE(due.data(Qt::AccessibleTextRole).toString().contains(u"overdue"_s), late);
        overdue += late;
    }
    QVERIFY2(overdue > 0, "the demo store has no overdue case to look at");

    auto *todo = window->findChild<QTableView *>(u"todoView"_s);
    QVERIFY(todo);
    const QAbstractItemModel *todoModel = todo->model();
    int overdueTodo = 0;
    for (int row = 0; row < todoModel->rowCount(); ++row) {
        const QModelIndex due = todoModel->index(row, TodoModel::DueColumn);
        const QDate date = QDate::fromString(due.data().toString(), Qt::ISODate);
        if (date.isValid() && date < m_today && due.data(Qt::ForegroundRole).isValid()) {
            ++overdueTodo;
            // FK's week reads as its escalation path, not as a duty missed.
            const bool fkWeek = todoModel->index(row, TodoModel::WhatColumn).data().toString()
                == deadlineTitle(DeadlineKind::FkContactWithinWeek);
            QCOMPARE(todoModel->index(row, TodoModel::StatusColumn).data().toString(),
                     fkWeek ? u"Week passed"_s : u"Overdue"_s);
        }
    }
    QVERIFY2(overdueTodo > 0, "Att göra shows no overdue deadline to look at");
}

void TestAccessibility::aboutTellsVersionLicenceAndStore()
{
    const auto window = showMainWindow();
    QVERIFY(window);
    QAction *about = window->findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::takeAskedCount();
    about->trigger();
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral(SAMORDNA_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(u"GPL-3.0-or-later"_s), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_store.store->path())), qPrintable(text));
}

// WCAG 2 contrast of two colours, 1 to 21.
static double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void TestAccessibility::darkAndHighContrastScreenshots_data()
{
    QTest::addColumn<QString>("themeName");
    QTest::addColumn<double>("minimumContrast");
    QTest::newRow("dark") << u"dark"_s << 4.5;
    QTest::newRow("high-contrast") << u"high-contrast"_s << 7.0;
}

// The windows in a dark and in a high-contrast palette, chosen as a user
// would from Settings → Appearance; the screenshots are for a person to judge
// what colour alone cannot be tested for.
void TestAccessibility::darkAndHighContrastScreenshots()
{
    QFETCH(QString, themeName);
    QFETCH(double, minimumContrast);
    const QString id = m_store.firstCaseIn(Stage::Ruta3);
    QVERIFY(!id.isEmpty());
    const auto window = showMainWindow();
    QVERIFY(window);
    QAction *choice = window->findChild<QAction *>(u"theme_"_s + themeName);
    QVERIFY(choice);
    choice->trigger();
    settle();
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), themeName);
    QCOMPARE(theme::chosen(), *theme::fromName(themeName));

    const QPalette palette = window->palette();
    QCOMPARE(palette.color(QPalette::Base), theme::palette(*theme::fromName(themeName)).color(QPalette::Base));
    for (const auto &[text, background] :
         {std::pair{QPalette::Text, QPalette::Base}, std::pair{QPalette::WindowText, QPalette::Window},
          std::pair{QPalette::ButtonText, QPalette::Button}, std::pair{QPalette::HighlightedText, QPalette::Highlight},
          std::pair{QPalette::PlaceholderText, QPalette::Base}}) {
        QVERIFY2(contrast(palette.color(text), palette.color(background)) >= minimumContrast,
                 qPrintable(u"role %1 on %2"_s.arg(int(text)).arg(int(background))));
    }
    QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base)) >= 4.5);

    QVERIFY(window->openCase(id));
    settle();
    const QString folder = QStringLiteral(SAMORDNA_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(window->grab().save(folder + u"/theme_"_s + themeName + u"_case.png"_s));
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    settle();
    QVERIFY(window->grab().save(folder + u"/theme_"_s + themeName + u"_todo.png"_s));

    QAction *system = window->findChild<QAction *>(u"theme_system"_s);
    QVERIFY(system);
    system->trigger();
    QSettings().remove(u"ui/theme"_s);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
