// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "domain/Codes.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Moving between the boxes: the suggested box, the transitions allowed now
// in stage order, and a reason in words for every transition that is not.
class TestProcessRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedStage_data();
    void suggestedStage();
    void allowedTransitions_data();
    void allowedTransitions();
    void currentAdvice_data();
    void currentAdvice();
    void missingBeforeClosure_data();
    void missingBeforeClosure();
    void everyOtherStageHasAnAnswer_data();
    void everyOtherStageHasAnAnswer();
    void stepsBeforeTheApplication_data();
    void stepsBeforeTheApplication();
    void watchedDeadlines_data();
    void watchedDeadlines();
};

namespace {

const QDate Today(2026, 11, 22);

QStringList stageCodes(const QList<Stage> &stages)
{
    QStringList result;
    for (Stage stage : stages)
        result << stageCode(stage);
    return result;
}

CaseBuilder in(Stage stage)
{
    return CaseBuilder(stage);
}

} // namespace

void TestProcessRules::suggestedStage_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QString>("suggested");

    const auto granted = Decision::Granted;
    const auto rejected = Decision::Rejected;
    const QDate decided = Today.addDays(-5);
    const QDate tomorrow = Today.addDays(1);
    const auto returned = [](const QDate &back) {
        return in(Stage::Ruta1)
            .history({{Stage::Ruta1, Today.addDays(-60)}, {Stage::Ruta2a, Today.addDays(-30)}, {Stage::Ruta1, back}});
    };

    // Box 1: an incomplete case stays; FK's advice and its receipt of the application lead on.
    QTest::newRow("1: eligible, not yet applied") << in(Stage::Ruta1).build() << u"ruta1"_s;
    QTest::newRow("1: granted") << in(Stage::Ruta1).decision(granted, decided).build() << u"ruta3"_s;
    QTest::newRow("1: granted on a date after the assessment")
        << in(Stage::Ruta1).decision(granted, tomorrow).build() << u"ruta1"_s;
    QTest::newRow("1: received on the date") << in(Stage::Ruta1).received(Today).build() << u"ruta3"_s;
    QTest::newRow("1: received the day after") << in(Stage::Ruta1).received(tomorrow).build() << u"ruta1"_s;
    QTest::newRow("1: decision pending, not received")
        << in(Stage::Ruta1).decision(Decision::Pending).build() << u"ruta1"_s;
    QTest::newRow("1: received though consent revoked")
        << in(Stage::Ruta1).received(decided).consent(true, Today).build() << u"ruta3"_s;
    QTest::newRow("1: received, social worker unknown")
        << in(Stage::Ruta1).received(decided).noSocialWorker().build() << u"ruta3"_s;
    QTest::newRow("1: incomplete stays") << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).build()
                                         << u"ruta1"_s;
    QTest::newRow("1: new, empty case stays") << CaseRecord{} << u"ruta1"_s;
    QTest::newRow("1: incomplete, received")
        << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).received(decided).build() << u"ruta3"_s;
    QTest::newRow("1: SGI not recorded") << in(Stage::Ruta1).fact(&Facts::hasSgi, std::nullopt).build() << u"ruta1"_s;
    QTest::newRow("1: not eligible") << in(Stage::Ruta1).fact(&Facts::workCapacityReducedByIllness, false).build()
                                     << u"ruta2b"_s;
    QTest::newRow("1: no need to coordinate")
        << in(Stage::Ruta1).fact(&Facts::needsCoordination, false).build() << u"ruta2b"_s;
    QTest::newRow("1: not eligible, but FK has the application")
        << in(Stage::Ruta1).fact(&Facts::needsCoordination, false).received(decided).build() << u"ruta3"_s;
    QTest::newRow("1: rejected") << in(Stage::Ruta1).decision(rejected, decided).build() << u"ruta2b"_s;
    QTest::newRow("1: rejection dated after the date")
        << in(Stage::Ruta1).decision(rejected, tomorrow).build() << u"ruta1"_s;
    QTest::newRow("1: incomplete and rejected")
        << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).decision(rejected, decided).build()
        << u"ruta2b"_s;
    QTest::newRow("1: advice complement needed")
        << in(Stage::Ruta1).advice(Today, Advice::ComplementNeeded).build() << u"ruta2a"_s;
    QTest::newRow("1: advice complement needed, given the day after")
        << in(Stage::Ruta1).advice(tomorrow, Advice::ComplementNeeded).build() << u"ruta1"_s;
    QTest::newRow("1: advice not relevant")
        << in(Stage::Ruta1).advice(Today, Advice::NotRelevant).build() << u"ruta2b"_s;
    QTest::newRow("1: advice criteria met")
        << in(Stage::Ruta1).advice(Today, Advice::CriteriaMet).build() << u"ruta1"_s;
    QTest::newRow("1: complement advice before the return")
        << returned(Today.addDays(-10)).advice(Today.addDays(-11), Advice::ComplementNeeded).build() << u"ruta1"_s;
    QTest::newRow("1: complement advice on the day of the return")
        << returned(Today.addDays(-10)).advice(Today.addDays(-10), Advice::ComplementNeeded).build() << u"ruta1"_s;
    QTest::newRow("1: not relevant on the day of the return")
        << returned(Today.addDays(-10)).advice(Today.addDays(-10), Advice::NotRelevant).build() << u"ruta1"_s;
    QTest::newRow("1: complement advice the day after the return")
        << returned(Today.addDays(-10)).advice(Today.addDays(-9), Advice::ComplementNeeded).build() << u"ruta2a"_s;
    QTest::newRow("1: advice on the day the first box began")
        << in(Stage::Ruta1)
               .history({{Stage::Ruta1, Today.addDays(-10)}})
               .advice(Today.addDays(-10), Advice::ComplementNeeded)
               .build()
        << u"ruta2a"_s;
    QTest::newRow("1: not applicable") << in(Stage::Ruta1).fact(&Facts::hasSgi, true).build() << u"ruta1"_s;
    QTest::newRow("1: not applicable and rejected")
        << in(Stage::Ruta1).fact(&Facts::hasSgi, true).decision(rejected, decided).build() << u"ruta1"_s;

    // Box 2a: back to 1 once new medical documentation has come.
    const auto complementing = [](const QDate &entered) {
        return in(Stage::Ruta2a).history({{Stage::Ruta1, Today.addDays(-60)}, {Stage::Ruta2a, entered}});
    };
    QTest::newRow("2a: eligible, nothing new") << in(Stage::Ruta2a).build() << u"ruta2a"_s;
    QTest::newRow("2a: documentation, no history")
        << in(Stage::Ruta2a).medicalDocument(Today.addDays(-3)).build() << u"ruta1"_s;
    QTest::newRow("2a: documentation on the date") << in(Stage::Ruta2a).medicalDocument(Today).build() << u"ruta1"_s;
    QTest::newRow("2a: documentation dated the day after")
        << in(Stage::Ruta2a).medicalDocument(tomorrow).build() << u"ruta2a"_s;
    QTest::newRow("2a: documentation the day before the box began")
        << complementing(Today.addDays(-20)).medicalDocument(Today.addDays(-21)).build() << u"ruta2a"_s;
    QTest::newRow("2a: documentation on the day the box began")
        << complementing(Today.addDays(-20)).medicalDocument(Today.addDays(-20)).build() << u"ruta1"_s;
    QTest::newRow("2a: no history, documentation before FK's call for it")
        << in(Stage::Ruta2a)
               .advice(Today.addDays(-10), Advice::ComplementNeeded)
               .medicalDocument(Today.addDays(-11))
               .build()
        << u"ruta2a"_s;
    QTest::newRow("2a: no history, documentation on the day of FK's call")
        << in(Stage::Ruta2a)
               .advice(Today.addDays(-10), Advice::ComplementNeeded)
               .medicalDocument(Today.addDays(-10))
               .build()
        << u"ruta1"_s;
    QTest::newRow("2a: incomplete, new documentation")
        << in(Stage::Ruta2a).fact(&Facts::workCapacityReducedByIllness, std::nullopt).medicalDocument(Today).build()
        << u"ruta2a"_s;
    QTest::newRow("2a: not eligible") << in(Stage::Ruta2a).fact(&Facts::needsRehabilitation, false).build()
                                      << u"ruta2b"_s;
    QTest::newRow("2a: rejected") << in(Stage::Ruta2a).decision(rejected, decided).build() << u"ruta2b"_s;
    QTest::newRow("2a: received") << in(Stage::Ruta2a).received(Today).build() << u"ruta3"_s;
    QTest::newRow("2a: advice not relevant")
        << in(Stage::Ruta2a).advice(Today, Advice::NotRelevant).medicalDocument(Today).build() << u"ruta2b"_s;
    QTest::newRow("2a: not applicable") << in(Stage::Ruta2a).fact(&Facts::hasSgi, true).medicalDocument(Today).build()
                                        << u"ruta2a"_s;

    // Box 2b stays.
    QTest::newRow("2b: eligible") << in(Stage::Ruta2b).build() << u"ruta2b"_s;
    QTest::newRow("2b: not eligible") << in(Stage::Ruta2b).fact(&Facts::needsRehabilitation, false).build()
                                      << u"ruta2b"_s;

    // Box 3: an avstämningsmöte held on or before the date, since the box began; a rejection leads to 2b.
    QTest::newRow("3: no meeting") << in(Stage::Ruta3).build() << u"ruta3"_s;
    QTest::newRow("3: avstämningsmöte the day before")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(-1)).build() << u"ruta4"_s;
    QTest::newRow("3: avstämningsmöte on the date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today).build() << u"ruta4"_s;
    QTest::newRow("3: avstämningsmöte the day after")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, tomorrow).build() << u"ruta3"_s;
    QTest::newRow("3: avstämningsmöte without a date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, QDate()).build() << u"ruta3"_s;
    QTest::newRow("3: other meetings held") << in(Stage::Ruta3)
                                                   .meeting(MeetingKind::Konsultationsteam, Today.addDays(-30))
                                                   .meeting(MeetingKind::GemensamKartlaggning, Today.addDays(-3))
                                                   .meeting(MeetingKind::ForstaDigitalaMotet, Today.addDays(-2))
                                                   .meeting(MeetingKind::Sip, Today.addDays(-1))
                                                   .build()
                                            << u"ruta3"_s;
    QTest::newRow("3: held after a later one planned") << in(Stage::Ruta3)
                                                              .meeting(MeetingKind::Avstamningsmote, Today.addDays(10))
                                                              .meeting(MeetingKind::Avstamningsmote, Today.addDays(-10))
                                                              .build()
                                                       << u"ruta4"_s;
    const auto coordinating = [](const QDate &entered) {
        return in(Stage::Ruta3).history({{Stage::Ruta1, Today.addDays(-60)}, {Stage::Ruta3, entered}});
    };
    QTest::newRow("3: avstämningsmöte the day before the box began")
        << coordinating(Today.addDays(-20)).meeting(MeetingKind::Avstamningsmote, Today.addDays(-21)).build()
        << u"ruta3"_s;
    QTest::newRow("3: avstämningsmöte on the day the box began")
        << coordinating(Today.addDays(-20)).meeting(MeetingKind::Avstamningsmote, Today.addDays(-20)).build()
        << u"ruta4"_s;
    QTest::newRow("3: rejected") << in(Stage::Ruta3).decision(rejected, decided).build() << u"ruta2b"_s;
    QTest::newRow("3: rejected, though a meeting was held")
        << in(Stage::Ruta3).decision(rejected, decided).meeting(MeetingKind::Avstamningsmote, Today).build()
        << u"ruta2b"_s;
    QTest::newRow("3: rejection dated after the date")
        << in(Stage::Ruta3).decision(rejected, tomorrow).build() << u"ruta3"_s;
    QTest::newRow("3: has SGI, meeting held")
        << in(Stage::Ruta3).fact(&Facts::hasSgi, true).meeting(MeetingKind::Avstamningsmote, Today).build()
        << u"ruta4"_s;

    // Box 4: the plan needs a measure with a responsible party, not cancelled.
    QTest::newRow("4: no plan") << in(Stage::Ruta4).build() << u"ruta4"_s;
    QTest::newRow("4: measure without responsible party")
        << in(Stage::Ruta4).measure(std::nullopt).build() << u"ruta4"_s;
    QTest::newRow("4: measure with responsible party") << in(Stage::Ruta4).measure(Party::AF).build() << u"ruta5"_s;
    QTest::newRow("4: second measure has the party")
        << in(Stage::Ruta4).measure(std::nullopt).measure(Party::Region).build() << u"ruta5"_s;
    QTest::newRow("4: the measure with a party is cancelled")
        << in(Stage::Ruta4).measureWithStatus(Party::AF, MeasureStatus::Cancelled).build() << u"ruta4"_s;
    QTest::newRow("4: done measure counts")
        << in(Stage::Ruta4).measureWithStatus(Party::AF, MeasureStatus::Done).build() << u"ruta5"_s;

    // Box 5: 6a/6b only once FK has closed; a temporary deterioration heads for 6b at once.
    QTest::newRow("5: not closed") << in(Stage::Ruta5).measure(Party::AF).build() << u"ruta5"_s;
    QTest::newRow("5: full, no closing date") << in(Stage::Ruta5).closure(WorkCapacity::Full).build() << u"ruta5"_s;
    QTest::newRow("5: full, closed the day before")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today.addDays(-1)).build() << u"ruta6a"_s;
    QTest::newRow("5: full, closed on the date")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today).build() << u"ruta6a"_s;
    QTest::newRow("5: full, closed the day after")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(tomorrow).build() << u"ruta5"_s;
    QTest::newRow("5: partial, closed") << in(Stage::Ruta5).closure(WorkCapacity::Partial).closedOn(Today).build()
                                        << u"ruta6a"_s;
    QTest::newRow("5: none, closed") << in(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build()
                                     << u"ruta6b"_s;
    QTest::newRow("5: none, not closed")
        << in(Stage::Ruta5).closure(WorkCapacity::None, ReductionDuration::AtLeastOneYear).build() << u"ruta5"_s;
    QTest::newRow("5: none, temporary, not closed")
        << in(Stage::Ruta5).closure(WorkCapacity::None, ReductionDuration::Temporary).build() << u"ruta6b"_s;
    QTest::newRow("5: partial, temporary, not closed")
        << in(Stage::Ruta5).closure(WorkCapacity::Partial, ReductionDuration::Temporary).build() << u"ruta5"_s;
    QTest::newRow("5: closed, work capacity not recorded") << in(Stage::Ruta5).closedOn(Today).build() << u"ruta5"_s;

    // The end boxes stay.
    QTest::newRow("6a") << in(Stage::Ruta6a).closure(WorkCapacity::Full).build() << u"ruta6a"_s;
    QTest::newRow("6b") << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::ForeseeableFuture).build()
                        << u"ruta6b"_s;
    QTest::newRow("6b: kept open")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary).build() << u"ruta6b"_s;
}

