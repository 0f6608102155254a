// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna {

// The team store's schema on PostgreSQL: the same tables, columns and
// version numbers as the SQLite file's (StoreSchema), written in
// PostgreSQL's DDL. Dates stay ISO text and facts 0/1, so the repositories
// read and write both alike. The version is kept in the table
// samordna_schema, as SQLite keeps it in PRAGMA user_version.
class ServerSchema
{
public:
    // The statements that bring a team store from version - 1 to `version`;
    // empty for a version this program does not know.
    static QStringList migration(int version);
    // Run after the step's data work, as StoreSchema::afterData.
    static QStringList afterData(int version);
    // Creates the version table (in the first step's transaction).
    static QStringList bootstrap();
    // Taken at the start of every migration step, so two programs upgrading
    // one database at once take turns.
    static QString migrationLock();
    // One row: whether the version table exists.
    static QString hasVersionTable();
    static QString readVersion();
    // One bound value, the version.
    static QString writeVersion();
};

} // namespace samordna
