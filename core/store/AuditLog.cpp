// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditChain.h"
#include "StoreConnection.h"
#include "StoreDialect.h"
#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A team store's server numbers and chains the row, and names its own user
// (ServerSchema, version 9); in a file each row follows the one before it
// in the chain (see AuditChain.h), worked out here.
QString insertStatement(bool server)
{
    return server ? uR"(INSERT INTO audit_log (time, "user", case_id, action, details, origin, origin_key) )"
                    uR"(VALUES (?, ?, ?, ?, ?, ?, ?))"_s
                  : uR"(INSERT INTO audit_log (id, time, "user", case_id, action, details, origin, origin_key, hash) )"
                    uR"(VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
}

bool insert(const QString &connectionName, const AuditLog::BroughtRow &content, QString *error, QSqlQuery *statement)
{
    std::optional<QSqlQuery> local;
    if (!statement)
        statement = &local.emplace(QSqlDatabase::database(connectionName, false));
    QSqlQuery &query = *statement;
    const QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    const bool server = StoreDialect::of(database).isServer();
    if (query.lastQuery().isEmpty() && !storeSql::prepare(query, insertStatement(server), error))
        return false;
    if (server) {
        query.addBindValue(content.time);
        query.addBindValue(content.user.isEmpty() ? u"?"_s : content.user);
        query.addBindValue(nullable(content.caseId));
        query.addBindValue(content.action);
        query.addBindValue(content.details.isNull() ? u""_s : content.details);
        query.addBindValue(nullable(content.origin));
        query.addBindValue(nullable(content.originKey));
        return storeSql::exec(query, error);
    }
    // Each row follows the one before it in the chain (see AuditChain.h).
    auditChain::Head head;
    if (!auditChain::head(connectionName, &head, error))
        return false;
    auditChain::RowContent row;
    row.id = head.nextId;
    row.time = content.time;
    row.user = content.user.isEmpty() ? u"?"_s : content.user;
    row.caseId = nullable(content.caseId);
    row.action = content.action;
    row.details = content.details.isNull() ? u""_s : content.details;
    row.origin = nullable(content.origin);
    row.originKey = nullable(content.originKey);
    query.addBindValue(row.id);
    query.addBindValue(row.time);
    query.addBindValue(row.user);
    query.addBindValue(row.caseId);
    query.addBindValue(row.action);
    query.addBindValue(row.details);
    query.addBindValue(row.origin);
    query.addBindValue(row.originKey);
    query.addBindValue(QString::fromLatin1(auditChain::hash(head.previousHash, row)));
    return storeSql::exec(query, error);
}

} // namespace

bool AuditLog::append(const QString &connectionName, const QString &user, const QString &caseId, const QString &action,
                      const QString &details, QString *error, QSqlQuery *statement)
{
    return insert(connectionName, BroughtRow{storeSql::nowUtc(), user, caseId, action, details, {}, {}}, error,
                  statement);
}

bool AuditLog::append(const StoreConnection &connection, const QString &caseId, const QString &action,
                      const QString &details, QString *error)
{
    QSqlQuery *statement = connection.prepared(insertStatement(connection.isServer()), error);
    return statement
        && insert(connection.name(), BroughtRow{storeSql::nowUtc(), connection.user(), caseId, action, details, {}, {}},
                  error, statement);
}

bool AuditLog::appendBrought(const QString &connectionName, const BroughtRow &row, QString *error, QSqlQuery *statement)
{
    return insert(connectionName, row, error, statement);
}

QList<AuditEntry> AuditLog::read(const QString &connectionName, const QString &caseId, QString *error)
{
    QList<AuditEntry> entries;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    const QString columns = uR"(SELECT id, time, "user", case_id, action, details FROM audit_log)"_s;
    // In the order written: a team store's rows not yet chained are pending,
    // numbered below zero, counting down (ServerSchema, version 13). A
    // file's rows are all chained, and read in the order of its key.
    const bool server = StoreDialect::of(QSqlDatabase::database(connectionName, false)).isServer();
    const QString order = server ? u" ORDER BY id < 0, abs(id)"_s : u" ORDER BY id"_s;
    if (caseId.isEmpty()) {
        if (!storeSql::prepare(query, columns + order, error))
            return entries;
    } else {
        if (!storeSql::prepare(query, columns + u" WHERE case_id = ?"_s + order, error))
            return entries;
        query.addBindValue(caseId);
    }
    if (!storeSql::exec(query, error))
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = storeSql::toUtc(query.value(1));
        entry.user = query.value(2).toString();
        entry.caseId = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.details = query.value(5).toString();
        entries << entry;
    }
    storeSql::finished(query, error);
    return entries;
}

QString AuditLog::systemUser()
{
    // The account the process runs as, never $USER or $LOGNAME: anyone can
    // set those to anyone's name.
#ifdef Q_OS_UNIX
    const uid_t uid = ::geteuid();
    if (const passwd *account = ::getpwuid(uid))
        return QString::fromLocal8Bit(account->pw_name);
    return u"uid %1"_s.arg(uid);
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace samordna