void TestProcessRules::suggestedStage()
{
    QFETCH(CaseRecord, record);
    QFETCH(QString, suggested);
    QCOMPARE(stageCode(assess(record, Today).suggestedStage), suggested);
}

void TestProcessRules::allowedTransitions_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QStringList>("allowed");

    const QDate decided = Today.addDays(-5);
    const QStringList none;

    QTest::newRow("1: not yet applied") << in(Stage::Ruta1).build() << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: granted") << in(Stage::Ruta1).decision(Decision::Granted, decided).build()
                                << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: received on the date")
        << in(Stage::Ruta1).received(Today).build() << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: received the day after")
        << in(Stage::Ruta1).received(Today.addDays(1)).build() << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: received, social worker unknown") << in(Stage::Ruta1).received(decided).noSocialWorker().build()
                                                        << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: received, consent revoked") << in(Stage::Ruta1).received(decided).consent(true, Today).build()
                                                  << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: decision pending, not received")
        << in(Stage::Ruta1).decision(Decision::Pending).build() << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: rejected") << in(Stage::Ruta1).decision(Decision::Rejected, decided).build()
                                 << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: not applicable") << in(Stage::Ruta1).fact(&Facts::hasSgi, true).build()
                                       << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("2a: nothing new") << in(Stage::Ruta2a).build() << QStringList{u"ruta2b"_s};
    QTest::newRow("2a: new documentation")
        << in(Stage::Ruta2a).medicalDocument(Today).build() << QStringList{u"ruta1"_s, u"ruta2b"_s};
    QTest::newRow("2a: new documentation, not eligible")
        << in(Stage::Ruta2a).fact(&Facts::needsRehabilitation, false).medicalDocument(Today).build()
        << QStringList{u"ruta1"_s, u"ruta2b"_s};
    QTest::newRow("2a: received") << in(Stage::Ruta2a).received(Today).build() << QStringList{u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("2a: rejected") << in(Stage::Ruta2a).decision(Decision::Rejected, decided).build()
                                  << QStringList{u"ruta2b"_s};
    QTest::newRow("2b: reopen") << in(Stage::Ruta2b).build() << QStringList{u"ruta1"_s};
    QTest::newRow("3: nothing held") << in(Stage::Ruta3).build() << none;
    QTest::newRow("3: rejected") << in(Stage::Ruta3).decision(Decision::Rejected, decided).build()
                                 << QStringList{u"ruta2b"_s};
    QTest::newRow("3: avstämningsmöte on the date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today).build() << QStringList{u"ruta4"_s};
    QTest::newRow("3: avstämningsmöte the day after")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(1)).build() << none;
    QTest::newRow("3: only a konsultationsteam")
        << in(Stage::Ruta3).meeting(MeetingKind::Konsultationsteam, Today.addDays(-1)).build() << none;
    QTest::newRow("4: no plan") << in(Stage::Ruta4).build() << none;
    QTest::newRow("4: measure without party") << in(Stage::Ruta4).measure(std::nullopt).build() << none;
    QTest::newRow("4: measure with party") << in(Stage::Ruta4).measure(Party::IoF).build() << QStringList{u"ruta5"_s};
    QTest::newRow("4: cancelled measure")
        << in(Stage::Ruta4).measureWithStatus(Party::IoF, MeasureStatus::Cancelled).build() << none;
    QTest::newRow("5: not closed") << in(Stage::Ruta5).build() << QStringList{u"ruta4"_s};
    QTest::newRow("5: full, not closed") << in(Stage::Ruta5).closure(WorkCapacity::Full).build()
                                         << QStringList{u"ruta4"_s};
    QTest::newRow("5: full, closed") << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today).build()
                                     << QStringList{u"ruta4"_s, u"ruta6a"_s};
    QTest::newRow("5: partial, closed") << in(Stage::Ruta5).closure(WorkCapacity::Partial).closedOn(Today).build()
                                        << QStringList{u"ruta4"_s, u"ruta6a"_s};
    QTest::newRow("5: none, closed") << in(Stage::Ruta5).closure(WorkCapacity::None).closedOn(Today).build()
                                     << QStringList{u"ruta4"_s, u"ruta6b"_s};
    QTest::newRow("5: none, temporary")
        << in(Stage::Ruta5).closure(WorkCapacity::None, ReductionDuration::Temporary).build()
        << QStringList{u"ruta4"_s, u"ruta6b"_s};
    QTest::newRow("6a") << in(Stage::Ruta6a).closure(WorkCapacity::Partial).build() << none;
    QTest::newRow("6b: temporary keeps the case open")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary, false).build()
        << QStringList{u"ruta4"_s};
    QTest::newRow("6b: at least one year")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::AtLeastOneYear).build() << none;
    QTest::newRow("6b: foreseeable future")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::ForeseeableFuture).build() << none;
    QTest::newRow("6b: duration not recorded") << in(Stage::Ruta6b).closure(WorkCapacity::None).build() << none;
}

