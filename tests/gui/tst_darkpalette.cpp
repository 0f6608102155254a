// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "caselist/TodoModel.h"
#include "caselist/TodoPanel.h"
#include "common/StateColors.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/ProcessMapWidget.h"

#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

namespace {

// WCAG 2's contrast, worked out here rather than asked of the code under test.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int distance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// What a reader sees in an area: its background (the commonest colour) and
// its text (the pixel that stands out most from it).
struct Painted
{
    QColor background;
    QColor text;
};

Painted paintedIn(const QImage &image, const QRectF &area)
{
    const qreal scale = image.devicePixelRatio();
    const QRect pixels = QRectF(area.topLeft() * scale, area.bottomRight() * scale).toRect() & image.rect();
    QHash<QRgb, int> counts;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb commonest = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            commonest = it.key();
        }
    }
    Painted painted{QColor(commonest), QColor(commonest)};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (contrast(QColor(it.key()), painted.background) > contrast(painted.text, painted.background))
            painted.text = QColor(it.key());
    }
    return painted;
}

// The dark palette people choose with the Fusion style.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x35, 0x35, 0x35);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return dark;
}

void save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR));
    QVERIFY(widget->grab().save(QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name));
}

} // namespace

// With a dark Fusion palette, and with the program's own dark and
// high-contrast themes, every state colour stays readable: what is
// painted is checked for contrast, not just that something was painted.
class TestDarkPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void processMapBoxesAreReadable_data() { palettes(); }
    void processMapBoxesAreReadable();
    void overdueIsReadableInTheLists_data() { palettes(); }
    void overdueIsReadableInTheLists();
    void openCaseFollowsAThemeChange();

private:
    // A dark Fusion palette as people set one up, and the program's own dark
    // and high-contrast themes; each test row paints with one of them.
    static void palettes();
    static QString applyPalette();
    // The first row of a view whose `column` the model paints in `colour`.
    static QModelIndex rowPaintedIn(QTableView *view, int column, const QColor &colour);
    static void checkCell(QTableView *view, const QModelIndex &index, const QColor &expected);

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
};

void TestDarkPalette::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_darkpalette"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
}

void TestDarkPalette::palettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("name");
    QTest::newRow("dark Fusion") << darkPalette() << u"dark"_s;
    QTest::newRow("program's dark") << theme::palette(theme::Theme::Dark) << u"theme_dark"_s;
    QTest::newRow("high contrast") << theme::palette(theme::Theme::HighContrast) << u"high_contrast"_s;
}

QString TestDarkPalette::applyPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, name);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(palette);
    return name;
}

void TestDarkPalette::processMapBoxesAreReadable()
{
    const QString name = applyPalette();
    // Box 5 with no work capacity: current, passed, possible and closed boxes.
    CaseRecord record;
    record.stage = Stage::Ruta5;
    record.closure.workCapacity = WorkCapacity::None;
    record.closure.closedDate = m_today;
    ProcessMapWidget map;
    map.resize(360, 480);
    map.setState(record.stage, process::passedStages(record), assess(record, m_today).transitions);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QVERIFY(map.isClickable(Stage::Ruta6b));
    QVERIFY(map.isPassed(Stage::Ruta3));
    QVERIFY(!map.isClickable(Stage::Ruta6a) && !map.isPassed(Stage::Ruta6a));

    const QImage image = map.grab().toImage();
    QMap<Stage, QColor> fills;
    for (Stage stage : allStages()) {
        const QRectF box = map.boxRect(stage).adjusted(4, 4, -4, -4);
        const Painted painted = paintedIn(image, box);
        fills.insert(stage, painted.background);
        const double ratio = contrast(painted.text, painted.background);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(
                     u"box %1: %2 on %3, %4:1"_s.arg(stageNumber(stage), painted.text.name(), painted.background.name())
                         .arg(ratio, 0, 'f', 2)));
    }
    // The states look different from one another, and none is the light
    // fill of a light theme.
    QVERIFY(fills.value(Stage::Ruta5) != fills.value(Stage::Ruta3));
    QVERIFY(fills.value(Stage::Ruta3) != fills.value(Stage::Ruta6a));
    for (Stage stage : allStages()) {
        if (stage != Stage::Ruta5)
            QVERIFY2(luminance(fills.value(stage)) < 0.2, qPrintable(stageNumber(stage)));
    }
    // The arrows stand out from the background (3:1, as for any graphic).
    const QColor window = map.palette().color(QPalette::Window);
    QVERIFY(contrast(StateColors(map.palette()).arrow(), window) >= 3.0);
    save(&map, name + u"_process_map.png"_s);
}

