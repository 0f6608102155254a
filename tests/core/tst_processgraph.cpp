// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/Assessor.h"
#include "rules/ProcessGraph.h"

#include <QTest>

#include <functional>

using namespace samordna;
using namespace Qt::StringLiterals;

// The process graph is the one list of the method document's arrows: its
// shape, and that the rules open every arrow in some case and nothing else.
class TestProcessGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reopenAndKeptOpenAreBackSteps();
    void closedBoxesLeadNowhereButBack();
    void everyBoxIsReachedFromBox1();
    void forwardStepsNeverCircle();
    void arrowOpensInItsCase_data();
    void arrowOpensInItsCase();
    void everyArrowHasACase();
};

namespace {

const QDate Today(2026, 11, 22);

struct ArrowCase
{
    Stage from;
    Stage to;
    CaseRecord record;
};

// For each arrow a case in which the rules open it.
QList<ArrowCase> arrowCases()
{
    const QDate decided = Today.addDays(-5);
    return {
        {Stage::Ruta1, Stage::Ruta2a, CaseBuilder(Stage::Ruta1).build()},
        {Stage::Ruta1, Stage::Ruta2b, CaseBuilder(Stage::Ruta1).build()},
        {Stage::Ruta1, Stage::Ruta3, CaseBuilder(Stage::Ruta1).decision(Decision::Granted, decided).build()},
        {Stage::Ruta2a, Stage::Ruta1, CaseBuilder(Stage::Ruta2a).medicalDocument(Today).build()},
        {Stage::Ruta2a, Stage::Ruta2b, CaseBuilder(Stage::Ruta2a).build()},
        {Stage::Ruta2a, Stage::Ruta3, CaseBuilder(Stage::Ruta2a).received(Today).build()},
        {Stage::Ruta2b, Stage::Ruta1, CaseBuilder(Stage::Ruta2b).build()},
        {Stage::Ruta3, Stage::Ruta2b, CaseBuilder(Stage::Ruta3).decision(Decision::Rejected, decided).build()},
        {Stage::Ruta3, Stage::Ruta4,
         CaseBuilder(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(-1)).build()},
        {Stage::Ruta4, Stage::Ruta5, CaseBuilder(Stage::Ruta4).measure(Party::AF).build()},
        {Stage::Ruta5, Stage::Ruta4, CaseBuilder(Stage::Ruta5).build()},
        {Stage::Ruta5, Stage::Ruta6a, CaseBuilder(Stage::Ruta5).closure(WorkCapacity::Partial).closedOn(Today).build()},
        {Stage::Ruta5, Stage::Ruta6b, CaseBuilder(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build()},
        {Stage::Ruta6b, Stage::Ruta4,
         CaseBuilder(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary, false).build()},
    };
}

} // namespace

void TestProcessGraph::reopenAndKeptOpenAreBackSteps()
{
    // A closed 2b case can be reopened, and a 6b case kept open goes back to
    // planning: both are arrows, and both lead back.
    const auto reopen = process::edge(Stage::Ruta2b, Stage::Ruta1);
    QVERIFY(reopen);
    QVERIFY(!reopen->forward);
    const auto keptOpen = process::edge(Stage::Ruta6b, Stage::Ruta4);
    QVERIFY(keptOpen);
    QVERIFY(!keptOpen->forward);
    QVERIFY(process::edge(Stage::Ruta1, Stage::Ruta3)->forward);
    QVERIFY(!process::leadsTo(Stage::Ruta1, Stage::Ruta4));
}

void TestProcessGraph::closedBoxesLeadNowhereButBack()
{
    QVERIFY(process::successors(Stage::Ruta6a).isEmpty());
    for (Stage end : {Stage::Ruta2b, Stage::Ruta6b}) {
        for (Stage next : process::successors(end))
            QVERIFY2(!process::edge(end, next)->forward, qPrintable(stageCode(end)));
    }
    // No arrow to its own box, and none twice.
    QList<QPair<Stage, Stage>> seen;
    for (const process::Edge &edge : process::edges()) {
        QVERIFY(edge.from != edge.to);
        QVERIFY(!seen.contains({edge.from, edge.to}));
        seen.append({edge.from, edge.to});
    }
}

void TestProcessGraph::everyBoxIsReachedFromBox1()
{
    QList<Stage> reached{Stage::Ruta1};
    for (qsizetype i = 0; i < reached.size(); ++i) {
        for (Stage next : process::successors(reached.at(i))) {
            if (!reached.contains(next))
                reached << next;
        }
    }
    QCOMPARE(reached.size(), allStages().size());
}

void TestProcessGraph::forwardStepsNeverCircle()
{
    // Following forward steps only, no box is met twice on any path.
    std::function<bool(Stage, QList<Stage>)> circles = [&circles](Stage at, QList<Stage> path) {
        if (path.contains(at))
            return true;
        path << at;
        for (const process::Edge &edge : process::edges()) {
            if (edge.from == at && edge.forward && circles(edge.to, path))
                return true;
        }
        return false;
    };
    for (Stage stage : allStages())
        QVERIFY2(!circles(stage, {}), qPrintable(stageCode(stage)));
}

void TestProcessGraph::arrowOpensInItsCase_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<Stage>("to");
    for (const ArrowCase &arrow : arrowCases()) {
        QTest::addRow("%s -> %s", qPrintable(stageNumber(arrow.from)), qPrintable(stageNumber(arrow.to)))
            << arrow.record << arrow.to;
    }
}

void TestProcessGraph::arrowOpensInItsCase()
{
    QFETCH(CaseRecord, record);
    QFETCH(Stage, to);
    const Assessment assessment = assess(record, Today);
    QVERIFY(assessment.allowedTransitions().contains(to));
    // Whatever is open here is an arrow of the graph, and every arrow from
    // here is answered with either a yes or a reason.
    for (const Transition &transition : assessment.transitions) {
        const bool arrow = process::leadsTo(record.stage, transition.target);
        QVERIFY2(!transition.allowed || arrow, qPrintable(stageCode(transition.target)));
        if (!transition.allowed)
            QVERIFY(!transition.reason.isEmpty());
    }
}

void TestProcessGraph::everyArrowHasACase()
{
    QList<QPair<Stage, Stage>> covered;
    for (const ArrowCase &arrow : arrowCases()) {
        QCOMPARE(arrow.record.stage, arrow.from);
        covered << qMakePair(arrow.from, arrow.to);
    }
    QList<QPair<Stage, Stage>> arrows;
    for (const process::Edge &edge : process::edges())
        arrows << qMakePair(edge.from, edge.to);
    QCOMPARE(covered, arrows);
}

QTEST_GUILESS_MAIN(TestProcessGraph)
#include "tst_processgraph.moc"
