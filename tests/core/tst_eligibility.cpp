// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/Assessor.h"
#include "rules/Eligibility.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Box 1: the five criteria, the eligibility they add up to, what is missing
// before the application and whether the case is ready to apply.
class TestEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criteria_data();
    void criteria();
    void references();
    void judge_data();
    void judge();
    void missing_data();
    void missing();
    void readyToApply_data();
    void readyToApply();
};

namespace {

const QDate Today(2026, 11, 22);

// One character per fact: t true, f false, - not recorded.
Fact factFrom(QChar c)
{
    if (c == u'-')
        return std::nullopt;
    return c == u't';
}

// Facts in the order hasSgi, insuredInSweden, euAsIfInsured,
// workCapacityReducedByIllness, needsRehabilitation, needsCoordination (true
// when not given).
Facts factsFrom(const QString &five)
{
    Q_ASSERT(five.size() == 5 || five.size() == 6);
    Facts facts;
    facts.needsCoordination = five.size() == 6 ? factFrom(five[5]) : Fact(true);
    facts.hasSgi = factFrom(five[0]);
    facts.insuredInSweden = factFrom(five[1]);
    facts.euAsIfInsured = factFrom(five[2]);
    facts.workCapacityReducedByIllness = factFrom(five[3]);
    facts.needsRehabilitation = factFrom(five[4]);
    facts.medicalDocumentation = true;
    facts.needsMapped = true;
    return facts;
}

QStringList codes(const QList<Missing> &missing)
{
    QStringList result;
    for (Missing m : missing)
        result << code(m);
    return result;
}

} // namespace

