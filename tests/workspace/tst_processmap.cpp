#include "WorkspaceTestSupport.h"

#include "workspace/ProcessMapWidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace samordna;
using namespace samordna::ui;

namespace {

Transition allowed(Stage target)
{
    return {target, true, {}};
}

Transition refused(Stage target, const QString &reason)
{
    return {target, false, reason};
}

// Box 5 as the rules would see it with "no work capacity" recorded.
QList<Transition> fromBox5()
{
    return {refused(Stage::Ruta1, u"Not from box 5."_s), refused(Stage::Ruta2a, u"Not from box 5."_s),
            refused(Stage::Ruta2b, u"Not from box 5."_s), refused(Stage::Ruta3, u"Not from box 5."_s),
            allowed(Stage::Ruta4),
            refused(Stage::Ruta6a, u"Record at closure that the person has full or partial work capacity."_s),
            allowed(Stage::Ruta6b)};
}

} // namespace

class TestProcessMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickOnAllowedBoxRequestsTransition();
    void clickOnGreyedBoxDoesNothing();
    void keyboardWalksClickableBoxes();
    void scalesWithTheWidget();
};

void TestProcessMap::clickOnAllowedBoxRequestsTransition()
{
    ProcessMapWidget map;
    map.resize(360, 480);
    map.setState(Stage::Ruta5, {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4}, fromBox5());
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
    map.setState(Stage::Ruta5, {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4}, fromBox5());
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
    map->setState(Stage::Ruta5, {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4}, fromBox5());
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
    map.setState(Stage::Ruta1, {}, {allowed(Stage::Ruta2a), allowed(Stage::Ruta2b)});
    map.resize(240, 320);
    const QRectF small = map.boxRect(Stage::Ruta1);
    map.resize(480, 640);
    const QRectF large = map.boxRect(Stage::Ruta1);
    QVERIFY(large.width() > small.width() * 1.8);
    // Every box stays inside the widget and no two overlap.
    for (Stage a : allStages()) {
        QVERIFY(QRectF(map.rect()).contains(map.boxRect(a)));
        for (Stage b : allStages())
            QVERIFY(a == b || !map.boxRect(a).intersects(map.boxRect(b)));
    }
    QVERIFY(map.sizeHint().isValid());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    test::saveScreenshot(&map, u"process_map_ruta1.png"_s);
}

QTEST_MAIN(TestProcessMap)
#include "tst_processmap.moc"
