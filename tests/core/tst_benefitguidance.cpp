// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/Assessor.h"
#include "rules/BenefitGuidance.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Boxes 6b, and 6a with partial work capacity: what the person may apply
// for, by the law's calendar-month limits (33 kap. SFB) and how long and
// against what work capacity is reduced; a temporary deterioration keeps the
// case open in 6b.
class TestBenefitGuidance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidance_data();
    void guidance();
    void windows_data();
    void windows();
};

namespace {

const QString Born2007Nov = u"20071122-1234"_s; // July of the 19th year: 2026-07
const QString Born1996Nov = u"19961122-1236"_s; // 30th birthday month: 2026-11
const QString Born1960Nov = u"19601130-1238"_s; // riktålder 67: 2027-11
const QString Born1959Nov = u"19591130-1231"_s; // riktålder 66: 2025-11
const QString Born1963Apr = u"19630402-1238"_s; // older band from 2025-03
const QString Born1981Jan = u"19810101-1230"_s;

QStringList codes(const QList<BenefitPath> &paths)
{
    QStringList result;
    for (BenefitPath path : paths)
        result << code(path);
    return result;
}

} // namespace

void TestBenefitGuidance::guidance_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("path"); // empty: null in the report
    QTest::addColumn<QStringList>("alternatives");
    QTest::addColumn<bool>("keepOpen");

    const auto in6b = [](const QString &pnr, std::optional<ReductionDuration> duration, Fact whole = true) {
        return CaseBuilder(Stage::Ruta6b).personnummer(pnr).closure(WorkCapacity::None, duration, whole).build();
    };
    const auto in6a = [](const QString &pnr, WorkCapacity capacity, std::optional<ReductionDuration> duration,
                         Fact whole = true) {
        return CaseBuilder(Stage::Ruta6a).personnummer(pnr).closure(capacity, duration, whole).build();
    };
    const auto one = ReductionDuration::AtLeastOneYear;
    const auto foreseeable = ReductionDuration::ForeseeableFuture;
    const auto temporary = ReductionDuration::Temporary;
    const QStringList none;
    const QStringList sjuk{u"sjukersattning"_s};

    QTest::newRow("temporary") << in6b(Born1996Nov, temporary) << QDate(2026, 11, 22) << u"none"_s << none << true;
    QTest::newRow("temporary, not the whole labour market")
        << in6b(Born1996Nov, temporary, false) << QDate(2026, 11, 22) << u"none"_s << none << true;
    QTest::newRow("not the whole labour market")
        << in6b(Born1981Jan, foreseeable, false) << QDate(2026, 11, 22) << u"none"_s << none << false;
    QTest::newRow("whole labour market not recorded")
        << in6b(Born1981Jan, foreseeable, std::nullopt) << QDate(2026, 11, 22) << u"none"_s << none << false;
    QTest::newRow("duration not recorded")
        << in6b(Born1981Jan, std::nullopt) << QDate(2026, 11, 22) << u"none"_s << none << false;

    // July of the year of turning 19, whatever the birthday.
    QTest::newRow("30 June of the 19th year")
        << in6b(Born2007Nov, one) << QDate(2026, 6, 30) << u"none"_s << none << false;
    QTest::newRow("1 July of the 19th year, aged 18")
        << in6b(Born2007Nov, one) << QDate(2026, 7, 1) << u"aktivitetsersattning"_s << none << false;
    QTest::newRow("19, foreseeable future: full sjukersättning also possible")
        << in6b(Born2007Nov, foreseeable) << QDate(2026, 11, 22) << u"aktivitetsersattning"_s << sjuk << false;
    QTest::newRow("19, temporary in 6a") << in6a(Born2007Nov, WorkCapacity::Partial, temporary) << QDate(2026, 11, 22)
                                         << u"none"_s << none << false;

    // The month of the 30th birthday.
    QTest::newRow("last day before the 30th birthday's month, one year")
        << in6b(Born1996Nov, one) << QDate(2026, 10, 31) << u"aktivitetsersattning"_s << none << false;
    QTest::newRow("last day before the 30th birthday's month, foreseeable")
        << in6b(Born1996Nov, foreseeable) << QDate(2026, 10, 31) << u"aktivitetsersattning"_s << sjuk << false;
    QTest::newRow("first day of the 30th birthday's month, aged 29, foreseeable")
        << in6b(Born1996Nov, foreseeable) << QDate(2026, 11, 1) << u"sjukersattning"_s << none << false;
    QTest::newRow("first day of the 30th birthday's month, one year")
        << in6b(Born1996Nov, one) << QDate(2026, 11, 1) << u"none"_s << none << false;
    QTest::newRow("45, foreseeable future")
        << in6b(Born1981Jan, foreseeable) << QDate(2026, 11, 22) << u"sjukersattning"_s << none << false;
    QTest::newRow("45, at least one year")
        << in6b(Born1981Jan, one) << QDate(2026, 11, 22) << u"none"_s << none << false;

    // The older band: the last 61 months before the riktålder.
    QTest::newRow("day before the older band, not the whole labour market")
        << in6b(Born1963Apr, foreseeable, false) << QDate(2025, 2, 28) << u"none"_s << none << false;
    QTest::newRow("first day of the older band, not the whole labour market")
        << in6b(Born1963Apr, foreseeable, false) << QDate(2025, 3, 1) << u"sjukersattning"_s << none << false;
    QTest::newRow("older band, labour market not recorded")
        << in6b(Born1963Apr, foreseeable, std::nullopt) << QDate(2026, 11, 22) << u"sjukersattning"_s << none << false;
    QTest::newRow("older band, at least one year, not the whole labour market")
        << in6b(Born1963Apr, one, false) << QDate(2026, 11, 22) << u"none"_s << none << false;

    // The riktålder för pension by birth year: 67 from 1960, 66 before.
    QTest::newRow("born 1960: last day before the 67th birthday's month")
        << in6b(Born1960Nov, foreseeable) << QDate(2027, 10, 31) << u"sjukersattning"_s << none << false;
    QTest::newRow("born 1960: the 67th birthday's month")
        << in6b(Born1960Nov, foreseeable) << QDate(2027, 11, 1) << u"none"_s << none << false;
    QTest::newRow("born 1960: aged 65") << in6b(Born1960Nov, foreseeable) << QDate(2026, 11, 22) << u"sjukersattning"_s
                                        << none << false;
    QTest::newRow("born 1959: last day before the 66th birthday's month")
        << in6b(Born1959Nov, foreseeable) << QDate(2025, 10, 31) << u"sjukersattning"_s << none << false;
    QTest::newRow("born 1959: the 66th birthday's month")
        << in6b(Born1959Nov, foreseeable) << QDate(2025, 11, 1) << u"none"_s << none << false;

    // Box 6a: only with partial work capacity, and no alternatives.
    QTest::newRow("6a partial, 45, foreseeable") << in6a(Born1981Jan, WorkCapacity::Partial, foreseeable)
                                                 << QDate(2026, 11, 22) << u"sjukersattning"_s << none << false;
    QTest::newRow("6a partial, 19, foreseeable") << in6a(Born2007Nov, WorkCapacity::Partial, foreseeable)
                                                 << QDate(2026, 11, 22) << u"aktivitetsersattning"_s << none << false;
    QTest::newRow("6a full: no guidance")
        << in6a(Born1981Jan, WorkCapacity::Full, foreseeable) << QDate(2026, 11, 22) << QString() << none << false;
    QTest::newRow("6a capacity not recorded: no guidance")
        << CaseBuilder(Stage::Ruta6a).personnummer(Born1981Jan).build() << QDate(2026, 11, 22) << QString() << none
        << false;

    // Elsewhere no guidance.
    for (Stage stage : allStages()) {
        if (stage == Stage::Ruta6b || stage == Stage::Ruta6a)
            continue;
        const QByteArray name = stageCode(stage).toLatin1() + ": no guidance";
        QTest::newRow(name.constData())
            << CaseBuilder(stage).personnummer(Born1996Nov).closure(WorkCapacity::None, temporary).build()
            << QDate(2026, 11, 22) << QString() << none << false;
    }
}