void TestEligibility::criteria_data()
{
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QStringList>("statuses"); // the first four criteria; needs_coordination after them

    const auto row = [](const char *name, const char *facts, QStringList statuses) {
        QTest::newRow(name) << QString::fromLatin1(facts) << statuses;
    };
    row("all met", "ftttt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("all unknown", "-----", {u"unknown"_s, u"unknown"_s, u"unknown"_s, u"unknown"_s});
    row("has SGI", "ttftt", {u"not_met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("insured in Sweden only", "ftftt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("insured through EU law only", "ffttt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("EU law, Sweden not recorded", "f-ttt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("Sweden, EU law not recorded", "ft-tt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("insured neither way", "ffftt", {u"met"_s, u"not_met"_s, u"met"_s, u"met"_s});
    row("not insured in Sweden, EU not recorded", "ff-tt", {u"met"_s, u"unknown"_s, u"met"_s, u"met"_s});
    row("EU false, Sweden not recorded", "f-ftt", {u"met"_s, u"unknown"_s, u"met"_s, u"met"_s});
    row("work capacity not reduced", "ftfft", {u"met"_s, u"met"_s, u"not_met"_s, u"met"_s});
    row("work capacity not recorded", "ftf-t", {u"met"_s, u"met"_s, u"unknown"_s, u"met"_s});
    row("no rehabilitation needed", "ftftf", {u"met"_s, u"met"_s, u"met"_s, u"not_met"_s});
    row("rehabilitation not recorded", "ftft-", {u"met"_s, u"met"_s, u"met"_s, u"unknown"_s});
    row("SGI not recorded", "-tftt", {u"unknown"_s, u"met"_s, u"met"_s, u"met"_s});
    row("coordination needed", "fttttt", {u"met"_s, u"met"_s, u"met"_s, u"met"_s, u"met"_s});
    row("no coordination needed", "ftttff", {u"met"_s, u"met"_s, u"met"_s, u"not_met"_s, u"not_met"_s});
    row("coordination not recorded", "ftttt-", {u"met"_s, u"met"_s, u"met"_s, u"met"_s, u"unknown"_s});
}

void TestEligibility::criteria()
{
    QFETCH(QString, facts);
    QFETCH(QStringList, statuses);
    const auto list = eligibility::criteria(factsFrom(facts), RuleData::standard());
    QCOMPARE(list.size(), 5);
    const QStringList order{u"no_sgi"_s, u"insured"_s, u"work_capacity_reduced"_s, u"needs_rehabilitation"_s,
                            u"needs_coordination"_s};
    for (int i = 0; i < statuses.size(); ++i) {
        QCOMPARE(list.at(i).code, order.at(i));
        QCOMPARE(code(list.at(i).status), statuses.at(i));
    }
}

void TestEligibility::references()
{
    const auto list = eligibility::criteria(Facts{}, RuleData::standard());
    QCOMPARE(list.size(), 5);
    QVERIFY2(list.at(0).reference.contains(u"7434"), qPrintable(list.at(0).reference));
    QVERIFY(list.at(1).reference.contains(u"6 kap. 6 § SFB"));
    QVERIFY(list.at(1).reference.contains(u"5 kap. 9 § SFB"));
    QCOMPARE(list.at(2).reference, u"29 kap. 2 § SFB"_s);
    QCOMPARE(list.at(3).reference, u"29 kap. 2 § SFB"_s);
    QVERIFY2(list.at(4).reference.contains(u"30 kap. 8 § SFB"), qPrintable(list.at(4).reference));
    QVERIFY2(list.at(4).reference.contains(u"ruta 1"), qPrintable(list.at(4).reference));
}

void TestEligibility::judge_data()
{
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("eligibility");

    QTest::newRow("all met") << u"ftttt"_s << u"eligible"_s;
    QTest::newRow("EU law instead of Sweden") << u"ffttt"_s << u"eligible"_s;
    QTest::newRow("SGI, all else met") << u"ttftt"_s << u"not_applicable"_s;
    QTest::newRow("SGI wins over not met") << u"tfftf"_s << u"not_applicable"_s;
    QTest::newRow("SGI wins over unknown") << u"t----"_s << u"not_applicable"_s;
    QTest::newRow("not insured") << u"ffftt"_s << u"not_eligible"_s;
    QTest::newRow("no reduced work capacity") << u"ftfft"_s << u"not_eligible"_s;
    QTest::newRow("no rehabilitation need") << u"ftftf"_s << u"not_eligible"_s;
    QTest::newRow("not met wins over unknown") << u"-tf-f"_s << u"not_eligible"_s;
    QTest::newRow("SGI not recorded, rest not met") << u"-tftf"_s << u"not_eligible"_s;
    QTest::newRow("SGI not recorded") << u"-tftt"_s << u"incomplete"_s;
    QTest::newRow("insurance not recorded") << u"f--tt"_s << u"incomplete"_s;
    QTest::newRow("rehabilitation not recorded") << u"ftft-"_s << u"incomplete"_s;
    QTest::newRow("nothing recorded") << u"-----"_s << u"incomplete"_s;
    QTest::newRow("no need to coordinate") << u"ftfttf"_s << u"not_eligible"_s;
    QTest::newRow("need to coordinate not recorded") << u"ftftt-"_s << u"incomplete"_s;
    QTest::newRow("SGI wins over no need to coordinate") << u"ttfttf"_s << u"not_applicable"_s;
}

void TestEligibility::judge()
{
    QFETCH(QString, facts);
    QFETCH(QString, eligibility);
    const auto list = eligibility::criteria(factsFrom(facts), RuleData::standard());
    QCOMPARE(code(eligibility::judge(list)), eligibility);
}

void TestEligibility::missing_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QStringList>("missing");

    const QStringList none;
    QTest::newRow("nothing missing") << CaseBuilder().build() << none;
    QTest::newRow("consent not given") << CaseBuilder().consent(false).build() << QStringList{u"consent"_s};
    QTest::newRow("consent not recorded") << CaseBuilder().consent(std::nullopt).build() << QStringList{u"consent"_s};
    QTest::newRow("consent revoked the day before")
        << CaseBuilder().consent(true, Today.addDays(-1)).build() << QStringList{u"consent"_s};
    QTest::newRow("consent revoked on the date")
        << CaseBuilder().consent(true, Today).build() << QStringList{u"consent"_s};
    QTest::newRow("consent revoked the day after") << CaseBuilder().consent(true, Today.addDays(1)).build() << none;
    QTest::newRow("medical documentation false")
        << CaseBuilder().fact(&Facts::medicalDocumentation, false).build() << QStringList{u"medical_documentation"_s};
    QTest::newRow("medical documentation not recorded")
        << CaseBuilder().fact(&Facts::medicalDocumentation, std::nullopt).build()
        << QStringList{u"medical_documentation"_s};
    QTest::newRow("needs not mapped") << CaseBuilder().fact(&Facts::needsMapped, false).build()
                                      << QStringList{u"needs_mapping"_s};
    QTest::newRow("mapping not recorded")
        << CaseBuilder().fact(&Facts::needsMapped, std::nullopt).build() << QStringList{u"needs_mapping"_s};
    QTest::newRow("no social worker") << CaseBuilder().noSocialWorker().build()
                                      << QStringList{u"social_worker_contact"_s};
    QTest::newRow("social worker without phone or e-mail")
        << CaseBuilder().socialWorker(QString(), QString()).build() << QStringList{u"social_worker_contact"_s};
    QTest::newRow("social worker with blank phone and e-mail")
        << CaseBuilder().socialWorker(u"  "_s, u"\t"_s).build() << QStringList{u"social_worker_contact"_s};
    QTest::newRow("consent dated the day after")
        << CaseBuilder().consentOn(Today.addDays(1)).build() << QStringList{u"consent"_s};
    QTest::newRow("consent dated on the date") << CaseBuilder().consentOn(Today).build() << none;
    QTest::newRow("social worker without a name")
        << CaseBuilder().socialWorkerNamed(u"  "_s).build() << QStringList{u"social_worker_contact"_s};
    QTest::newRow("phone only") << CaseBuilder().socialWorker(u"040-123456"_s, QString()).build() << none;
    QTest::newRow("e-mail only") << CaseBuilder().socialWorker(QString(), u"sara@example.org"_s).build() << none;
    QTest::newRow("everything missing, in order")
        << CaseBuilder()
               .consent(true, Today)
               .fact(&Facts::medicalDocumentation, std::nullopt)
               .fact(&Facts::needsMapped, false)
               .noSocialWorker()
               .build()
        << QStringList{u"consent"_s, u"medical_documentation"_s, u"needs_mapping"_s, u"social_worker_contact"_s};
    QTest::newRow("consent and social worker")
        << CaseBuilder().consent(false).socialWorker(QString(), QString()).build()
        << QStringList{u"consent"_s, u"social_worker_contact"_s};
    // The criteria are not among the things missing before the application.
    QTest::newRow("not eligible, nothing missing")
        << CaseBuilder().fact(&Facts::workCapacityReducedByIllness, false).build() << none;
}

void TestEligibility::missing()
{
    QFETCH(CaseRecord, record);
    QFETCH(QStringList, missing);
    QCOMPARE(codes(eligibility::missingBeforeApplication(record, Today)), missing);
    QCOMPARE(codes(assess(record, Today).missingBeforeApplication), missing);
}

void TestEligibility::readyToApply_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<bool>("ready");

    QTest::newRow("eligible, nothing missing") << CaseBuilder().build() << true;
    QTest::newRow("eligible, consent revoked on the date") << CaseBuilder().consent(true, Today).build() << false;
    QTest::newRow("eligible, consent revoked the day after")
        << CaseBuilder().consent(true, Today.addDays(1)).build() << true;
    QTest::newRow("eligible, no social worker") << CaseBuilder().noSocialWorker().build() << false;
    QTest::newRow("incomplete") << CaseBuilder().fact(&Facts::needsRehabilitation, std::nullopt).build() << false;
    QTest::newRow("not eligible") << CaseBuilder().fact(&Facts::insuredInSweden, false).build() << false;
    QTest::newRow("not applicable") << CaseBuilder().fact(&Facts::hasSgi, true).build() << false;
    QTest::newRow("no need to coordinate") << CaseBuilder().fact(&Facts::needsCoordination, false).build() << false;
    QTest::newRow("in box 2a") << CaseBuilder(Stage::Ruta2a).build() << true;
    QTest::newRow("in box 3") << CaseBuilder(Stage::Ruta3).build() << false;
    QTest::newRow("received on the date") << CaseBuilder().received(Today).build() << false;
    QTest::newRow("received the day after") << CaseBuilder().received(Today.addDays(1)).build() << true;
    QTest::newRow("advice criteria met") << CaseBuilder().advice(Today, Advice::CriteriaMet).build() << true;
    QTest::newRow("advice complement needed") << CaseBuilder().advice(Today, Advice::ComplementNeeded).build() << false;
    QTest::newRow("advice not relevant") << CaseBuilder().advice(Today, Advice::NotRelevant).build() << false;
    QTest::newRow("advice not relevant, given the day after")
        << CaseBuilder().advice(Today.addDays(1), Advice::NotRelevant).build() << true;
    QTest::newRow("not relevant, then criteria met") << CaseBuilder()
                                                            .advice(Today.addDays(-9), Advice::NotRelevant)
                                                            .advice(Today.addDays(-2), Advice::CriteriaMet)
                                                            .build()
                                                     << true;
    QTest::newRow("advice spent: given before the box was entered")
        << CaseBuilder()
               .advice(Today.addDays(-20), Advice::ComplementNeeded)
               .history({{Stage::Ruta1, Today.addDays(-60)},
                         {Stage::Ruta2a, Today.addDays(-19)},
                         {Stage::Ruta1, Today.addDays(-5)}})
               .build()
        << true;
}

void TestEligibility::readyToApply()
{
    QFETCH(CaseRecord, record);
    QFETCH(bool, ready);
    const Assessment assessment = assess(record, Today);
    QCOMPARE(assessment.readyToApply, ready);
    QCOMPARE(eligibility::readyToApply(record.stage, assessment.eligibility, assessment.missingBeforeApplication,
                                       CaseTerms::of(record, Today)),
             ready);
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
