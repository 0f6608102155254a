// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMaintenance.h"

#include "AuditChain.h"
#include "AuditLog.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "TableCopy.h"
#include "safety/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// What SQLite may leave beside a copy it was writing.
void removeSideFiles(const QString &path)
{
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
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
    if (!m_connection.isServer() && absolute == m_connection.location()) {
        problem = QCoreApplication::translate("CaseStore", "the backup cannot be the store itself");
        return finish(false);
    }
    if (m_connection.isReadOnly() && m_connection.isServer()) {
        problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(m_connection.readOnlyReason());
        return finish(false);
    }
    // The copy is made under a temporary name (0600, never through a link)
    // and takes the backup's name only when it is whole, on disk and on
    // record; an existing file is never overwritten.
    OutputFile output(absolute, OutputFile::Existing::Refuse);
    if (!output.create(&problem))
        return finish(false);
    const QString temporary = output.temporaryPath();
    const auto cleanUp = qScopeGuard([&] { removeSideFiles(temporary); });

    if (m_connection.isServer()) {
        if (!copyServer(temporary, &problem))
            return finish(false);
    } else {
        QSqlQuery query(m_connection.database());
        QString sqlError;
        if (!storeSql::prepare(query, u"VACUUM INTO ?"_s, &sqlError)) {
            problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(sqlError);
            return finish(false);
        }
        query.addBindValue(temporary);
        const bool copied = storeSql::exec(query, &sqlError);
        query.finish();
        if (!copied) {
            problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(sqlError);
            return finish(false);
        }
    }
    if (!output.finish(&problem))
        return finish(false);
    if (!m_connection.isReadOnly()) {
        QString auditError;
        StoreTransaction transaction(m_connection);
        if (!transaction.begin(&auditError)
            || !AuditLog::append(m_connection.name(), m_connection.user(), {}, u"backup"_s, {}, &auditError)
            || !transaction.commit(&auditError)) {
            // A copy of every case that is not on record must not exist.
            problem = QCoreApplication::translate("CaseStore",
                                                  "the backup was not made because the audit log cannot be written: %1")
                          .arg(auditError);
            return finish(false);
        }
    }
    if (!output.publish(&problem))
        return finish(false);
    return finish(true);
}

// What the user may see of a team store, as a store file: every table
// read in one snapshot (REPEATABLE READ), so the copy is one moment's
// store. The "backup" audit row is written after, in a transaction of its
// own, as for a file: the audit log's chain takes its rows one writer at a
// time, which a snapshot this long must not hold up (nor be refused by).
bool StoreMaintenance::copyServer(const QString &target, QString *problem) const
{
    const auto failed = [&](const QString &why) {
        *problem = QCoreApplication::translate("CaseStore", "the backup failed: %1").arg(why);
        return false;
    };
    auto opened = StoreConnection::openFile(target, StoreConnection::Mode::ReadWrite);
    if (!opened.connection)
        return failed(opened.error);
    const StoreConnection &file = *opened.connection;
    QString error;
    // The audit rows as numbered in the chain, not pending.
    m_connection.chainAuditRows();
    QSqlQuery server(m_connection.database());
    if (!storeSql::exec(server, u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, &error))
        return failed(error);
    const auto endServer = qScopeGuard([&] { QSqlQuery(m_connection.database()).exec(u"ROLLBACK"_s); });
    StoreTransaction transaction(file);
    QSqlQuery pragma(file.database());
    if (!transaction.begin(&error) || !storeSql::exec(pragma, u"PRAGMA defer_foreign_keys = ON"_s, &error))
        return failed(error);
    const QStringList tables = TableCopy::fileTables(file.database(), &error);
    if (tables.isEmpty())
        return failed(error);
    for (const QString &table : tables) {
        QStringList columns = TableCopy::fileColumns(file.database(), table, &error);
        // The user's share of the audit log is not the server's chain: the
        // rows of other districts are not in it (see AuditChain.h).
        if (table == u"audit_log"_s)
            columns.removeAll(u"hash"_s);
        if (columns.isEmpty()
            || TableCopy::copy(m_connection.database(), file.database(), table, columns, {}, &error) < 0)
            return failed(error);
    }
    if (!auditChain::markExtract(file.name(), &error) || !transaction.commit(&error))
        return failed(error);
    return true;
}

QStringList StoreMaintenance::check() const
{
    QStringList problems;
    QString error;
    // The server checks its own pages and enforces the references on every
    // write; what is left is the audit log's chain, which it walks itself.
    if (!m_connection.isServer()) {
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
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
    }
    // A row removed or changed behind the triggers' back; on a team store,
    // after what is pending has joined the chain.
    error.clear();
    m_connection.chainAuditRows();
    problems << auditChain::verify(m_connection, &error);
    if (!error.isEmpty())
        problems << error;
    return problems;
}

} // namespace samordna
