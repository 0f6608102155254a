// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <map>

#include <optional>

namespace samordna::stats {

// The percentiles of the follow-up figures, by one exact definition.
//
// For n values sorted ascending, x(1) ≤ … ≤ x(n), the p-th percentile is
//   h = (n − 1)·p + 1,   P = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋ + 1) − x(⌊h⌋)),
// linear interpolation between the two values closest in rank: Hyndman and
// Fan's definition 7, the one PostgreSQL's percentile_cont, R's quantile()
// and spreadsheets' PERCENTILE.INC use. The median of an odd count is its
// middle value, of an even count the mean of the two middle values; the
// quartiles (p = 1/4, 3/4) of whole days are whole, or end in .25, .5 or .75.
//
// p is a fraction numerator/denominator, so the ranks are worked out in
// whole numbers, exactly. The store gives durations as counts by whole day,
// and the value at a rank is read off their running sum.
struct PercentileRanks
{
    qint64 lower = 1;  // rank ⌊h⌋, 1-based
    qint64 upper = 1;  // rank ⌈h⌉
    double weight = 0; // h − ⌊h⌋, the weight of the upper value
};

PercentileRanks percentileRanks(qint64 count, int numerator, int denominator);
// The percentile from the values at the two ranks.
double interpolate(const PercentileRanks &ranks, double lowerValue, double upperValue);
// The percentile of `sorted` (ascending); nullopt when it is empty.
std::optional<double> percentile(const QList<int> &sorted, int numerator, int denominator);
// The same of whole values given as how many times each occurs (value →
// count), as a database groups them: exact, without the values one by one.
std::optional<double> percentileOfCounts(const std::map<int, qint64> &counts, int numerator, int denominator);

// The quarters the figures report: 25th percentile, median, 75th percentile.
constexpr int QuartileDenominator = 4;

} // namespace samordna::stats
