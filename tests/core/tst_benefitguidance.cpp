#include "CaseBuilder.h"

#include "rules/Assessor.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Box 6b: keep the case open on a temporary deterioration; otherwise what the
// person may apply for, by age at the date and how long work capacity is reduced.
class TestBenefitGuidance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidance_data();
    void guidance();
};

void TestBenefitGuidance::guidance_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("path"); // empty: null in the report
    QTest::addColumn<bool>("keepOpen");

    const auto closed = [](const QString &pnr, std::optional<ReductionDuration> duration, Fact whole = true) {
        return CaseBuilder(Stage::Ruta6b).personnummer(pnr).closure(WorkCapacity::None, duration, whole).build();
    };
    const auto one = ReductionDuration::AtLeastOneYear;
    const auto foreseeable = ReductionDuration::ForeseeableFuture;
    const auto temporary = ReductionDuration::Temporary;
    const QDate dayBefore(2026, 11, 21);
    const QDate birthday(2026, 11, 22);
    const QString turns19 = u"20071122-1234"_s; // 19 on 2026-11-22
    const QString turns30 = u"19961122-1236"_s; // 30 on 2026-11-22
    const QString aged45 = u"19810101-1230"_s;

    QTest::newRow("temporary") << closed(turns30, temporary) << birthday << 30 << u"none"_s << true;
    QTest::newRow("temporary, not the whole labour market")
        << closed(turns30, temporary, false) << birthday << 30 << u"none"_s << true;
    QTest::newRow("not the whole labour market") << closed(turns30, foreseeable, false) << birthday << 30
                                                 << u"none"_s << false;
    QTest::newRow("whole labour market not recorded") << closed(turns30, foreseeable, std::nullopt) << birthday
                                                      << 30 << u"none"_s << false;
    QTest::newRow("18, at least one year") << closed(turns19, one) << dayBefore << 18 << u"none"_s << false;
    QTest::newRow("18, foreseeable future") << closed(turns19, foreseeable) << dayBefore << 18 << u"none"_s << false;
    QTest::newRow("19, at least one year") << closed(turns19, one) << birthday << 19 << u"aktivitetsersattning"_s
                                           << false;
    QTest::newRow("19, foreseeable future") << closed(turns19, foreseeable) << birthday << 19
                                            << u"aktivitetsersattning"_s << false;
    QTest::newRow("29, at least one year") << closed(turns30, one) << dayBefore << 29 << u"aktivitetsersattning"_s
                                           << false;
    QTest::newRow("29, foreseeable future") << closed(turns30, foreseeable) << dayBefore << 29
                                            << u"aktivitetsersattning"_s << false;
    QTest::newRow("30, at least one year") << closed(turns30, one) << birthday << 30 << u"none"_s << false;
    QTest::newRow("30, foreseeable future") << closed(turns30, foreseeable) << birthday << 30
                                            << u"sjukersattning"_s << false;
    QTest::newRow("45, foreseeable future") << closed(aged45, foreseeable) << birthday << 45 << u"sjukersattning"_s
                                            << false;
    QTest::newRow("45, at least one year") << closed(aged45, one) << birthday << 45 << u"none"_s << false;
    QTest::newRow("duration not recorded") << closed(turns19, std::nullopt) << birthday << 19 << u"none"_s << false;
    QTest::newRow("19 from a ten-digit number") << closed(u"071122-1234"_s, one) << birthday << 19
                                                << u"aktivitetsersattning"_s << false;

    // Only box 6b gives guidance.
    const auto elsewhere = [&](Stage stage) {
        return CaseBuilder(stage).personnummer(turns30).closure(WorkCapacity::None, temporary).build();
    };
    for (Stage stage : allStages()) {
        if (stage == Stage::Ruta6b)
            continue;
        const QByteArray name = stageCode(stage).toLatin1() + ": no guidance";
        QTest::newRow(name.constData()) << elsewhere(stage) << birthday << 30 << QString() << false;
    }
    QTest::newRow("ruta5, foreseeable future")
        << CaseBuilder(Stage::Ruta5).personnummer(turns30).closure(WorkCapacity::None, foreseeable).build()
        << birthday << 30 << QString() << false;
}

void TestBenefitGuidance::guidance()
{
    QFETCH(CaseRecord, record);
    QFETCH(QDate, date);
    QFETCH(int, age);
    QFETCH(QString, path);
    QFETCH(bool, keepOpen);
    const Assessment assessment = assess(record, date);
    QCOMPARE(assessment.age, std::optional<int>(age));
    QCOMPARE(assessment.benefitPath.has_value(), !path.isEmpty());
    if (assessment.benefitPath) {
        QCOMPARE(code(*assessment.benefitPath), path);
        QVERIFY(!assessment.benefitReason.isEmpty());
    }
    QCOMPARE(assessment.keepOpen, keepOpen);
}

QTEST_GUILESS_MAIN(TestBenefitGuidance)
#include "tst_benefitguidance.moc"
