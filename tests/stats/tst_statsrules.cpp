// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/Percentile.h"
#include "stats/StatsReport.h"
#include "stats/Suppression.h"

#include <QTest>

using namespace samordna::stats;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<int>)
Q_DECLARE_METATYPE(QList<qint64>)

// The two rules behind every follow-up figure: which value is a percentile,
// and which counts may be shown.
class TestStatsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quartiles_data();
    void quartiles();
    void ranks_data();
    void ranks();
    void emptyHasNoPercentile();

    void suppression_data();
    void suppression();
    void suppressionAcrossTwoSums();

    void quarters();
};

void TestStatsRules::quartiles_data()
{
    QTest::addColumn<QList<int>>("sorted");
    QTest::addColumn<double>("p25");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p75");

    QTest::newRow("one value") << QList<int>{10} << 10.0 << 10.0 << 10.0;
    // Odd count: the median is the middle value; h = 2, 3, 4.
    QTest::newRow("five: odd") << QList<int>{1, 2, 3, 4, 5} << 2.0 << 3.0 << 4.0;
    QTest::newRow("five, uneven steps") << QList<int>{150, 160, 170, 200, 300} << 160.0 << 170.0 << 200.0;
    // Even count: the median is the mean of the two middle values;
    // h = 1.75, 2.5, 3.25.
    QTest::newRow("four: even") << QList<int>{1, 2, 3, 4} << 1.75 << 2.5 << 3.25;
    // h = 2.25, 3.5, 4.75: 20 + 0.25·10, (30 + 40) / 2, 40 + 0.75·10.
    QTest::newRow("six") << QList<int>{10, 20, 30, 40, 50, 90} << 22.5 << 35.0 << 47.5;
    QTest::newRow("six, Söder's box 1") << QList<int>{7, 10, 11, 14, 28, 60} << 10.25 << 12.5 << 24.5;
    // h = 3.5, 6, 8.5.
    QTest::newRow("eleven") << QList<int>{7, 10, 14, 20, 28, 30, 31, 40, 50, 60, 90} << 17.0 << 30.0 << 45.0;
    // h = 3.75, 6.5, 9.25.
    QTest::newRow("twelve") << QList<int>{7, 10, 10, 11, 14, 20, 28, 30, 40, 50, 60, 90} << 10.75 << 24.0 << 42.5;
    QTest::newRow("ties") << QList<int>{0, 0, 0, 10, 10} << 0.0 << 0.0 << 10.0;
    QTest::newRow("two") << QList<int>{0, 1} << 0.25 << 0.5 << 0.75;
}

void TestStatsRules::quartiles()
{
    QFETCH(QList<int>, sorted);
    QFETCH(double, p25);
    QFETCH(double, median);
    QFETCH(double, p75);
    QCOMPARE(percentile(sorted, 1, 4).value(), p25);
    QCOMPARE(percentile(sorted, 2, 4).value(), median);
    QCOMPARE(percentile(sorted, 1, 2).value(), median);
    QCOMPARE(percentile(sorted, 3, 4).value(), p75);
    QCOMPARE(percentile(sorted, 0, 4).value(), double(sorted.constFirst()));
    QCOMPARE(percentile(sorted, 4, 4).value(), double(sorted.constLast()));
    // The same from the values counted by day, as the store groups them.
    std::map<int, qint64> counts;
    for (int value : sorted)
        ++counts[value];
    QCOMPARE(percentileOfCounts(counts, 1, 4).value(), p25);
    QCOMPARE(percentileOfCounts(counts, 2, 4).value(), median);
    QCOMPARE(percentileOfCounts(counts, 3, 4).value(), p75);
    QCOMPARE(percentileOfCounts(counts, 0, 4).value(), double(sorted.constFirst()));
    QCOMPARE(percentileOfCounts(counts, 4, 4).value(), double(sorted.constLast()));
}

void TestStatsRules::ranks_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<qint64>("lower");
    QTest::addColumn<qint64>("upper");
    QTest::addColumn<double>("weight");
    // Ranks 1 + ((n − 1)·k) / 4 and 1 + ((n − 1)·k + 3) / 4, in whole numbers.
    QTest::newRow("n=1 median") << qint64(1) << 2 << qint64(1) << qint64(1) << 0.0;
    QTest::newRow("n=5 p25") << qint64(5) << 1 << qint64(2) << qint64(2) << 0.0;
    QTest::newRow("n=6 p25") << qint64(6) << 1 << qint64(2) << qint64(3) << 0.25;
    QTest::newRow("n=6 median") << qint64(6) << 2 << qint64(3) << qint64(4) << 0.5;
    QTest::newRow("n=6 p75") << qint64(6) << 3 << qint64(4) << qint64(5) << 0.75;
    QTest::newRow("n=12 p75") << qint64(12) << 3 << qint64(9) << qint64(10) << 0.25;
    QTest::newRow("n=1000001 median") << qint64(1000001) << 2 << qint64(500001) << qint64(500001) << 0.0;
}

void TestStatsRules::ranks()
{
    QFETCH(qint64, count);
    QFETCH(int, quarter);
    QFETCH(qint64, lower);
    QFETCH(qint64, upper);
    QFETCH(double, weight);
    const PercentileRanks ranks = percentileRanks(count, quarter, QuartileDenominator);
    QCOMPARE(ranks.lower, lower);
    QCOMPARE(ranks.upper, upper);
    QCOMPARE(ranks.weight, weight);
    QCOMPARE(ranks.lower, 1 + ((count - 1) * quarter) / 4);
    QCOMPARE(ranks.upper, 1 + ((count - 1) * quarter + 3) / 4);
}

