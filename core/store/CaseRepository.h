// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreTypes.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace samordna {

class StoreConnection;

// Cases as the store keeps them: reads, and writes inside the caller's
// transaction. It only persists; what may be written, and what is audited,
// is the case service's to decide.
class CaseRepository
{
public:
    explicit CaseRepository(const StoreConnection &connection);

    // The case, nothing when there is no such case, or why it cannot be read.
    ReadResult<StoredCase> load(const QString &id) const;
    // Inside a write transaction: holds the case until the commit (see
    // StoreDialect::lockCase) and gives its revision, the one the write
    // will replace; 0 when there is no such case, -1 on error. Asked before
    // the case is read, so a save that conflicts lets go of the case at
    // once instead of reading all of it first.
    qint64 lockForWrite(const QString &id, QString *error) const;
    // The stored revision, 0 when there is no such case, -1 on error.
    qint64 revision(const QString &id, QString *error) const;
    // What the ids of new cases begin with: "S-", or in a file taken along
    // offline a prefix of its own, so a case made there can never take an
    // id the team store or another file gives. Empty on error.
    QString idPrefix(QString *error) const;
    // The highest number among the ids with that prefix ("S-000123"), 0
    // when none; -1 on error.
    qint64 highestNumber(QString *error) const;
    // The first free id after the highest; empty on error.
    QString nextFreeId(QString *error) const;
    static QString numberedId(const QString &prefix, qint64 number);

    // The list row of one case; nothing when there is no such case.
    ReadResult<CaseSummary> summary(const QString &id) const;
    ReadResult<int> count() const;
    // Rows in id order, `limit` from `offset`.
    ReadResult<QList<CaseSummary>> summaries(int offset, int limit) const;
    // The next `limit` rows in id order after the case `afterId`.
    ReadResult<QList<CaseSummary>> summariesAfter(const QString &afterId, int limit) const;
    // Every row in id order, streamed; the reason reading stopped early
    // (a damaged page), empty when every row was read.
    QString forEachSummary(const std::function<void(const CaseSummary &)> &visit) const;
    ReadResult<QStringList> idsForPersonnummer(const QString &normalized) const;

private:
    ReadResult<QList<CaseSummary>> summaryRows(QSqlQuery &query, int reserve) const;

    const StoreConnection &m_connection;
};

} // namespace samordna
