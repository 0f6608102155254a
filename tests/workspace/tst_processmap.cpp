// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceTestSupport.h"

#include "CaseBuilder.h"

#include "common/StateColors.h"
#include "rules/Assessor.h"
#include "rules/ProcessGraph.h"
#include "rules/ProcessRules.h"
#include "workspace/ProcessMapWidget.h"
#include "workspace/TransitionPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace samordna;
using namespace samordna::ui;

namespace {

const QDate Today(2026, 11, 22);

QStringList codes(const QList<Stage> &stages)
{
    QStringList result;
    for (Stage stage : stages)
        result << stageCode(stage);
    return result;
}

// The case's map as the workspace shows it: state from the rules' own
// assessment of the record.
void showCase(ProcessMapWidget &map, const CaseRecord &record)
{
    map.setState(record.stage, process::passedStages(record), assess(record, Today).transitions);
}

void showCase(TransitionPanel &panel, const CaseRecord &record)
{
    const Assessment assessment = assess(record, Today);
    panel.display(record.stage, assessment.transitions, assessment.suggestedStage);
}

// How many pixels along the visible part of an arrow (outside every box) are
// painted in `colour`, give or take antialiasing.
int pixelsInColour(const ProcessMapWidget &map, const QImage &image, const QLineF &line, const QColor &colour)
{
    int count = 0;
    const qreal scale = image.devicePixelRatio();
    for (int step = 1; step < 40; ++step) {
        const QPointF point = line.pointAt(step / 40.0);
        bool inBox = false;
        for (Stage stage : allStages())
            inBox = inBox || map.boxRect(stage).adjusted(-2, -2, 2, 2).contains(point);
        if (inBox)
            continue;
        bool found = false;
        for (int dx = -1; dx <= 1 && !found; ++dx) {
            for (int dy = -1; dy <= 1 && !found; ++dy) {
                const QColor pixel = image.pixelColor(int((point.x() + dx) * scale), int((point.y() + dy) * scale));
                found = std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                        + std::abs(pixel.blue() - colour.blue())
                    < 40;
            }
        }
        count += found;
    }
    return count;
}

// The buttons the panel offers, and of them those that can be pressed.
QStringList offered(const TransitionPanel &panel, bool enabledOnly)
{
    QStringList result;
    for (Stage stage : allStages()) {
        const auto *button = panel.findChild<QPushButton *>(u"transitionButton_"_s + stageCode(stage));
        if (button && button->isVisible() && (!enabledOnly || button->isEnabled()))
            result << stageCode(stage);
    }
    return result;
}

} // namespace

class TestProcessMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBoxFromTheRules_data();
    void everyBoxFromTheRules();
    void keptOpen6bLeadsBackToPlanning();
    void clickOnAllowedBoxRequestsTransition();
    void clickOnGreyedBoxDoesNothing();
    void keyboardWalksClickableBoxes();
    void scalesWithTheWidget();
    void boxesShowTheDaysOfTheHistory();
    void legendKeepsEveryWordOnANarrowMap();
};

