// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samordna {

class StoreConnection;
class StoreDialect;

// The store's schema as a list of migrations, one per version: a file
// keeps its version in PRAGMA user_version, a team store on PostgreSQL in a
// table (ServerSchema). Both have the same tables, columns and versions, so
// each step is written once here, in the words StoreDialect::ddl() puts in
// each database's; what one database does its own way (guards, the audit
// chain a server keeps) is asked of it by name, a server's of ServerSchema.
// Each step is a list of single statements (Qt SQL runs one per exec) and
// runs in its own transaction, so a store is always at one whole version.
class StoreSchema
{
public:
    // The version this program writes; a store with a higher one is refused.
    static int currentVersion();
    // Written into the file header, so a store is told from other SQLite files.
    static qint32 applicationId();
    // The statements that bring a store in `dialect`'s database from
    // version - 1 to `version`; empty for a version this program does not
    // know.
    static QStringList migration(int version, const StoreDialect &dialect);
    // The statements run after a step's own data work (the history rebuilt,
    // the stays worked out): indexes built once over the rows written,
    // rather than kept up to date row by row. Both databases read them alike.
    static QStringList afterData(int version);

    // Brings the store on `connection` to currentVersion(). Another
    // process may migrate at the same moment, so each step reads the version
    // again inside its transaction.
    static bool migrate(const StoreConnection &connection, QString *error);
    // The schema version of the store on `connection`, 0 for a new one,
    // -1 on error.
    static int userVersion(const StoreConnection &connection, QString *error);

private:
    // A migration step as the connection's backend runs it, the version
    // written with it.
    static QStringList steps(const StoreConnection &connection, int version, int found);
};

} // namespace samordna
