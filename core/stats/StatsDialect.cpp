// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsDialect.h"

using namespace Qt::StringLiterals;

namespace samordna::stats {

StatsDialect StatsDialect::forDriver(const QString &driverName)
{
    return StatsDialect(driverName == u"QPSQL" ? Kind::Postgres : Kind::Sqlite);
}

QString StatsDialect::daysBetween(const QString &earlier, const QString &later) const
{
    switch (m_kind) {
    case Kind::Postgres:
        return u"(CAST(%2 AS DATE) - CAST(%1 AS DATE))"_s.arg(earlier, later);
    case Kind::Sqlite:
        break;
    }
    // Julian day numbers of two midnights differ by a whole number.
    return u"CAST(julianday(%2) - julianday(%1) AS INTEGER)"_s.arg(earlier, later);
}

QString StatsDialect::quarterOf(const QString &date) const
{
    // The stores keep dates as ISO text in both dialects; a team store with
    // DATE columns would use EXTRACT(YEAR …) * 10 + EXTRACT(QUARTER …) here.
    return u"(CAST(substr(%1, 1, 4) AS INTEGER) * 10 + (CAST(substr(%1, 6, 2) AS INTEGER) + 2) / 3)"_s.arg(date);
}

QString StatsDialect::beginSnapshot() const
{
    switch (m_kind) {
    case Kind::Postgres:
        // READ COMMITTED would give each statement its own snapshot.
        return u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    case Kind::Sqlite:
        break;
    }
    // A deferred transaction reads one snapshot of a WAL store.
    return u"BEGIN"_s;
}

QString StatsDialect::snapshotSettings() const
{
    switch (m_kind) {
    case Kind::Postgres:
        return u"SET LOCAL work_mem = '64MB'"_s;
    case Kind::Sqlite:
        break;
    }
    return {};
}

QString StatsDialect::endSnapshot() const
{
    return u"ROLLBACK"_s;
}

} // namespace samordna::stats
