// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>

namespace samordna {

// Writes a case into the normalised tables, inside the caller's
// transaction. The list columns (normalised personnummer, next due date) are
// worked out here, so every write keeps them in step with the case.
class CaseWriter
{
public:
    CaseWriter(const QString &connectionName, const QDate &today);

    bool insert(const CaseRecord &record, qint64 revision, const QString &time, QString *error);
    // Rewrites the case's row and child lists; journal notes are only
    // appended or marked wrong, as the journal's triggers demand.
    bool update(const CaseRecord &before, const CaseRecord &after, qint64 revision, const QString &time,
                QString *error);
    // Works out the case's next open deadline again (as of the writer's
    // date) and writes it alone: the case itself, its revision and its
    // time of change stay as they are.
    bool refreshNextDue(const CaseRecord &record, QString *error);

private:
    bool writeCaseRow(bool insert, const CaseRecord &record, qint64 revision, const QString &time, QString *error);
    bool replaceRevisionTwoLists(const CaseRecord &record, QString *error);
    bool replaceLists(const CaseRecord &record, QString *error);
    bool removeLists(const QString &caseId, QString *error);
    bool insertJournal(const QString &caseId, const QList<JournalEntry> &journal, qsizetype from, QString *error);
    bool markJournal(const QString &caseId, const QList<JournalEntry> &before, const QList<JournalEntry> &after,
                     QString *error);

    // Writes `count` rows of one of the case's lists with `insert`, whose
    // first two values are the case's id and the row's place in the list;
    // `bindRest` binds the others for the row at that place.
    bool insertRows(const QString &insert, const QString &caseId, qsizetype count,
                    const std::function<void(QSqlQuery &, qsizetype)> &bindRest, QString *error);

    // The statement prepared once per writer and used again for every row
    // and case it writes: preparing was ~40% of a bulk import. Null after a
    // failure, with `error` set.
    QSqlQuery *prepared(const QString &statement, QString *error);

    QString m_connectionName;
    QDate m_today;
    std::map<QString, QSqlQuery> m_queries; // node-based: a pointer stays valid as others are added
};

} // namespace samordna
