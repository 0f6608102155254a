// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceTestSupport.h"

#include "common/StateColors.h"
#include "domain/Codes.h"
#include "workspace/ComplementModel.h"
#include "workspace/MeetingModel.h"
#include "workspace/PlanModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace samordna;
using namespace samordna::ui;

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planModel();
    void meetingModelWithInvitationCheck();
    void complementModel();
};

void TestWorkspaceModels::planModel()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &PlanModel::edited);

    model.setRows({PlanMeasure{u"Arbetsträning"_s, Party::AF, QDate(2025, 3, 1), {}, MeasureStatus::Planned}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PlanModel::ResponsibleColumn).data().toString(), displayName(Party::AF));
    QCOMPARE(model.index(0, PlanModel::StartColumn).data().toString(), u"2025-03-01"_s);

    QVERIFY(model.setData(model.index(0, PlanModel::StatusColumn), int(MeasureStatus::Ongoing)));
    QVERIFY(model.setData(model.index(0, PlanModel::ResponsibleColumn), -1));
    QVERIFY(model.setData(model.index(0, PlanModel::EndColumn), QDate(2025, 6, 30)));
    QCOMPARE(edited.count(), 3);
    const QList<PlanMeasure> plan = model.rows();
    QCOMPARE(plan.first().status, MeasureStatus::Ongoing);
    QVERIFY(!plan.first().responsible);
    QCOMPARE(plan.first().end, QDate(2025, 6, 30));

    // An unchanged value is no edit.
    QVERIFY(model.setData(model.index(0, PlanModel::EndColumn), QDate(2025, 6, 30)));
    QCOMPARE(edited.count(), 3);

    // Growing, shrinking and same-size updates, under the tester's eye.
    model.setRows({PlanMeasure{}, PlanMeasure{u"SIP"_s, Party::Region, {}, {}, MeasureStatus::Done}});
    QCOMPARE(model.rowCount(), 2);
    model.setRows({PlanMeasure{}, PlanMeasure{u"SIP"_s, Party::IoF, {}, {}, MeasureStatus::Done}});
    QCOMPARE(model.index(1, PlanModel::ResponsibleColumn).data().toString(), displayName(Party::IoF));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkspaceModels::meetingModelWithInvitationCheck()
{
    MeetingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel konsultationer;
    konsultationer.setSourceModel(&model);
    konsultationer.setFilterRole(MeetingModel::KindCodeRole);
    konsultationer.setFilterFixedString(u"konsultationsteam"_s);
    QAbstractItemModelTester proxyTester(&konsultationer, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Meeting team{MeetingKind::Konsultationsteam, QDate(2025, 2, 1), {}, Advice::CriteriaMet, {}};
    Meeting early{MeetingKind::Avstamningsmote, QDate(2025, 3, 5), QDate(2025, 2, 27), {}, {}};
    Meeting onTime{MeetingKind::Avstamningsmote, QDate(2025, 3, 20), QDate(2025, 3, 6), {}, {}};
    const QList<Deadline> deadlines = {
        Deadline{DeadlineKind::InvitationLeadTime, QDate(2025, 3, 13), DeadlineStatus::NotMet, 1},
        Deadline{DeadlineKind::InvitationLeadTime, QDate(2025, 3, 20), DeadlineStatus::Met, 2},
    };
    model.setMeetings({team, early, onTime}, deadlines);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(konsultationer.rowCount(), 1);
    QCOMPARE(model.index(0, MeetingModel::AdviceColumn).data().toString(), displayName(Advice::CriteriaMet));
    QVERIFY(model.checkText(1).startsWith(u"Too early"_s));
    QVERIFY(model.checkText(2).startsWith(u"OK"_s));
    QVERIFY(model.checkText(0).isEmpty());
    QVERIFY(!(model.flags(model.index(0, MeetingModel::CheckColumn)) & Qt::ItemIsEditable));

    // A check that is not kept is marked in the one colour for it.
    QCOMPARE(model.index(1, MeetingModel::CheckColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             StateColors::fromApplication().text(ColorState::Overdue));
    QVERIFY(!model.index(2, MeetingModel::CheckColumn).data(Qt::ForegroundRole).isValid());

    QSignalSpy edited(&model, &MeetingModel::edited);
    QVERIFY(model.setData(model.index(1, MeetingModel::DateColumn), QDate(2025, 3, 14)));
    QCOMPARE(edited.count(), 1);
    // The check follows once the assessment comes back.
    QCOMPARE(model.rows().at(1).date, QDate(2025, 3, 14));
    model.setMeetings(
        model.rows(),
        {Deadline{DeadlineKind::InvitationLeadTime, QDate(2025, 3, 13), DeadlineStatus::Met, 1}, deadlines.at(1)});
    QVERIFY(model.checkText(1).startsWith(u"OK"_s));
    QCOMPARE(model.index(1, MeetingModel::CheckColumn).data().toString(), model.checkText(1));
    // Two meetings alike each show their own check.
    model.setMeetings({early, early},
                      {Deadline{DeadlineKind::InvitationLeadTime, QDate(2025, 3, 13), DeadlineStatus::Met, 1}});
    QVERIFY(model.index(0, MeetingModel::CheckColumn).data().toString().startsWith(u"Invitation date missing"_s));
    QVERIFY(model.index(1, MeetingModel::CheckColumn).data().toString().startsWith(u"OK"_s));
    model.setMeetings({team}, {});
    QCOMPARE(konsultationer.rowCount(), 1);
}

void TestWorkspaceModels::complementModel()
{
    ComplementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &ComplementModel::edited);
    model.setRows({Complement{ComplementKind::RehabKoordinator, QDate(2025, 1, 10), u"Ringt"_s}});
    QCOMPARE(model.index(0, ComplementModel::KindColumn).data().toString(),
             displayName(ComplementKind::RehabKoordinator));
    QVERIFY(model.setData(model.index(0, ComplementModel::KindColumn), int(ComplementKind::Sip)));
    QVERIFY(model.setData(model.index(0, ComplementModel::NotesColumn), u"SIP bokad"_s));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(model.rows().first().kind, ComplementKind::Sip);
    QCOMPARE(model.rows().first().notes, u"SIP bokad"_s);
    QCOMPARE(model.index(0, ComplementModel::DateColumn).data().toString(), u"2025-01-10"_s);
    QCOMPARE(model.headerData(ComplementModel::NotesColumn, Qt::Horizontal).toString(), u"Notes"_s);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWorkspaceModels)
#include "tst_workspacemodels.moc"
