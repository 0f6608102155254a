// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna::stats {

// The few places where the follow-up SQL differs between the local store
// (SQLite) and the team store (PostgreSQL). Everything else in the
// aggregates is SQL both accept: CTEs, window functions, CASE, COALESCE,
// integer division and substr on the stores' ISO date text.
class StatsDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    // By Qt's driver name ("QSQLITE", "QPSQL").
    static StatsDialect forDriver(const QString &driverName);

    Kind kind() const { return m_kind; }
    // Whole days from the ISO date `earlier` to `later` (both SQL expressions).
    QString daysBetween(const QString &earlier, const QString &later) const;
    // The quarter of an ISO date as year·10 + quarter (20263 for July 2026).
    QString quarterOf(const QString &date) const;
    // One snapshot for every query of a report, so its figures agree even
    // while others save; ended by `endSnapshot()`.
    QString beginSnapshot() const;
    // Run right after it (none when empty): the memory the report's
    // grouping may take. Grouping the konsultationsteam's meetings by case
    // holds ~27 MB at 180,000 a year; PostgreSQL's default 4 MB spilled it
    // to disk and took 860 ms instead of 320. Ends with the snapshot.
    QString snapshotSettings() const;
    QString endSnapshot() const;

private:
    explicit StatsDialect(Kind kind)
        : m_kind(kind)
    {
    }
    Kind m_kind;
};

} // namespace samordna::stats
