// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMaintenance.h"

#include "AuditLog.h"
#include "StoreConnection.h"
#include "StoreFile.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "TableCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

StoreMaintenance::StoreMaintenance(const StoreConnection &connection)
    : m_connection(connection)
{
}

bool StoreMaintenance::backup(const QString &target, QString *error) const
{
    QString problem;
    const auto finish = [&](bool ok) {
        if (error)
            *error = problem;
        return ok;
    };
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QFileInfo info(absolute);
    if (m_connection.isServer()) {
        if (info.exists() && (info.size() > 0 || !info.isFile())) {
            problem = QCoreApplication::translate("CaseStore", "%1 exists already; choose a new file for the backup")
                          .arg(native(absolute));
            return finish(false);
        }
        const bool ok = backupServer(absolute, &problem);
        if (!ok && !info.exists()) {
            QFile::remove(absolute);
            QFile::remove(absolute + u"-wal"_s);
            QFile::remove(absolute + u"-shm"_s);
        }
        return finish(ok);
    }
    if (absolute == m_connection.location()) {
        problem = QCoreApplication::translate("CaseStore", "the backup cannot be the store itself");
        return finish(false);
    }
    // VACUUM INTO writes only into a new or empty file; an existing backup
    // is never overwritten.
    if (info.exists() && (info.size() > 0 || !info.isFile())) {
        problem = QCoreApplication::translate("CaseStore", "%1 exists already; choose a new file for the backup")
                      .arg(native(absolute));
        return finish(false);
    }
    const bool created = !info.exists();
    if (created && !StoreFile::createPrivate(absolute, &problem))
        return finish(false);

    QSqlQuery query(m_connection.database());
    QString sqlError;
    if (!storeSql::prepare(query, u"VACUUM INTO ?"_s, &sqlError)) {
        problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(sqlError);
        return finish(false);
    }
    query.addBindValue(absolute);
    if (!storeSql::exec(query, &sqlError)) {
        if (created)
            QFile::remove(absolute);
        problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(sqlError);
        return finish(false);
    }
    query.finish();
    QFile::setPermissions(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#ifdef Q_OS_UNIX
    // VACUUM INTO leaves the copy to the operating system's cache; a backup
    // is only a backup once it is on disk.
    {
        QFile file(absolute);
        if (file.open(QIODevice::ReadOnly))
            ::fsync(file.handle());
    }
#endif
    if (!m_connection.isReadOnly()) {
        QString auditError;
        StoreTransaction transaction(m_connection);
        if (!transaction.begin(&auditError)
            || !AuditLog::append(m_connection.name(), m_connection.user(), {}, u"backup"_s, {}, &auditError)
            || !transaction.commit(&auditError)) {
            // A copy of every case that is not on record must not exist.
            QFile::remove(absolute);
            problem = QCoreApplication::translate("CaseStore",
                                                  "the backup was removed because the audit log cannot be written: %1")
                          .arg(auditError);
            return finish(false);
        }
    }
    return finish(true);
}

// What the user may see of a team store, as a store file: every table
// read in one snapshot (REPEATABLE READ), so the copy is one moment's
// store, and the "backup" audit row written in that same transaction. The
// file is kept only when the server committed the row.
bool StoreMaintenance::backupServer(const QString &target, QString *problem) const
{
    const auto failed = [&](const QString &why) {
        *problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(why);
        return false;
    };
    if (m_connection.isReadOnly())
        return failed(m_connection.readOnlyReason());
    auto opened = StoreConnection::openFile(target, StoreConnection::Mode::ReadWrite);
    if (!opened.connection)
        return failed(opened.error);
    const StoreConnection &file = *opened.connection;
    QString error;
    QSqlQuery server(m_connection.database());
    if (!storeSql::exec(server, u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s, &error))
        return failed(error);
    bool serverOpen = true;
    const auto rollbackServer = qScopeGuard([&] {
        if (serverOpen)
            QSqlQuery(m_connection.database()).exec(u"ROLLBACK"_s);
    });
    {
        StoreTransaction transaction(file);
        QSqlQuery pragma(file.database());
        if (!transaction.begin(&error) || !storeSql::exec(pragma, u"PRAGMA defer_foreign_keys = ON"_s, &error))
            return failed(error);
        const QStringList tables = TableCopy::fileTables(file.database(), &error);
        if (tables.isEmpty())
            return failed(error);
        for (const QString &table : tables) {
            const QStringList columns = TableCopy::fileColumns(file.database(), table, &error);
            if (columns.isEmpty()
                || TableCopy::copy(m_connection.database(), file.database(), table, columns, {}, &error) < 0)
                return failed(error);
        }
        if (!AuditLog::append(m_connection.name(), m_connection.user(), {}, u"backup"_s, {}, &error)
            || !transaction.commit(&error))
            return failed(error);
    }
    opened.connection.reset();
#ifdef Q_OS_UNIX
    {
        QFile copy(target);
        if (copy.open(QIODevice::ReadOnly))
            ::fsync(copy.handle());
    }
#endif
    serverOpen = false;
    if (!storeSql::exec(server, u"COMMIT"_s, &error)) {
        QFile::remove(target);
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
        *problem = QCoreApplication::translate("CaseStore",
                                               "the backup was removed because the audit log cannot be written: %1")
                       .arg(error);
        return false;
    }
    return true;
}

QStringList StoreMaintenance::check() const
{
    QStringList problems;
    // The server checks its own pages and enforces the references on every
    // write; nothing is left to walk from here.
    if (m_connection.isServer())
        return problems;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query, u"PRAGMA integrity_check"_s, &error)) {
        problems << error;
    } else {
        while (query.next()) {
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        }
        if (!storeSql::finished(query, &error))
            problems << error;
        query.finish();
    }
    if (!storeSql::exec(query, u"PRAGMA foreign_key_check"_s, &error)) {
        problems << error;
    } else {
        while (query.next())
            problems << QCoreApplication::translate("CaseStore", "%1 row %2 refers to a missing row in %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        if (!storeSql::finished(query, &error))
            problems << error;
        query.finish();
    }
    return problems;
}

} // namespace samordna
