// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsFixture.h"

#include "common/StateColors.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "stats/FollowUpTableModel.h"
#include "stats/FollowUpWindow.h"
#include "util/Clock.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

namespace {
// The day the view is opened on, unless a test says otherwise.
const QDate FixtureToday(2026, 6, 30);
} // namespace

// The follow-up view driven as a unit manager would: opened from the menu,
// a period and a district chosen with the keyboard, the figures read from
// the tables beside the charts, in a light and a dark palette, and the
// whole report saved as PDF.
class TestFollowUpWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuOpensIt();
    void periodPresets_data();
    void periodPresets();
    void figuresForThePeriod();
    void districtChosenByKeyboard();
    void screenshotsLightAndDark();
    void savedAsPdf();

private:
    FollowUpWindow *openWindow();
    void chooseFirstHalfYear();
    QString cell(const QString &table, int row, int column, int role = Qt::DisplayRole) const;
    int statisticsRows() const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseService> m_store;
    FollowUpWindow *m_window = nullptr;
    QPalette m_lightPalette;
};

void TestFollowUpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = CaseService::open(m_dir->filePath(u"cases.sqlite"_s));
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    const QString error = statsFixture::import(*m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Clock::setToday(FixtureToday);
}

void TestFollowUpWindow::init()
{
    Clock::setToday(FixtureToday);
    QApplication::setPalette(m_lightPalette);
}

void TestFollowUpWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

FollowUpWindow *TestFollowUpWindow::openWindow()
{
    openFollowUp(nullptr, m_store.get());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<FollowUpWindow *>(widget))
            m_window = window;
    }
    if (m_window) {
        m_window->resize(1366, 768);
        QTest::qWait(0);
    }
    return m_window;
}

// The fixture's period, the first half of 2026, as a user picks it: "This
// year", then its last day typed over with the 30th of June.
void TestFollowUpWindow::chooseFirstHalfYear()
{
    auto *period = m_window->findChild<QComboBox *>(u"periodCombo"_s);
    QVERIFY(period);
    period->setFocus();
    QCOMPARE(period->currentIndex(), 0); // the last 12 months
    QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(period->currentText(), u"This year"_s);
    auto *to = m_window->findChild<QDateEdit *>(u"toDateEdit"_s);
    QCOMPARE(to->date(), QDate(2026, 12, 31));
    to->setFocus();
    to->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(to, u"20260630"_s);
    QCOMPARE(to->date(), QDate(2026, 6, 30));
    QCOMPARE(period->currentText(), u"Chosen period"_s);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"showFiguresButton"_s), Qt::LeftButton);
    QVERIFY(m_window->report());
    QCOMPARE(m_window->report()->from, QDate(2026, 1, 1));
    QCOMPARE(m_window->report()->to, QDate(2026, 6, 30));
}

QString TestFollowUpWindow::cell(const QString &table, int row, int column, int role) const
{
    auto *view = m_window->findChild<QTableView *>(table);
    if (!view)
        return u"(no table %1)"_s.arg(table);
    return view->model()->index(row, column).data(role).toString();
}

int TestFollowUpWindow::statisticsRows() const
{
    int rows = 0;
    for (const AuditEntry &entry : m_store->auditLog().valueOr({}))
        rows += entry.action == u"statistics" ? 1 : 0;
    return rows;
}

void TestFollowUpWindow::saveScreenshot(const QString &name)
{
    const QString path = QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name;
    QVERIFY(m_window->grab().save(path));
}

void TestFollowUpWindow::menuOpensIt()
{
    const int before = statisticsRows();
    MainWindow main(m_store.get());
    main.show();
    auto *action = main.findChild<QAction *>(u"followUpAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+U"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QTest::keyClick(&main, Qt::Key_U, Qt::ControlModifier);
    FollowUpWindow *window = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<FollowUpWindow *>(widget))
            window = candidate;
    }
    QVERIFY(window);
    QVERIFY(window->isVisible());
    // Opening shows the last twelve months at once, and that is audited.
    QCOMPARE(window->report()->from, QDate(2025, 7, 1));
    QCOMPARE(statisticsRows(), before + 1);
    delete window;
}