void TestProcessRules::allowedTransitions()
{
    QFETCH(CaseRecord, record);
    QFETCH(QStringList, allowed);
    QCOMPARE(stageCodes(assess(record, Today).allowedTransitions()), allowed);
}

void TestProcessRules::currentAdvice_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QString>("advice"); // empty: null

    const QDate entered = Today.addDays(-10);
    const auto firstBox = [&] { return in(Stage::Ruta1).history({{Stage::Ruta1, entered}}); };
    const auto reEntered = [&] {
        return in(Stage::Ruta1)
            .history(
                {{Stage::Ruta1, Today.addDays(-60)}, {Stage::Ruta2a, Today.addDays(-30)}, {Stage::Ruta1, entered}});
    };
    QTest::newRow("no meeting") << in(Stage::Ruta1).build() << QString();
    QTest::newRow("advice on the date") << in(Stage::Ruta1).advice(Today, Advice::ComplementNeeded).build()
                                        << u"complement_needed"_s;
    QTest::newRow("advice the day after")
        << in(Stage::Ruta1).advice(Today.addDays(1), Advice::NotRelevant).build() << QString();
    QTest::newRow("konsultationsteam without advice")
        << in(Stage::Ruta1).meeting(MeetingKind::Konsultationsteam, Today).build() << QString();
    QTest::newRow("the latest counts") << in(Stage::Ruta1)
                                              .advice(Today.addDays(-2), Advice::CriteriaMet)
                                              .advice(Today.addDays(-9), Advice::NotRelevant)
                                              .build()
                                       << u"criteria_met"_s;
    QTest::newRow("same day: the later in the list") << in(Stage::Ruta1)
                                                            .advice(Today.addDays(-2), Advice::CriteriaMet)
                                                            .advice(Today.addDays(-2), Advice::NotRelevant)
                                                            .build()
                                                     << u"not_relevant"_s;
    QTest::newRow("first box: the day before it began")
        << firstBox().advice(entered.addDays(-1), Advice::ComplementNeeded).build() << QString();
    QTest::newRow("first box: the day it began")
        << firstBox().advice(entered, Advice::ComplementNeeded).build() << u"complement_needed"_s;
    QTest::newRow("re-entered: the day before")
        << reEntered().advice(entered.addDays(-1), Advice::ComplementNeeded).build() << QString();
    QTest::newRow("re-entered: on the day") << reEntered().advice(entered, Advice::NotRelevant).build() << QString();
    QTest::newRow("re-entered: the day after")
        << reEntered().advice(entered.addDays(1), Advice::NotRelevant).build() << u"not_relevant"_s;
    QTest::newRow("re-entered: a spent one and a live one")
        << reEntered().advice(entered.addDays(2), Advice::CriteriaMet).advice(entered, Advice::NotRelevant).build()
        << u"criteria_met"_s;
}

