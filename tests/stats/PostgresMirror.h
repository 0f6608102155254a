// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

// The follow-up figures' tables copied from a SQLite store into a
// PostgreSQL schema of their own, so the same aggregates can be run on
// both and compared. The server is named by SAMORDNA_TEST_POSTGRES in
// libpq's "key=value" form (host, port, user, dbname, password); without it
// the PostgreSQL half of the suite is skipped.
class PostgresMirror
{
public:
    static constexpr const char *Variable = "SAMORDNA_TEST_POSTGRES";

    ~PostgresMirror()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isOpen()) {
                    QSqlQuery query(db);
                    query.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    static bool configured() { return !qEnvironmentVariableIsEmpty(Variable); }
    QString connectionName() const { return m_name; }

    // Copies the tables; the reason when it cannot.
    QString mirror(const QString &sqlitePath)
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("the QPSQL driver is not installed");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        for (const QString &pair : qEnvironmentVariable(Variable).split(u' ', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0);
            const QString value = pair.section(u'=', 1);
            if (key == u"host")
                db.setHostName(value);
            else if (key == u"port")
                db.setPort(value.toInt());
            else if (key == u"user")
                db.setUserName(value);
            else if (key == u"password")
                db.setPassword(value);
            else if (key == u"dbname")
                db.setDatabaseName(value);
        }
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        const QStringList setup{
            QStringLiteral("CREATE SCHEMA %1").arg(m_schema),
            QStringLiteral("SET search_path TO %1").arg(m_schema),
            QStringLiteral("CREATE TABLE cases (id TEXT PRIMARY KEY, district TEXT, stage TEXT NOT NULL, "
                           "personnummer TEXT, closure_work_capacity TEXT, closure_reduction_duration TEXT, "
                           "closure_against_whole_labour_market INTEGER, application_sent_date TEXT, "
                           "application_received_by_fk_date TEXT, application_decision TEXT, "
                           "application_decision_date TEXT, fk_contact_date TEXT)"),
            QStringLiteral("CREATE TABLE meetings (case_id TEXT NOT NULL REFERENCES cases(id), ordinal INTEGER NOT "
                           "NULL, kind TEXT NOT NULL, date TEXT, invitation_sent_date TEXT, outcome TEXT, "
                           "PRIMARY KEY (case_id, ordinal))"),
            QStringLiteral("CREATE TABLE stage_history (case_id TEXT NOT NULL REFERENCES cases(id), ordinal INTEGER "
                           "NOT NULL, stage TEXT NOT NULL, from_date TEXT NOT NULL, PRIMARY KEY (case_id, ordinal))"),
        };
        for (const QString &statement : setup) {
            if (!query.exec(statement))
                return statement + QStringLiteral(": ") + query.lastError().text();
        }
        const QString source = QStringLiteral("stats-mirror-source");
        QString error;
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), source);
            sqlite.setDatabaseName(sqlitePath);
            sqlite.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!sqlite.open())
                error = sqlite.lastError().text();
            for (const QString &table :
                 {QStringLiteral("cases"), QStringLiteral("meetings"), QStringLiteral("stage_history")}) {
                if (!error.isEmpty())
                    break;
                error = copy(sqlite, db, table);
            }
            sqlite.close();
        }
        QSqlDatabase::removeDatabase(source);
        return error;
    }

private:
    static QString copy(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
    {
        const QSqlRecord columns = to.record(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        QSqlQuery read(from);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(u", "), table)))
            return read.lastError().text();
        QSqlQuery write(to);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, names.join(u", "), QStringList(names.size(), QStringLiteral("?")).join(u", ")));
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec())
                return table + QStringLiteral(": ") + write.lastError().text();
        }
        return {};
    }

    QString m_name = QStringLiteral("stats-postgres-mirror");
    QString m_schema = QStringLiteral("samordna_stats_test_%1").arg(QCoreApplication::applicationPid());
};
