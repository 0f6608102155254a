// SPDX-License-Identifier: GPL-3.0-or-later
#include "Percentile.h"

namespace samordna::stats {

PercentileRanks percentileRanks(qint64 count, int numerator, int denominator)
{
    Q_ASSERT(count > 0 && denominator > 0 && numerator >= 0 && numerator <= denominator);
    // (n − 1)·p = whole + part/denominator
    const qint64 scaled = (count - 1) * numerator;
    const qint64 whole = scaled / denominator;
    const qint64 part = scaled % denominator;
    PercentileRanks ranks;
    ranks.lower = 1 + whole;
    ranks.upper = ranks.lower + (part > 0 ? 1 : 0);
    ranks.weight = double(part) / denominator;
    return ranks;
}

double interpolate(const PercentileRanks &ranks, double lowerValue, double upperValue)
{
    return lowerValue + ranks.weight * (upperValue - lowerValue);
}

std::optional<double> percentile(const QList<int> &sorted, int numerator, int denominator)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const PercentileRanks ranks = percentileRanks(sorted.size(), numerator, denominator);
    return interpolate(ranks, sorted.at(ranks.lower - 1), sorted.at(ranks.upper - 1));
}

std::optional<double> percentileOfCounts(const std::map<int, qint64> &counts, int numerator, int denominator)
{
    qint64 total = 0;
    for (const auto &[value, count] : counts)
        total += count;
    if (total == 0)
        return std::nullopt;
    const PercentileRanks ranks = percentileRanks(total, numerator, denominator);
    // The value at a rank: the first whose running count reaches it.
    const auto at = [&counts](qint64 rank) {
        qint64 seen = 0;
        for (const auto &[value, count] : counts) {
            seen += count;
            if (seen >= rank)
                return value;
        }
        return counts.crbegin()->first;
    };
    return interpolate(ranks, at(ranks.lower), at(ranks.upper));
}

} // namespace samordna::stats