void TestProcessRules::currentAdvice()
{
    QFETCH(CaseRecord, record);
    QFETCH(QString, advice);
    const Assessment assessment = assess(record, Today);
    QCOMPARE(assessment.currentAdvice ? code(*assessment.currentAdvice) : QString(), advice);
}

void TestProcessRules::missingBeforeClosure_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QStringList>("missing");

    const QStringList both{u"closed_date"_s, u"continued_by"_s};
    QTest::newRow("5: nothing recorded") << in(Stage::Ruta5).build() << both;
    QTest::newRow("5: closed, continued by IoF")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today).build() << QStringList();
    QTest::newRow("5: closed, continued by blank")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today, u"  "_s).build()
        << QStringList{u"continued_by"_s};
    QTest::newRow("5: closing date after the date")
        << in(Stage::Ruta5).closure(WorkCapacity::Full).closedOn(Today.addDays(1)).build()
        << QStringList{u"closed_date"_s};
    QTest::newRow("5: heading for 6b, temporary")
        << in(Stage::Ruta5).closure(WorkCapacity::None, ReductionDuration::Temporary).build() << QStringList();
    QTest::newRow("6a: not closed") << in(Stage::Ruta6a).closure(WorkCapacity::Full).build() << both;
    QTest::newRow("6b: kept open")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary).build() << QStringList();
    QTest::newRow("6b: closed")
        << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::AtLeastOneYear).closedOn(Today).build()
        << QStringList();
    QTest::newRow("4: not asked") << in(Stage::Ruta4).build() << QStringList();
    QTest::newRow("2b: not asked") << in(Stage::Ruta2b).build() << QStringList();
}