QModelIndex TestDarkPalette::rowPaintedIn(QTableView *view, int column, const QColor &colour)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QVariant brush = index.data(Qt::ForegroundRole);
        if (brush.isValid() && brush.value<QBrush>().color() == colour)
            return index;
    }
    return {};
}

void TestDarkPalette::checkCell(QTableView *view, const QModelIndex &index, const QColor &expected)
{
    view->selectionModel()->clear();
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    QRect cell = view->visualRect(index);
    if (index.data(Qt::DecorationRole).isValid()) {
        // The sign beside the text is not the text.
        const int icon = view->iconSize().isValid()
            ? view->iconSize().width()
            : view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        cell.setLeft(cell.left() + icon + 6);
    }
    const Painted painted = paintedIn(image, cell);
    // The overdue colour is what is painted, and it reads against the row.
    QVERIFY2(distance(painted.text, expected) <= 40,
             qPrintable(u"painted %1, expected %2"_s.arg(painted.text.name(), expected.name())));
    const double ratio = contrast(painted.text, painted.background);
    QVERIFY2(ratio >= 4.5,
             qPrintable(u"%1 on %2: %3:1"_s.arg(painted.text.name(), painted.background.name()).arg(ratio, 0, 'f', 2)));
    QVERIFY(luminance(painted.background) < 0.2); // the dark palette's rows
}

void TestDarkPalette::overdueIsReadableInTheLists()
{
    const QString name = applyPalette();
    MainWindow window(m_store.store.get());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor overdue = StateColors(QApplication::palette()).text(ColorState::Overdue);
    QVERIFY(contrast(overdue, QApplication::palette().color(QPalette::Base)) >= 4.5);

    // The case list: a next due date that has passed.
    QTableView *cases = window.caseList()->table();
    const QModelIndex lateCase = rowPaintedIn(cases, CaseListModel::NextDueColumn, overdue);
    QVERIFY2(lateCase.isValid(), "no case with an overdue date is painted as overdue");
    QVERIFY(lateCase.data(CaseListModel::SortRole).toDate() < m_today);
    checkCell(cases, lateCase, overdue);
    save(&window, name + u"_caselist.png"_s);

    // Att göra: an overdue deadline.
    auto *tabs = window.findChild<QTabWidget *>(u"sideTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.todo());
    window.todo()->model()->refineAll();
    QTableView *todo = window.todo()->view();
    const QModelIndex lateItem = rowPaintedIn(todo, TodoModel::DueColumn, overdue);
    QVERIFY2(lateItem.isValid(), "no overdue item in Att göra is painted as overdue");
    checkCell(todo, lateItem, overdue);
    save(&window, name + u"_todo.png"_s);
}

void TestDarkPalette::openCaseFollowsAThemeChange()
{
    // A case in box 3 whose FK contact came in time: the status says so in
    // the colour for done, fitted to the light palette it opens in.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
    CaseRecord record;
    record.person = {u"19900315-2387"_s, u"Testperson Tema"_s};
    record.district = u"Norr"_s;
    record.stage = Stage::Ruta3;
    record.application.sentDate = m_today.addDays(-20);
    record.application.decision = Decision::Granted;
    record.application.decisionDate = m_today.addDays(-5);
    record.fkContactDate = m_today.addDays(-2);
    const WriteResult created = m_store.store->createCase(record);
    QVERIFY2(created.ok(), qPrintable(created.message));
    CaseWorkspace workspace(m_store.store.get());
    workspace.resize(1366, 768);
    workspace.openCase(created.caseId);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    auto *status = workspace.findChild<QLabel *>(u"fkContactStatusLabel"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"met"_s), qPrintable(status->text()));

    // The user chooses a dark theme with the case open.
    QApplication::setPalette(theme::palette(theme::Theme::Dark));
    // As the user sees it: the label on the page behind it, once the
    // palette change has gone round.
    const auto shown = [&] {
        return paintedIn(workspace.grab().toImage(), QRect(status->mapTo(&workspace, QPoint(0, 0)), status->size()));
    };
    QTRY_VERIFY(contrast(shown().text, shown().background) >= 4.5);
    const Painted painted = shown();
    const double ratio = contrast(painted.text, painted.background);
    QVERIFY2(ratio >= 4.5,
             qPrintable(u"%1 on %2: %3:1"_s.arg(painted.text.name(), painted.background.name()).arg(ratio, 0, 'f', 2)));
    save(&workspace, u"theme_dark_open_case.png"_s);
    QVERIFY2(luminance(painted.background) < 0.2, qPrintable(painted.background.name()));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
