// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

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

bool AuditLog::append(const QString &connectionName, const QString &user, const QString &caseId, const QString &action,
                      const QString &details, QString *error, QSqlQuery *statement)
{
    std::optional<QSqlQuery> local;
    if (!statement)
        statement = &local.emplace(QSqlDatabase::database(connectionName, false));
    QSqlQuery &query = *statement;
    if (query.lastQuery().isEmpty()
        && !storeSql::prepare(
            query, uR"(INSERT INTO audit_log (time, "user", case_id, action, details) VALUES (?, ?, ?, ?, ?))"_s,
            error))
        return false;
    query.addBindValue(storeSql::nowUtc());
    query.addBindValue(user.isEmpty() ? u"?"_s : user);
    query.addBindValue(caseId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(caseId));
    query.addBindValue(action);
    query.addBindValue(details.isNull() ? u""_s : details);
    return storeSql::exec(query, error);
}

QList<AuditEntry> AuditLog::read(const QString &connectionName, const QString &caseId, QString *error)
{
    QList<AuditEntry> entries;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    const QString columns = uR"(SELECT id, time, "user", case_id, action, details FROM audit_log)"_s;
    if (caseId.isEmpty()) {
        if (!storeSql::prepare(query, columns + u" ORDER BY id"_s, error))
            return entries;
    } else {
        if (!storeSql::prepare(query, columns + u" WHERE case_id = ? ORDER BY id"_s, error))
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
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Services and some terminals run without USER; the account still has a name.
    if (user.isEmpty()) {
        if (const passwd *account = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user;
}

} // namespace samordna