// Each period of the list, chosen by keyboard on a day late in the year:
// "this year" and "this quarter" are the calendar's, to their last day.
void TestFollowUpWindow::periodPresets_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("downs");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today(2026, 11, 30);
    QTest::newRow("last 12 months") << today << 0 << u"Last 12 months"_s << QDate(2025, 12, 1) << today;
    QTest::newRow("this year") << today << 1 << u"This year"_s << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("this year, in June") << QDate(2026, 6, 30) << 1 << u"This year"_s << QDate(2026, 1, 1)
                                        << QDate(2026, 12, 31);
    QTest::newRow("last year") << today << 2 << u"Last year"_s << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("this quarter") << today << 3 << u"This quarter"_s << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("last quarter") << today << 4 << u"Last quarter"_s << QDate(2026, 7, 1) << QDate(2026, 9, 30);
}

void TestFollowUpWindow::periodPresets()
{
    QFETCH(QDate, today);
    QFETCH(int, downs);
    QFETCH(QString, name);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    Clock::setToday(today);
    QVERIFY(openWindow());
    auto *period = m_window->findChild<QComboBox *>(u"periodCombo"_s);
    period->setFocus();
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(period->currentText(), name);
    QCOMPARE(m_window->findChild<QDateEdit *>(u"fromDateEdit"_s)->date(), from);
    QCOMPARE(m_window->findChild<QDateEdit *>(u"toDateEdit"_s)->date(), to);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"showFiguresButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->report()->from, from);
    QCOMPARE(m_window->report()->to, to);
    QVERIFY(m_window->findChild<QLabel *>(u"summaryLabel"_s)
                ->text()
                .startsWith(u"%1 – %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
}

void TestFollowUpWindow::figuresForThePeriod()
{
    QVERIFY(openWindow());
    const int before = statisticsRows();
    chooseFirstHalfYear();
    QCOMPARE(statisticsRows(), before + 1);
    QVERIFY(m_window->findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"45 cases"_s));

    // Days per box: the hand-worked figures of the fixture.
    QCOMPARE(cell(u"durationTable"_s, 0, 0), u"Box 1"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 1), u"11"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 2), u"12"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 3), u"10.75"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 4), u"24"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 5), u"42.5"_s);
    QCOMPARE(cell(u"durationTable"_s, 1, 1), u"<5"_s);
    QCOMPARE(cell(u"durationTable"_s, 1, 1, Qt::AccessibleTextRole), u"fewer than 5"_s);
    QCOMPARE(cell(u"durationTable"_s, 1, 4), u"–"_s);
    QCOMPARE(cell(u"durationTable"_s, 1, 4, Qt::AccessibleTextRole), u"not shown: fewer than 5 stays"_s);
    QCOMPARE(cell(u"durationTable"_s, 8, 0), u"Box 1 to box 3"_s);
    QCOMPARE(cell(u"durationTable"_s, 8, 4), u"30"_s);
    QCOMPARE(cell(u"durationTable"_s, 9, 4), u"232"_s);
    // Flow: two quarters; box 1's first quarter is hidden to protect the second.
    QCOMPARE(cell(u"flowTable"_s, 0, 0), u"2026-Q1"_s);
    QCOMPARE(cell(u"flowTable"_s, 0, 1), u"–"_s);
    QCOMPARE(cell(u"flowTable"_s, 1, 1), u"<5"_s);
    QCOMPARE(cell(u"flowTable"_s, 1, 3), u"8"_s);
    // Outcomes and 6b's benefit guidance.
    QCOMPARE(cell(u"outcomeTable"_s, 0, 1), u"17"_s);
    QCOMPARE(cell(u"outcomeTable"_s, 1, 1), u"5"_s);
    QCOMPARE(cell(u"outcomeTable"_s, 2, 1), u"8"_s);
    QCOMPARE(cell(u"outcomeTable"_s, 4, 1), u"–"_s);
    QCOMPARE(cell(u"outcomeTable"_s, 5, 1), u"<5"_s);
    QCOMPARE(cell(u"methodTable"_s, 0, 1), u"8"_s);
    QCOMPARE(cell(u"methodTable"_s, 7, 1), u"9"_s);

    // Each chart beside its table, with the figures it can draw.
    auto *durations = m_window->findChild<QChartView *>(u"durationChart"_s);
    QVERIFY(durations && durations->chart());
    QCOMPARE(durations->chart()->series().size(), 1);
    QVERIFY(!durations->accessibleName().isEmpty());
    auto *flow = m_window->findChild<QChartView *>(u"flowChart"_s);
    QCOMPARE(flow->chart()->series().size(), 1);
    QCOMPARE(m_window->findChild<QGroupBox *>(u"durationSection"_s)->title(), u"Days per box"_s);
    QVERIFY(!m_window->findChild<QTableView *>(u"durationTable"_s)->accessibleName().isEmpty());

    // Every row of every table can be read: none is cut off (they have no
    // scroll bars), the end-to-end spans and FK's late contacts included.
    for (const QString &name : {u"durationTable"_s, u"flowTable"_s, u"outcomeTable"_s, u"methodTable"_s}) {
        auto *table = m_window->findChild<QTableView *>(name);
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
        QVERIFY2(table->visualRect(last).bottom() < table->viewport()->height(), qPrintable(name));
    }

    QAbstractItemModelTester tester(m_window->findChild<QTableView *>(u"durationTable"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFollowUpWindow::districtChosenByKeyboard()
{
    QVERIFY(openWindow());
    chooseFirstHalfYear();
    auto *district = m_window->findChild<QComboBox *>(u"districtCombo"_s);
    district->setFocus();
    QTest::keyClicks(district, u"N"_s);
    QCOMPARE(district->currentText(), u"Norr"_s);
    QTest::keyClick(m_window->findChild<QPushButton *>(u"showFiguresButton"_s), Qt::Key_Space);
    QCOMPARE(m_window->report()->district, u"Norr"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 4), u"35"_s);
    QCOMPARE(cell(u"durationTable"_s, 0, 3), u"22.5"_s);
    // Söder's one discussed case would be 8 − 7: Norr's is hidden.
    QCOMPARE(cell(u"methodTable"_s, 0, 1), u"–"_s);
    QCOMPARE(m_store->auditLog().valueOr({}).constLast().details, u"from=2026-01-01 to=2026-06-30 district=Norr"_s);
}

void TestFollowUpWindow::screenshotsLightAndDark()
{
    QVERIFY(openWindow());
    chooseFirstHalfYear();
    auto *chart = m_window->findChild<QChartView *>(u"durationChart"_s);
    QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    saveScreenshot(u"follow-up-light.png"_s);
    // Scrolled to the outcomes and the method.
    auto *scroll = m_window->findChild<QScrollArea *>(u"followUpScrollArea"_s);
    scroll->ensureWidgetVisible(m_window->findChild<QGroupBox *>(u"methodSection"_s));
    saveScreenshot(u"follow-up-light-lower.png"_s);

    // The program's own dark theme, as chosen in Settings.
    const QPalette dark = theme::palette(theme::Theme::Dark);
    QApplication::setPalette(dark);
    QTest::qWait(0);
    // The charts follow the palette, the time limits in its state colours.
    QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    auto *method = qobject_cast<QAbstractBarSeries *>(
        m_window->findChild<QChartView *>(u"methodChart"_s)->chart()->series().constFirst());
    QVERIFY(method);
    QCOMPARE(method->barSets().at(0)->color(), StateColors(dark).text(ColorState::Done));
    QCOMPARE(method->barSets().at(1)->color(), StateColors(dark).text(ColorState::Overdue));
    // The high-contrast theme is dark too.
    QApplication::setPalette(theme::palette(theme::Theme::HighContrast));
    QTest::qWait(0);
    QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    saveScreenshot(u"follow-up-high-contrast.png"_s);
    QApplication::setPalette(dark);
    QTest::qWait(0);
    scroll->ensureWidgetVisible(m_window->findChild<QGroupBox *>(u"durationSection"_s));
    saveScreenshot(u"follow-up-dark.png"_s);
    scroll->ensureWidgetVisible(m_window->findChild<QGroupBox *>(u"methodSection"_s));
    saveScreenshot(u"follow-up-dark-lower.png"_s);
}

void TestFollowUpWindow::savedAsPdf()
{
    QVERIFY(openWindow());
    chooseFirstHalfYear();
    const QString path = m_dir->filePath(u"follow-up.pdf"_s);
    QVERIFY(m_window->savePdf(path));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // The whole report: every section's table, the period, the note.
    for (const QString &expected : {u"Follow-up"_s, u"2026-01-01 – 2026-06-30, all districts"_s, u"Days per box"_s,
                                    u"Cases entering each box, by quarter"_s, u"How cases ended"_s,
                                    u"Konsultationsteam and the method's time limits"_s, u"10.75"_s, u"42.5"_s,
                                    u"Counts from 1 to 4 are shown as <5"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(!text.contains(u"Testperson"_s));
}

QTEST_MAIN(TestFollowUpWindow)
#include "tst_followupwindow.moc"
