// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace samordna {

// What differs between the SQL backends a store can live in: a local SQLite
// file, or a team store on PostgreSQL. Statements every backend understands
// alike stay in the repositories; only these are asked of the connection's
// dialect.
class StoreDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit StoreDialect(Backend backend)
        : m_backend(backend)
    {
    }
    // The dialect of an open Qt SQL connection, for code that is given
    // only its name.
    static StoreDialect of(const QSqlDatabase &database);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    // Qt SQL's driver name.
    QString driver() const;
    // Starts a write transaction. SQLite takes the file's write lock from
    // the start, so two writers meet at the busy timeout rather than
    // half-way; PostgreSQL locks the rows a write touches (see lockCase()).
    QString beginWrite() const;
    // Inside a write transaction: holds the case's row until the commit, so
    // two savers of one case are served one after the other and the second
    // reads the first one's revision (a conflict, never a lost update).
    // Empty when beginWrite() already serialises every writer. One bound
    // value, the case id.
    QString lockCase() const;
    // The channel a team store announces saved cases on (LISTEN/NOTIFY).
    static QString changeChannel() { return QStringLiteral("samordna_cases"); }
    // `statement` in this backend's words. The schema (StoreSchema) is
    // written once, with a word in braces where the two spell it apart:
    // {bigint} a 64-bit integer, {serial} a key the database numbers,
    // {without_rowid} the table option of a table keyed by its case and an
    // ordinal (SQLite's own), {user} the column "user", a reserved word in
    // PostgreSQL.
    QString ddl(QString statement) const;
    // The highest number among the "S-000123" case ids; one row, NULL when none.
    QString highestCaseNumber() const;

private:
    Backend m_backend;
};

} // namespace samordna
