// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/StatsReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace samordna::ui {

// One figure as a table shows it: the text, and what a screen reader says
// for it ("<5" is read as "fewer than 5").
struct FollowUpCell
{
    QString text;
    QString spoken;
    bool number = false; // aligned to the right
};

// A table of the follow-up report: the view shows it beside its chart and
// the printed report prints it, so both say the same.
struct FollowUpTable
{
    QString title;
    QStringList headers;
    QList<QList<FollowUpCell>> rows;
};

// The report's figures as the four tables of the view, in the user's
// language and number format.
class FollowUpTables
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpTables)

public:
    static FollowUpTable durations(const stats::StatsReport &report);
    static FollowUpTable flow(const stats::StatsReport &report);
    static FollowUpTable outcomes(const stats::StatsReport &report);
    static FollowUpTable method(const stats::StatsReport &report);

    // "Box 1", "Box 2a" … as the charts and tables name the boxes.
    static QString boxName(Stage stage);
    static FollowUpCell count(const stats::ShownCount &count);
    static FollowUpCell days(const std::optional<double> &days);
    static FollowUpCell label(const QString &text);
    // What the report says about suppression, for the view and the print.
    static QString suppressionNote();
};

} // namespace samordna::ui
