// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatsDialect.h"
#include "StatsReport.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace samordna {
struct RuleData;
}

namespace samordna::stats {

// The figures before suppression: counts for every district (the
// suppression needs the whole table, or a district could be worked out
// from the city's total), days for the requested district or all.
struct RawFigures
{
    struct Days
    {
        qint64 count = 0;
        double p25 = 0;
        double median = 0;
        double p75 = 0;
    };
    // key → district ("" for cases without one) → count
    QHash<QString, QHash<QString, qint64>> counts;
    // durations key (keys::boxDurations, keys::ruta1ToRuta3 …) → days
    QHash<QString, Days> days;
    // A count known to be a sum's hidden remainder, never shown: criteria
    // met without an application within 30 days.
    static QString notAppliedWithin30Days();
};

// The SQL aggregates over the store: every figure is counted, ranked and
// grouped by the database, so no case is loaded. Stage history rows give
// the stays: a stay in a box ends where the case's next history entry
// begins, and counts in the period in which it ended.
class StatsQueries
{
public:
    StatsQueries(const QString &connectionName, const RuleData &rules);

    // nullopt with a translated error when a query fails.
    std::optional<RawFigures> run(const StatsRequest &request, const QDate &today, QString *error) const;

private:
    using RowVisitor = std::function<void(const QSqlQuery &)>;
    bool select(const QString &statement, const QVariantList &values, const RowVisitor &visit, QString *error) const;
    bool history(const StatsRequest &request, RawFigures &figures, QString *error) const;
    // One part of the figures, read inside one snapshot of the store; the
    // snapshot's mark is the last audit row it holds (every change of a
    // case writes one in its transaction; the next due dates a rule
    // refresh rewrites without one are not counted), so two parts can be
    // told to have read the same cases.
    enum class Part { History, Others, All };
    struct PartResult
    {
        RawFigures figures;
        qint64 snapshotMark = -1;
        bool ok = false;
        QString error;
    };
    PartResult readPart(Part part, const StatsRequest &request, const QDate &today) const;
    // A store file's parts read side by side on two connections; nullopt
    // when they did not read the same snapshot and must be read in one.
    std::optional<PartResult> readSideBySide(const StatsRequest &request, const QDate &today) const;
    bool benefits(const StatsRequest &request, RawFigures &figures, QString *error) const;
    bool konsultationsteam(const StatsRequest &request, RawFigures &figures, QString *error) const;
    bool method(const StatsRequest &request, const QDate &today, RawFigures &figures, QString *error) const;
    QString historySql(const StatsRequest &request, QVariantList *values) const;

    QString m_connectionName;
    const RuleData &m_rules;
    StatsDialect m_dialect;
};

} // namespace samordna::stats
