// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Suppression.h"
#include "domain/Stage.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace samordna::stats {

// What the follow-up figures are asked for: a period (both days included)
// and one district, or all when empty.
struct StatsRequest
{
    QDate from;
    QDate to;
    QString district;
};

// A count as it may be shown (see Suppression.h).
struct ShownCount
{
    qint64 value = 0; // the true count; never shown when hidden
    SuppressionTable::Visibility visibility = SuppressionTable::Visibility::Shown;

    bool isShown() const { return visibility == SuppressionTable::Visibility::Shown; }
    // "12", "<5", or "" for a cell hidden to protect another.
    QString text() const;
};

// The figures' names, one place for the report, the JSON, the CSV and the
// view. A count's key reads as its path in the JSON ("boxes.ruta1.entered").
namespace keys {
QString cases();
QString entered(Stage stage);
QString completed(Stage stage);
// "boxes.ruta1" or "endToEnd.ruta1ToRuta3", with a quartile's suffix.
QString boxDurations(Stage stage);
QString ruta1ToRuta3();
QString ruta3ToRuta6();
QString durationCases(const QString &durations); // "…cases" of an end-to-end figure
QString p25(const QString &durations);
QString median(const QString &durations);
QString p75(const QString &durations);
QString outcome(Stage stage);
QStringList benefitCodes(); // aktivitetsersattning, sjukersattning, none, kept_open
QString benefit(const QString &code);
QStringList adviceCodes(); // criteria_met, complement_needed, not_relevant
QString advice(const QString &code);
QString discussed();
QString appliedWithin30Days();
QString invitationMet();
QString invitationNotMet();
QString fkContactMet();
QString fkContactOverdue();
// Cases entering a box in one quarter: "flow.2026-Q1.ruta3".
QString flow(const QString &quarter, Stage stage);
} // namespace keys

// The boxes whose end is the end of the case in the process.
const QList<Stage> &outcomeStages();

// The figures for one request, already suppressed: nothing in it can name
// or single out a person, and it holds no case id.
struct StatsReport
{
    QDate from;
    QDate to;
    QString district;     // empty: all districts
    QStringList quarters; // "2026-Q1" …, the quarters the period touches
    QMap<QString, ShownCount> counts;
    // Days, by key; nullopt when hidden (fewer than 5 stays) or none.
    QMap<QString, std::optional<double>> days;

    ShownCount count(const QString &key) const { return counts.value(key); }
    std::optional<double> daysOf(const QString &key) const { return days.value(key); }
};

// "2026-Q3" for a day in July–September 2026.
QString quarterName(const QDate &date);
// The quarters from `from`'s to `to`'s, in order.
QStringList quartersBetween(const QDate &from, const QDate &to);

} // namespace samordna::stats