void TestProcessRules::missingBeforeClosure()
{
    QFETCH(CaseRecord, record);
    QFETCH(QStringList, missing);
    QStringList got;
    for (ClosureMissing m : assess(record, Today).missingBeforeClosure)
        got << code(m);
    QCOMPARE(got, missing);
}

void TestProcessRules::everyOtherStageHasAnAnswer_data()
{
    allowedTransitions_data();
}

void TestProcessRules::everyOtherStageHasAnAnswer()
{
    QFETCH(CaseRecord, record);
    QFETCH(QStringList, allowed);
    const Assessment assessment = assess(record, Today);

    // Every stage but the current one, in stage order.
    QList<Stage> expectedTargets = allStages();
    expectedTargets.removeOne(record.stage);
    QList<Stage> targets;
    for (const auto &transition : assessment.transitions)
        targets << transition.target;
    QCOMPARE(targets, expectedTargets);

    for (const auto &transition : assessment.transitions) {
        const QString target = stageCode(transition.target);
        QCOMPARE(transition.allowed, allowed.contains(target));
        if (transition.allowed)
            QVERIFY2(transition.reason.isEmpty(), qPrintable(target));
        else
            QVERIFY2(!transition.reason.trimmed().isEmpty(), qPrintable(u"no reason for "_s + target));
        QCOMPARE(assessment.transitionTo(transition.target), &transition);
    }
}