void TestProcessMap::everyBoxFromTheRules_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QStringList>("buttons"); // offered by the panel, in stage order
    QTest::addColumn<QStringList>("open");    // of them, those that can be pressed now

    const QDate decided = Today.addDays(-5);
    const QStringList none;
    QTest::newRow("1, not yet applied") << CaseBuilder(Stage::Ruta1).build()
                                        << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s}
                                        << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1, granted") << CaseBuilder(Stage::Ruta1).decision(Decision::Granted, decided).build()
                                << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s}
                                << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("2a, new documentation")
        << CaseBuilder(Stage::Ruta2a).medicalDocument(Today).build() << QStringList{u"ruta1"_s, u"ruta2b"_s, u"ruta3"_s}
        << QStringList{u"ruta1"_s, u"ruta2b"_s};
    QTest::newRow("2b, reopened") << CaseBuilder(Stage::Ruta2b).build() << QStringList{u"ruta1"_s}
                                  << QStringList{u"ruta1"_s};
    QTest::newRow("3, no meeting yet") << CaseBuilder(Stage::Ruta3).build() << QStringList{u"ruta2b"_s, u"ruta4"_s}
                                       << none;
    QTest::newRow("3, meeting held")
        << CaseBuilder(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(-1)).build()
        << QStringList{u"ruta2b"_s, u"ruta4"_s} << QStringList{u"ruta4"_s};
    QTest::newRow("4, no plan") << CaseBuilder(Stage::Ruta4).build() << QStringList{u"ruta5"_s} << none;
    QTest::newRow("4, plan ready") << CaseBuilder(Stage::Ruta4).measure(Party::AF).build() << QStringList{u"ruta5"_s}
                                   << QStringList{u"ruta5"_s};
    QTest::newRow("5, not closed") << CaseBuilder(Stage::Ruta5).build()
                                   << QStringList{u"ruta4"_s, u"ruta6a"_s, u"ruta6b"_s} << QStringList{u"ruta4"_s};
    QTest::newRow("5, no work capacity")
        << CaseBuilder(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build()
        << QStringList{u"ruta4"_s, u"ruta6a"_s, u"ruta6b"_s} << QStringList{u"ruta4"_s, u"ruta6b"_s};
    QTest::newRow("6a") << CaseBuilder(Stage::Ruta6a).closure(WorkCapacity::Full).build() << none << none;
    QTest::newRow("6b, closed")
        << CaseBuilder(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::ForeseeableFuture).build()
        << QStringList{u"ruta4"_s} << none;
    QTest::newRow("6b, kept open")
        << CaseBuilder(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary, false).build()
        << QStringList{u"ruta4"_s} << QStringList{u"ruta4"_s};
}

void TestProcessMap::everyBoxFromTheRules()
{
    QFETCH(CaseRecord, record);
    QFETCH(QStringList, buttons);
    QFETCH(QStringList, open);

    QWidget window;
    auto *map = new ProcessMapWidget(&window);
    auto *panel = new TransitionPanel(&window);
    map->setGeometry(0, 0, 360, 480);
    panel->setGeometry(370, 0, 330, 480);
    window.resize(710, 490);
    showCase(*map, record);
    showCase(*panel, record);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The panel offers a button for each box the method document leads to,
    // enabled only where the rules allow the move now; refused ones say why.
    QCOMPARE(offered(*panel, false), buttons);
    QCOMPARE(offered(*panel, true), open);
    const QString reasons = panel->findChild<QLabel *>(u"transitionReasonsLabel"_s)->text();
    if (buttons.isEmpty())
        QVERIFY2(reasons.contains(u"no box follows"_s), qPrintable(reasons));
    else
        QCOMPARE(reasons.isEmpty(), buttons == open);

    // The map: the case's box is current, exactly the open boxes are clickable.
    QCOMPARE(map->currentStage(), record.stage);
    QList<Stage> clickable;
    for (Stage stage : allStages()) {
        if (map->isClickable(stage))
            clickable << stage;
    }
    QCOMPARE(codes(clickable), open);

    // Every arrow of the method document is drawn, wherever the case is;
    // those the case can take now stand out in the colour of a possible move.
    const QImage image = map->grab().toImage();
    const StateColors colours(map->palette());
    for (const process::Edge &edge : process::edges()) {
        const QString name = stageNumber(edge.from) + u" -> "_s + stageNumber(edge.to);
        const QLineF line = map->arrowLine(edge.from, edge.to);
        QVERIFY2(!line.isNull(), qPrintable(name));
        const bool live = edge.from == record.stage && open.contains(stageCode(edge.to));
        QCOMPARE(map->isArrowLive(edge.from, edge.to), live);
        const QColor colour = live ? colours.border(ColorState::PossibleNext) : colours.arrow();
        QVERIFY2(pixelsInColour(*map, image, line, colour) >= 3, qPrintable(name));
    }
    QVERIFY(map->arrowLine(Stage::Ruta6a, Stage::Ruta4).isNull());

    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u", "_s, u"_"_s).replace(u' ', u'_');
    test::saveScreenshot(&window, u"process_map_%1.png"_s.arg(name));
}