void TestStatsRules::emptyHasNoPercentile()
{
    QVERIFY(!percentile(QList<int>(), 1, 2).has_value());
    QVERIFY(!percentileOfCounts({}, 1, 2).has_value());
    QVERIFY(!percentileOfCounts({{10, 0}}, 1, 2).has_value());
}

using Visibility = SuppressionTable::Visibility;
Q_DECLARE_METATYPE(QList<Visibility>)

void TestStatsRules::suppression_data()
{
    // One sum: total = the parts; the visibility of the parts, then the total.
    QTest::addColumn<QList<qint64>>("parts");
    QTest::addColumn<QList<Visibility>>("expected");
    const Visibility S = Visibility::Shown;
    const Visibility F = Visibility::Few;
    const Visibility H = Visibility::Hidden;

    QTest::newRow("nothing small") << QList<qint64>{5, 12, 0} << QList<Visibility>{S, S, S, S};
    QTest::newRow("zero is shown") << QList<qint64>{0, 0, 0} << QList<Visibility>{S, S, S, S};
    for (qint64 few = 1; few <= 4; ++few) {
        // One small cell alone would be the total minus the others: the
        // smallest shown part goes too, the total stays.
        QTest::addRow("%lld hidden, smallest other part hidden", few)
            << QList<qint64>{few, 12, 10} << QList<Visibility>{F, S, H, S};
    }
    QTest::newRow("five is shown") << QList<qint64>{5, 12, 10} << QList<Visibility>{S, S, S, S};
    QTest::newRow("two small protect each other") << QList<qint64>{3, 2, 20} << QList<Visibility>{F, F, S, S};
    QTest::newRow("zero never chosen") << QList<qint64>{3, 0, 9} << QList<Visibility>{F, S, H, S};
    QTest::newRow("tie: the first") << QList<qint64>{8, 1, 8} << QList<Visibility>{H, F, S, S};
    QTest::newRow("small total") << QList<qint64>{3, 0, 0} << QList<Visibility>{F, S, S, F};
    QTest::newRow("zeros between") << QList<qint64>{2, 0, 0, 6} << QList<Visibility>{F, S, S, H, S};
    QTest::newRow("total hidden instead") << QList<qint64>{0, 3, 0} << QList<Visibility>{S, F, S, F};
}

void TestStatsRules::suppression()
{
    QFETCH(QList<qint64>, parts);
    QFETCH(QList<Visibility>, expected);
    SuppressionTable table;
    QList<int> cells;
    qint64 sum = 0;
    for (qint64 value : parts) {
        cells << table.addCell(value);
        sum += value;
    }
    const int total = table.addCell(sum);
    table.addSum(total, cells);
    table.apply();
    QList<Visibility> seen;
    for (int cell : cells)
        seen << table.visibility(cell);
    seen << table.visibility(total);
    QCOMPARE(seen, expected);
}

void TestStatsRules::suppressionAcrossTwoSums()
{
    // Two districts × two kinds, with the city's totals: a 2×2 table and
    // its margins. North's "other" (3) is hidden; its row would give it away
    // (12 − 9), so North's "main" goes too; the column "main" would then
    // give that away (29 − 20), and "other" the first (10 − 7): South's
    // two cells go as well. Every total stays.
    //            main  other | total
    //   North      9     3   |  12
    //   South     20     7   |  27
    //   city      29    10   |  39
    SuppressionTable table;
    const int northMain = table.addCell(9), northOther = table.addCell(3), northTotal = table.addCell(12);
    const int southMain = table.addCell(20), southOther = table.addCell(7), southTotal = table.addCell(27);
    const int cityMain = table.addCell(29), cityOther = table.addCell(10), cityTotal = table.addCell(39);
    table.addSum(northTotal, {northMain, northOther});
    table.addSum(southTotal, {southMain, southOther});
    table.addSum(cityTotal, {cityMain, cityOther});
    table.addSum(cityMain, {northMain, southMain});
    table.addSum(cityOther, {northOther, southOther});
    table.addSum(cityTotal, {northTotal, southTotal});
    table.apply();
    QCOMPARE(table.visibility(northOther), Visibility::Few);
    // Row North: 12 − 3 → the smaller part of the row is 9.
    QVERIFY(table.isHidden(northMain));
    // Column "other": 10 − 3 = 7 → South's other goes.
    QVERIFY(table.isHidden(southOther));
    // Row South then has one hidden cell: South's main goes too.
    QVERIFY(table.isHidden(southMain));
    QVERIFY(!table.isHidden(northTotal));
    QVERIFY(!table.isHidden(southTotal));
    QVERIFY(!table.isHidden(cityMain));
    QVERIFY(!table.isHidden(cityOther));
    QVERIFY(!table.isHidden(cityTotal));
}

void TestStatsRules::quarters()
{
    QCOMPARE(quarterName(QDate(2026, 3, 31)), u"2026-Q1"_s);
    QCOMPARE(quarterName(QDate(2026, 4, 1)), u"2026-Q2"_s);
    QCOMPARE(quartersBetween(QDate(2025, 12, 31), QDate(2026, 4, 1)),
             (QStringList{u"2025-Q4"_s, u"2026-Q1"_s, u"2026-Q2"_s}));
    QCOMPARE(quartersBetween(QDate(2026, 1, 1), QDate(2026, 6, 30)), (QStringList{u"2026-Q1"_s, u"2026-Q2"_s}));
    QVERIFY(quartersBetween(QDate(2026, 2, 1), QDate(2026, 1, 1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestStatsRules)
#include "tst_statsrules.moc"
