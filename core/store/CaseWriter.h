// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreTypes.h"
#include "domain/CaseRecord.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace samordna {

class StoreConnection;

// Writes a case into the normalised tables, inside the caller's
// transaction. The list columns (normalised personnummer, next due date) are
// worked out here, so every write keeps them in step with the case.
class CaseWriter
{
public:
    CaseWriter(const StoreConnection &connection, const QDate &today);

    bool insert(const CaseRecord &record, qint64 revision, const QString &time, QString *error);

    enum class Update {
        Written,
        // The stored case is no longer `before`'s revision: another save
        // came first. Nothing was written.
        Stale,
        Failed, // with `error` set
    };
    // Writes `after` as the revision after `before`'s, if the stored case
    // is still at `before`'s revision. The case's row is written first and
    // holds the case until the commit; then only the lists that changed are
    // written again. Journal notes are only appended or marked wrong, as the
    // journal's triggers demand.
    Update update(const StoredCase &before, const CaseRecord &after, const QString &time, QString *error);
    // Works out the case's next open deadline again (as of the writer's
    // date) and writes it alone: the case itself, its revision and its
    // time of change stay as they are. Nobody is told: every program works
    // the same date out of the same case.
    bool refreshNextDue(const CaseRecord &record, QString *error);

private:
    // `replaced` is the revision an update replaces; 0 for an insert.
    Update writeCaseRow(const CaseRecord &record, qint64 revision, qint64 replaced, const QString &time,
                        QString *error);
    // Writes the lists of `record`; with `before`, only those that differ
    // from it, each removed first.
    bool writeLists(const CaseRecord &record, const CaseRecord *before, QString *error);
    bool insertJournal(const QString &caseId, const QList<JournalEntry> &journal, qsizetype from, QString *error);
    bool markJournal(const QString &caseId, const QList<JournalEntry> &before, const QList<JournalEntry> &after,
                     QString *error);

    // Writes `count` rows of one of the case's lists with `insert`, whose
    // first two values are the case's id and the row's place in the list;
    // `bindRest` binds the others for the row at that place.
    // With `replace`, the case's rows of `table` are removed first.
    bool insertRows(const QString &table, bool replace, const QString &insert, const QString &caseId, qsizetype count,
                    const std::function<void(QSqlQuery &, qsizetype)> &bindRest, QString *error);

    // The statement prepared once per connection and used again for every
    // row and case it writes (StoreConnection::prepared).
    QSqlQuery *prepared(const QString &statement, QString *error);

    const StoreConnection &m_connection;
    QDate m_today;
};

} // namespace samordna
