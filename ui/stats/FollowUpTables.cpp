// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTables.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace samordna::ui {

using namespace samordna::stats;

QString FollowUpTables::boxName(Stage stage)
{
    return tr("Box %1").arg(stageNumber(stage));
}

FollowUpCell FollowUpTables::count(const ShownCount &count)
{
    switch (count.visibility) {
    case SuppressionTable::Visibility::Shown:
        return {QLocale().toString(count.value), QLocale().toString(count.value), true};
    case SuppressionTable::Visibility::Few:
        return {u"<5"_s, tr("fewer than 5"), true};
    case SuppressionTable::Visibility::Hidden:
        break;
    }
    return {u"–"_s, tr("hidden, so that another figure cannot be worked out"), true};
}

FollowUpCell FollowUpTables::days(const std::optional<double> &days)
{
    if (!days)
        return {u"–"_s, tr("not shown: fewer than 5 stays"), true};
    const QString text = QLocale().toString(*days, 'g', 8);
    return {text, text, true};
}

FollowUpCell FollowUpTables::label(const QString &text)
{
    return {text, text, false};
}

QString FollowUpTables::suppressionNote()
{
    return tr("Aggregates only. Counts from 1 to 4 are shown as <5 and days over fewer than 5 stays are not "
              "shown; – marks a figure hidden so that a hidden one cannot be worked out from a total.");
}

FollowUpTable FollowUpTables::durations(const StatsReport &report)
{
    FollowUpTable table;
    table.title = tr("Days per box");
    table.headers = {tr("Box"),    tr("Entered"),        tr("Stays ended"), tr("25th percentile"),
                     tr("Median"), tr("75th percentile")};
    for (Stage stage : allStages()) {
        const QString key = keys::boxDurations(stage);
        table.rows.append({label(boxName(stage)), count(report.count(keys::entered(stage))),
                           count(report.count(keys::completed(stage))), days(report.daysOf(keys::p25(key))),
                           days(report.daysOf(keys::median(key))), days(report.daysOf(keys::p75(key)))});
    }
    const QList<std::pair<QString, QString>> ends{
        {keys::ruta1ToRuta3(), tr("Box 1 to box 3")},
        {keys::ruta3ToRuta6(), tr("Box 3 to 6a or 6b")},
    };
    for (const auto &[key, name] : ends) {
        table.rows.append({label(name), label({}), count(report.count(keys::durationCases(key))),
                           days(report.daysOf(keys::p25(key))), days(report.daysOf(keys::median(key))),
                           days(report.daysOf(keys::p75(key)))});
    }
    return table;
}

FollowUpTable FollowUpTables::flow(const StatsReport &report)
{
    FollowUpTable table;
    table.title = tr("Cases entering each box, by quarter");
    table.headers << tr("Quarter");
    for (Stage stage : allStages())
        table.headers << boxName(stage);
    for (const QString &quarter : report.quarters) {
        QList<FollowUpCell> row{label(quarter)};
        for (Stage stage : allStages())
            row << count(report.count(keys::flow(quarter, stage)));
        table.rows.append(row);
    }
    return table;
}

FollowUpTable FollowUpTables::outcomes(const StatsReport &report)
{
    FollowUpTable table;
    table.title = tr("How cases ended");
    table.headers = {tr("Outcome"), tr("Cases")};
    table.rows.append({label(tr("Box 2b: no coordination by FK")), count(report.count(keys::outcome(Stage::Ruta2b)))});
    table.rows.append(
        {label(tr("Box 6a: full or partial work capacity")), count(report.count(keys::outcome(Stage::Ruta6a)))});
    table.rows.append({label(tr("Box 6b: no work capacity")), count(report.count(keys::outcome(Stage::Ruta6b)))});
    const QList<std::pair<QString, QString>> benefits{
        {u"aktivitetsersattning"_s, tr("6b, may apply for aktivitetsersättning")},
        {u"sjukersattning"_s, tr("6b, may apply for sjukersättning")},
        {u"none"_s, tr("6b, no benefit to apply for")},
        {u"kept_open"_s, tr("6b, kept open by FK")},
    };
    for (const auto &[code, name] : benefits)
        table.rows.append({label(name), count(report.count(keys::benefit(code)))});
    return table;
}

FollowUpTable FollowUpTables::method(const StatsReport &report)
{
    FollowUpTable table;
    table.title = tr("Konsultationsteam and the method's time limits");
    table.headers = {tr("Figure"), tr("Count")};
    const QList<std::pair<QString, QString>> rows{
        {keys::discussed(), tr("Cases discussed in the konsultationsteam")},
        {keys::advice(u"criteria_met"_s), tr("Advice: criteria met")},
        {keys::advice(u"complement_needed"_s), tr("Advice: documentation to complement")},
        {keys::advice(u"not_relevant"_s), tr("Advice: not relevant")},
        {keys::appliedWithin30Days(), tr("Applied within 30 days of \"criteria met\"")},
        {keys::invitationMet(), tr("Avstämningsmöte invited at least 2 weeks ahead")},
        {keys::invitationNotMet(), tr("Avstämningsmöte invited less than 2 weeks ahead")},
        {keys::fkContactMet(), tr("FK's contact within a week of the decision")},
        {keys::fkContactOverdue(), tr("FK's contact later than a week (contact person's turn)")},
    };
    for (const auto &[key, name] : rows)
        table.rows.append({label(name), count(report.count(key))});
    return table;
}

} // namespace samordna::ui
