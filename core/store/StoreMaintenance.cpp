#include "StoreMaintenance.h"

#include "AuditLog.h"
#include "StoreConnection.h"
#include "StoreFile.h"
#include "StoreSql.h"
#include "StoreTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

StoreMaintenance::StoreMaintenance(const StoreConnection &connection) : m_connection(connection) { }

bool StoreMaintenance::backup(const QString &target, QString *error) const
{
    QString problem;
    const auto finish = [&](bool ok) {
        if (error)
            *error = problem;
        return ok;
    };
    if (m_connection.isServer()) {
        problem = QCoreApplication::translate("CaseStore",
            "a team store is backed up whole by its database administrator (pg_dump)");
        return finish(false);
    }
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QFileInfo info(absolute);
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
            problem = QCoreApplication::translate(
                "CaseStore", "the backup was removed because the audit log cannot be written: %1")
                          .arg(auditError);
            return finish(false);
        }
    }
    return finish(true);
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
