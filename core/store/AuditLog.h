// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreTypes.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace samordna {

class StoreConnection;

// The append-only audit log. Rows name fields and actions, never personal
// values; the table's triggers refuse UPDATE and DELETE.
class AuditLog
{
public:
    // Appends one row inside the caller's transaction. `statement`, when
    // given, is prepared on the first call and used again for the next rows
    // (a bulk import writes one per case).
    static bool append(const QString &connectionName, const QString &user, const QString &caseId, const QString &action,
                       const QString &details, QString *error, QSqlQuery *statement = nullptr);
    // The same for the connection's user, with the statement the
    // connection keeps prepared (every save and opening writes a row).
    static bool append(const StoreConnection &connection, const QString &caseId, const QString &action,
                       const QString &details, QString *error);

    // A row first written elsewhere (a file taken along offline), with the
    // time it was written there and where it came from; `originKey` names
    // the row itself, so it is brought once.
    struct BroughtRow
    {
        QString time; // as the file wrote it
        QString user;
        QString caseId;
        QString action;
        QString details;
        QString origin;
        QString originKey;
    };
    // Appends it inside the caller's transaction, chained as any other row.
    static bool appendBrought(const QString &connectionName, const BroughtRow &row, QString *error,
                              QSqlQuery *statement = nullptr);
    // Rows in the order written; every row when caseId is empty.
    static QList<AuditEntry> read(const QString &connectionName, const QString &caseId, QString *error);
    // The OS user the session runs as.
    static QString systemUser();
};

} // namespace samordna
