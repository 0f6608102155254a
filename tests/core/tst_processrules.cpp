#include "CaseBuilder.h"

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
    void everyOtherStageHasAnAnswer_data();
    void everyOtherStageHasAnAnswer();
    void stepsBeforeTheApplication_data();
    void stepsBeforeTheApplication();
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

    // Box 1.
    QTest::newRow("1: eligible, not yet applied") << in(Stage::Ruta1).build() << u"ruta1"_s;
    QTest::newRow("1: ready and granted") << in(Stage::Ruta1).decision(granted, decided).build() << u"ruta3"_s;
    QTest::newRow("1: ready, decision pending")
        << in(Stage::Ruta1).decision(Decision::Pending).build() << u"ruta1"_s;
    QTest::newRow("1: granted but consent revoked on the date")
        << in(Stage::Ruta1).decision(granted, decided).consent(true, Today).build() << u"ruta1"_s;
    QTest::newRow("1: granted but no social worker")
        << in(Stage::Ruta1).decision(granted, decided).noSocialWorker().build() << u"ruta1"_s;
    QTest::newRow("1: incomplete") << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).build()
                                   << u"ruta2a"_s;
    QTest::newRow("1: incomplete though granted")
        << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).decision(granted, decided).build()
        << u"ruta2a"_s;
    QTest::newRow("1: SGI not recorded") << in(Stage::Ruta1).fact(&Facts::hasSgi, std::nullopt).build()
                                         << u"ruta2a"_s;
    QTest::newRow("1: not eligible") << in(Stage::Ruta1).fact(&Facts::workCapacityReducedByIllness, false).build()
                                     << u"ruta2b"_s;
    QTest::newRow("1: eligible but rejected") << in(Stage::Ruta1).decision(rejected, decided).build() << u"ruta2b"_s;
    QTest::newRow("1: incomplete and rejected")
        << in(Stage::Ruta1).fact(&Facts::needsRehabilitation, std::nullopt).decision(rejected, decided).build()
        << u"ruta2b"_s;
    QTest::newRow("1: not applicable") << in(Stage::Ruta1).fact(&Facts::hasSgi, true).build() << u"ruta1"_s;
    QTest::newRow("1: not applicable and rejected")
        << in(Stage::Ruta1).fact(&Facts::hasSgi, true).decision(rejected, decided).build() << u"ruta1"_s;

    // Box 2a.
    QTest::newRow("2a: eligible, ask FK again") << in(Stage::Ruta2a).build() << u"ruta1"_s;
    QTest::newRow("2a: eligible, consent missing") << in(Stage::Ruta2a).consent(false).build() << u"ruta1"_s;
    QTest::newRow("2a: incomplete") << in(Stage::Ruta2a).fact(&Facts::workCapacityReducedByIllness, std::nullopt).build()
                                    << u"ruta2a"_s;
    QTest::newRow("2a: not eligible") << in(Stage::Ruta2a).fact(&Facts::needsRehabilitation, false).build()
                                      << u"ruta2b"_s;
    QTest::newRow("2a: eligible but rejected") << in(Stage::Ruta2a).decision(rejected, decided).build()
                                               << u"ruta2b"_s;
    QTest::newRow("2a: incomplete and rejected")
        << in(Stage::Ruta2a).fact(&Facts::needsRehabilitation, std::nullopt).decision(rejected, decided).build()
        << u"ruta2b"_s;
    QTest::newRow("2a: not applicable") << in(Stage::Ruta2a).fact(&Facts::hasSgi, true).build() << u"ruta2a"_s;

    // Box 2b stays.
    QTest::newRow("2b: eligible") << in(Stage::Ruta2b).build() << u"ruta2b"_s;
    QTest::newRow("2b: not eligible") << in(Stage::Ruta2b).fact(&Facts::needsRehabilitation, false).build()
                                      << u"ruta2b"_s;

    // Box 3: an avstämningsmöte held on or before the date.
    QTest::newRow("3: no meeting") << in(Stage::Ruta3).build() << u"ruta3"_s;
    QTest::newRow("3: avstämningsmöte the day before")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(-1)).build() << u"ruta4"_s;
    QTest::newRow("3: avstämningsmöte on the date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today).build() << u"ruta4"_s;
    QTest::newRow("3: avstämningsmöte the day after")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(1)).build() << u"ruta3"_s;
    QTest::newRow("3: avstämningsmöte without a date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, QDate()).build() << u"ruta3"_s;
    QTest::newRow("3: other meetings held")
        << in(Stage::Ruta3)
               .meeting(MeetingKind::Konsultationsteam, Today.addDays(-30))
               .meeting(MeetingKind::GemensamKartlaggning, Today.addDays(-3))
               .meeting(MeetingKind::ForstaDigitalaMotet, Today.addDays(-2))
               .meeting(MeetingKind::Sip, Today.addDays(-1))
               .build()
        << u"ruta3"_s;
    QTest::newRow("3: held after a later one planned")
        << in(Stage::Ruta3)
               .meeting(MeetingKind::Avstamningsmote, Today.addDays(10))
               .meeting(MeetingKind::Avstamningsmote, Today.addDays(-10))
               .build()
        << u"ruta4"_s;
    QTest::newRow("3: not applicable stays")
        << in(Stage::Ruta3).fact(&Facts::hasSgi, true).meeting(MeetingKind::Avstamningsmote, Today).build()
        << u"ruta3"_s;

    // Box 4: the plan needs a measure with a responsible party.
    QTest::newRow("4: no plan") << in(Stage::Ruta4).build() << u"ruta4"_s;
    QTest::newRow("4: measure without responsible party") << in(Stage::Ruta4).measure(std::nullopt).build()
                                                          << u"ruta4"_s;
    QTest::newRow("4: measure with responsible party") << in(Stage::Ruta4).measure(Party::AF).build() << u"ruta5"_s;
    QTest::newRow("4: second measure has the party")
        << in(Stage::Ruta4).measure(std::nullopt).measure(Party::Region).build() << u"ruta5"_s;

    // Box 5: the closure's work capacity.
    QTest::newRow("5: not closed") << in(Stage::Ruta5).measure(Party::AF).build() << u"ruta5"_s;
    QTest::newRow("5: full") << in(Stage::Ruta5).closure(WorkCapacity::Full).build() << u"ruta6a"_s;
    QTest::newRow("5: partial") << in(Stage::Ruta5).closure(WorkCapacity::Partial).build() << u"ruta6a"_s;
    QTest::newRow("5: none") << in(Stage::Ruta5).closure(WorkCapacity::None).build() << u"ruta6b"_s;
    QTest::newRow("5: none, temporary") << in(Stage::Ruta5).closure(WorkCapacity::None, ReductionDuration::Temporary).build()
                                        << u"ruta6b"_s;

    // The end boxes stay.
    QTest::newRow("6a") << in(Stage::Ruta6a).closure(WorkCapacity::Full).build() << u"ruta6a"_s;
    QTest::newRow("6b") << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::ForeseeableFuture).build()
                        << u"ruta6b"_s;
    QTest::newRow("6b: kept open") << in(Stage::Ruta6b).closure(WorkCapacity::None, ReductionDuration::Temporary).build()
                                   << u"ruta6b"_s;
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
    QTest::newRow("1: ready and granted") << in(Stage::Ruta1).decision(Decision::Granted, decided).build()
                                          << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: granted, consent revoked on the date")
        << in(Stage::Ruta1).decision(Decision::Granted, decided).consent(true, Today).build()
        << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: granted, consent revoked the day after")
        << in(Stage::Ruta1).decision(Decision::Granted, decided).consent(true, Today.addDays(1)).build()
        << QStringList{u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s};
    QTest::newRow("1: granted, incomplete")
        << in(Stage::Ruta1).decision(Decision::Granted, decided).fact(&Facts::needsRehabilitation, std::nullopt).build()
        << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: ready, pending") << in(Stage::Ruta1).decision(Decision::Pending).build()
                                       << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: ready, rejected") << in(Stage::Ruta1).decision(Decision::Rejected, decided).build()
                                        << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("1: not applicable") << in(Stage::Ruta1).fact(&Facts::hasSgi, true).build()
                                       << QStringList{u"ruta2a"_s, u"ruta2b"_s};
    QTest::newRow("2a") << in(Stage::Ruta2a).build() << QStringList{u"ruta1"_s, u"ruta2b"_s};
    QTest::newRow("2a: not eligible") << in(Stage::Ruta2a).fact(&Facts::needsRehabilitation, false).build()
                                      << QStringList{u"ruta1"_s, u"ruta2b"_s};
    QTest::newRow("2b: reopen") << in(Stage::Ruta2b).build() << QStringList{u"ruta1"_s};
    QTest::newRow("3: nothing held") << in(Stage::Ruta3).build() << none;
    QTest::newRow("3: avstämningsmöte on the date")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today).build() << QStringList{u"ruta4"_s};
    QTest::newRow("3: avstämningsmöte the day after")
        << in(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, Today.addDays(1)).build() << none;
    QTest::newRow("3: only a konsultationsteam")
        << in(Stage::Ruta3).meeting(MeetingKind::Konsultationsteam, Today.addDays(-1)).build() << none;
    QTest::newRow("4: no plan") << in(Stage::Ruta4).build() << none;
    QTest::newRow("4: measure without party") << in(Stage::Ruta4).measure(std::nullopt).build() << none;
    QTest::newRow("4: measure with party") << in(Stage::Ruta4).measure(Party::IoF).build() << QStringList{u"ruta5"_s};
    QTest::newRow("5: not closed") << in(Stage::Ruta5).build() << QStringList{u"ruta4"_s};
    QTest::newRow("5: full") << in(Stage::Ruta5).closure(WorkCapacity::Full).build()
                             << QStringList{u"ruta4"_s, u"ruta6a"_s};
    QTest::newRow("5: partial") << in(Stage::Ruta5).closure(WorkCapacity::Partial).build()
                                << QStringList{u"ruta4"_s, u"ruta6a"_s};
    QTest::newRow("5: none") << in(Stage::Ruta5).closure(WorkCapacity::None).build()
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

QTEST_GUILESS_MAIN(TestProcessRules)
#include "tst_processrules.moc"