void TestProcessMap::keptOpen6bLeadsBackToPlanning()
{
    const CaseRecord record
        = CaseBuilder(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary, false).build();
    ProcessMapWidget map;
    map.resize(360, 480);
    showCase(map, record);
    TransitionPanel panel;
    showCase(panel, record);
    map.show();
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));

    QSignalSpy fromMap(&map, &ProcessMapWidget::transitionRequested);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.boxRect(Stage::Ruta4).center().toPoint());
    QCOMPARE(fromMap.count(), 1);
    QCOMPARE(fromMap.first().first().value<Stage>(), Stage::Ruta4);

    QSignalSpy fromPanel(&panel, &TransitionPanel::transitionRequested);
    auto *button = panel.findChild<QPushButton *>(u"transitionButton_ruta4"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(fromPanel.count(), 1);
    QCOMPARE(fromPanel.first().first().value<Stage>(), Stage::Ruta4);
    QVERIFY(!panel.findChild<QLabel *>(u"transitionReasonsLabel"_s)->text().contains(u"no box follows"_s));
}

void TestProcessMap::clickOnAllowedBoxRequestsTransition()
{
    ProcessMapWidget map;
    map.resize(360, 480);
    showCase(map, CaseBuilder(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy requested(&map, &ProcessMapWidget::transitionRequested);

    QTest::mouseClick(&map, Qt::LeftButton, {}, map.boxRect(Stage::Ruta6b).center().toPoint());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Stage>(), Stage::Ruta6b);
    QVERIFY(map.isPassed(Stage::Ruta3));
    QVERIFY(map.toolTipFor(Stage::Ruta6b).contains(u"Click to move"_s));
    test::saveScreenshot(&map, u"process_map.png"_s);
}

void TestProcessMap::clickOnGreyedBoxDoesNothing()
{
    ProcessMapWidget map;
    map.resize(360, 480);
    showCase(map, CaseBuilder(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy requested(&map, &ProcessMapWidget::transitionRequested);

    for (Stage stage : {Stage::Ruta6a, Stage::Ruta2b, Stage::Ruta5})
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.boxRect(stage).center().toPoint());
    // Between the boxes is no box.
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(requested.count(), 0);
    QVERIFY(!map.isClickable(Stage::Ruta6a));
    // The greyed box says why.
    QVERIFY(map.toolTipFor(Stage::Ruta6a).contains(u"full or partial work capacity"_s));
    QVERIFY(map.toolTipFor(Stage::Ruta5).contains(u"The case is here now"_s));
}

void TestProcessMap::keyboardWalksClickableBoxes()
{
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *map = new ProcessMapWidget(&window);
    auto *after = new QLineEdit(&window);
    before->move(0, 0);
    map->setGeometry(0, 30, 360, 480);
    after->move(0, 520);
    showCase(*map, CaseBuilder(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build());
    window.resize(380, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy requested(map, &ProcessMapWidget::transitionRequested);

    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(map->hasFocus());
    QCOMPARE(map->focusedStage(), Stage::Ruta4);
    QTest::keyClick(map, Qt::Key_Tab);
    QVERIFY(map->hasFocus()); // Tab walks the boxes first
    QCOMPARE(map->focusedStage(), Stage::Ruta6b);
    QTest::keyClick(map, Qt::Key_Left);
    QCOMPARE(map->focusedStage(), Stage::Ruta4);
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Stage>(), Stage::Ruta6b);
    QVERIFY(map->accessibleDescription().contains(u"6b"_s));
    QTest::keyClick(map, Qt::Key_Tab);
    QVERIFY(after->hasFocus()); // and then leaves the map
}

void TestProcessMap::scalesWithTheWidget()
{
    ProcessMapWidget map;
    showCase(map, CaseBuilder(Stage::Ruta1).build());
    map.resize(240, 320);
    const QRectF small = map.boxRect(Stage::Ruta1);
    map.resize(480, 640);
    const QRectF large = map.boxRect(Stage::Ruta1);
    QVERIFY(large.width() > small.width() * 1.8);
    // Every box stays inside the widget and no two overlap.
    for (Stage a : allStages()) {
        QVERIFY(QRectF(map.rect()).contains(map.boxRect(a)));
        for (Stage b : allStages()) {
            if (a != b)
                QVERIFY(!map.boxRect(a).intersects(map.boxRect(b)));
        }
    }
    QVERIFY(map.sizeHint().isValid());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    test::saveScreenshot(&map, u"process_map_ruta1.png"_s);
}

void TestProcessMap::legendKeepsEveryWordOnANarrowMap()
{
    ProcessMapWidget map;
    showCase(map, CaseBuilder(Stage::Ruta1).build());
    // Its narrowest, beside a laptop's box page: the legend takes two lines
    // rather than cutting "Not now"; on a wide map it keeps one.
    for (const int width : {map.minimumSizeHint().width(), 480}) {
        map.resize(width, 480);
        const QList<QRectF> entries = map.legendRects();
        QCOMPARE(entries.size(), 4);
        qreal lowestBox = 0;
        for (Stage stage : allStages())
            lowestBox = std::max(lowestBox, map.boxRect(stage).bottom());
        QSet<qreal> lines;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QVERIFY2(QRectF(map.rect()).contains(entries.at(i)), qPrintable(QString::number(width)));
            QVERIFY(entries.at(i).top() > lowestBox);
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY(!entries.at(i).intersects(entries.at(j)));
            lines.insert(entries.at(i).top());
        }
        QCOMPARE(lines.size() > 1, width < 300);
    }
    map.resize(map.minimumSizeHint().width(), 480);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    test::saveScreenshot(&map, u"process_map_narrow.png"_s);
}

void TestProcessMap::boxesShowTheDaysOfTheHistory()
{
    // Back in box 4 for a new avstämningsmöte after a while in box 5.
    const CaseRecord record = CaseBuilder(Stage::Ruta1)
                                  .history({{Stage::Ruta1, QDate(2026, 9, 1)},
                                            {Stage::Ruta3, QDate(2026, 10, 12)},
                                            {Stage::Ruta4, QDate(2026, 10, 26)},
                                            {Stage::Ruta5, QDate(2026, 11, 9)},
                                            {Stage::Ruta4, QDate(2026, 11, 16)}})
                                  .build();
    QCOMPARE(record.stage, Stage::Ruta4);
    ProcessMapWidget map;
    map.resize(300, 520); // the map's width beside a laptop's box page
    showCase(map, record);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const QImage without = map.grab().toImage();
    map.setHistory(record.stageHistory);
    const QImage with = map.grab().toImage();

    QCOMPARE(map.enteredDates(Stage::Ruta4), (QList<QDate>{QDate(2026, 10, 26), QDate(2026, 11, 16)}));
    QCOMPARE(map.enteredDates(Stage::Ruta3), QList<QDate>{QDate(2026, 10, 12)});
    QVERIFY(map.enteredDates(Stage::Ruta2a).isEmpty());
    QVERIFY2(map.toolTipFor(Stage::Ruta4).contains(u"Entered on 2026-10-26, 2026-11-16."_s),
             qPrintable(map.toolTipFor(Stage::Ruta4)));
    QVERIFY(map.toolTipFor(Stage::Ruta3).contains(u"2026-10-12"_s));
    QVERIFY(!map.toolTipFor(Stage::Ruta2a).contains(u"Entered"_s));
    QVERIFY(map.accessibleDescription().contains(u"entered the box on 2026-11-16"_s));
    // The dates are drawn in the boxes that have them, and only there.
    const auto region = [&map](const QImage &image, Stage stage) {
        const qreal scale = image.devicePixelRatio();
        const QRectF box = map.boxRect(stage);
        return image.copy(QRectF(box.topLeft() * scale, box.size() * scale).toRect());
    };
    for (Stage stage : {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5})
        QVERIFY2(region(without, stage) != region(with, stage), qPrintable(stageCode(stage)));
    for (Stage stage : {Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta6a, Stage::Ruta6b})
        QCOMPARE(region(without, stage), region(with, stage));
    test::saveScreenshot(&map, u"process_map_history.png"_s);
}

QTEST_MAIN(TestProcessMap)
#include "tst_processmap.moc"
