// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/StatsReport.h"

#include <QCoreApplication>

class QChart;
class QPalette;

namespace samordna::ui {

// The follow-up report's charts (Qt Charts), each over the same figures as
// its table. A count shown only as "<5", or hidden, is left out of a chart:
// a bar cannot say "fewer than five". Colours follow the chart theme chosen
// for `palette`, and within and outside a time limit take the palette's
// state colours (common/StateColors.h), so the charts read on light and dark
// screens alike.
class FollowUpCharts
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCharts)

public:
    // Days per box: the box from the 25th to the 75th percentile, the
    // median across it; boxes with fewer than 5 stays are not drawn.
    static QChart *durations(const stats::StatsReport &report, const QPalette &palette);
    // Cases entering each box, stacked, quarter by quarter.
    static QChart *flow(const stats::StatsReport &report, const QPalette &palette);
    // How cases ended: 2b, 6a, 6b.
    static QChart *outcomes(const stats::StatsReport &report, const QPalette &palette);
    // The method's two time limits, within and outside them.
    static QChart *method(const stats::StatsReport &report, const QPalette &palette);

    static bool isDark(const QPalette &palette);
};

} // namespace samordna::ui