void TestProcessRules::stepsBeforeTheApplication_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("asks");
    // Box 1 prepares the application; 2a complements it for a new one;
    // from box 3 on FK has it, and 2b has been refused.
    QTest::newRow("box 1 prepares") << Stage::Ruta1 << true;
    QTest::newRow("box 2a complements") << Stage::Ruta2a << true;
    QTest::newRow("box 2b is refused") << Stage::Ruta2b << false;
    QTest::newRow("box 3 FK has it") << Stage::Ruta3 << false;
    QTest::newRow("box 4 plans") << Stage::Ruta4 << false;
    QTest::newRow("box 5 closes") << Stage::Ruta5 << false;
    QTest::newRow("box 6a closed") << Stage::Ruta6a << false;
    QTest::newRow("box 6b closed") << Stage::Ruta6b << false;
}

void TestProcessRules::stepsBeforeTheApplication()
{
    QFETCH(Stage, stage);
    QFETCH(bool, asks);
    QCOMPARE(process::asksBeforeApplication(stage), asks);
}

void TestProcessRules::watchedDeadlines_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<std::optional<ReductionDuration>>("duration");
    QTest::addColumn<bool>("fkContact");
    QTest::addColumn<bool>("invitation");
    // FK's week to reach the social worker matters until the case is past
    // box 3; a closed case (2b, 6a, 6b not kept open) watches nothing.
    const std::optional<ReductionDuration> none;
    QTest::newRow("box 1") << Stage::Ruta1 << none << true << true;
    QTest::newRow("box 2a") << Stage::Ruta2a << none << true << true;
    QTest::newRow("box 3") << Stage::Ruta3 << none << true << true;
    QTest::newRow("box 4: past box 3") << Stage::Ruta4 << none << false << true;
    QTest::newRow("box 5: past box 3") << Stage::Ruta5 << none << false << true;
    QTest::newRow("box 2b closed") << Stage::Ruta2b << none << false << false;
    QTest::newRow("box 6a closed") << Stage::Ruta6a << none << false << false;
    QTest::newRow("box 6b closed") << Stage::Ruta6b << std::optional(ReductionDuration::ForeseeableFuture) << false
                                   << false;
    QTest::newRow("box 6b kept open") << Stage::Ruta6b << std::optional(ReductionDuration::Temporary) << false << true;
}

void TestProcessRules::watchedDeadlines()
{
    QFETCH(Stage, stage);
    QFETCH(std::optional<ReductionDuration>, duration);
    QFETCH(bool, fkContact);
    QFETCH(bool, invitation);
    const Deadline contact{DeadlineKind::FkContactWithinWeek, Today, DeadlineStatus::Overdue, -1};
    const Deadline lead{DeadlineKind::InvitationLeadTime, Today, DeadlineStatus::NotMet, 0};
    QCOMPARE(process::isWatched(contact, stage, duration), fkContact);
    QCOMPARE(process::isWatched(lead, stage, duration), invitation);
}

QTEST_GUILESS_MAIN(TestProcessRules)
#include "tst_processrules.moc"