void TestBenefitGuidance::guidance()
{
    QFETCH(CaseRecord, record);
    QFETCH(QDate, date);
    QFETCH(QString, path);
    QFETCH(QStringList, alternatives);
    QFETCH(bool, keepOpen);
    const Assessment assessment = assess(record, date);
    QCOMPARE(assessment.benefitPath ? code(*assessment.benefitPath) : QString(), path);
    if (assessment.benefitPath)
        QVERIFY(!assessment.benefitReason.isEmpty());
    QCOMPARE(codes(assessment.benefitAlternatives), alternatives);
    QCOMPARE(assessment.keepOpen, keepOpen);
}

void TestBenefitGuidance::windows_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("riktalder");
    QTest::addColumn<QDate>("activityFrom");
    QTest::addColumn<QDate>("activityUntil");
    QTest::addColumn<QDate>("sicknessFrom");
    QTest::addColumn<QDate>("sicknessUntil");
    QTest::addColumn<QDate>("olderBandFrom");

    QTest::newRow("born 1960-11-30") << QDate(1960, 11, 30) << 67 << QDate(1979, 7, 1) << QDate(1990, 10, 31)
                                     << QDate(1990, 11, 1) << QDate(2027, 10, 31) << QDate(2022, 10, 1);
    QTest::newRow("born 1959-12-31") << QDate(1959, 12, 31) << 66 << QDate(1978, 7, 1) << QDate(1989, 11, 30)
                                     << QDate(1989, 12, 1) << QDate(2025, 11, 30) << QDate(2020, 11, 1);
    QTest::newRow("born 2000-01-01") << QDate(2000, 1, 1) << 67 << QDate(2019, 7, 1) << QDate(2029, 12, 31)
                                     << QDate(2030, 1, 1) << QDate(2066, 12, 31) << QDate(2061, 12, 1);
}

void TestBenefitGuidance::windows()
{
    QFETCH(QDate, birth);
    const benefit::AgeWindows w = benefit::AgeWindows::of(birth, RuleData::standard());
    QTEST(w.riktalder, "riktalder");
    QTEST(w.activityFrom, "activityFrom");
    QTEST(w.activityUntil, "activityUntil");
    QTEST(w.sicknessFrom, "sicknessFrom");
    QTEST(w.sicknessUntil, "sicknessUntil");
    QTEST(w.olderBandFrom, "olderBandFrom");
}

QTEST_GUILESS_MAIN(TestBenefitGuidance)
#include "tst_benefitguidance.moc"
