// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna {

// What a team store on PostgreSQL does its own way beside the schema it
// shares with the SQLite file (StoreSchema, which asks for these by name):
// guards as trigger functions, the audit chain the server keeps, and the
// version kept in the table samordna_schema, as SQLite keeps it in PRAGMA
// user_version. Dates stay ISO text and facts 0/1, so the repositories read
// and write both alike.
class ServerSchema
{
public:
    // Version 1: a journal note is never edited or removed, only marked
    // wrong once, even by a write that bypasses the program.
    static QStringList journalGuard();
    // Version 1: the audit log is append-only and names the server's user.
    static QStringList auditLogGuard();
    // Version 8: the journal's guard made again (after the step has dropped
    // it), keeping the registration as fixed as the note.
    static QStringList journalGuardKeepingRegistration();
    // Version 9: the chain of the audit log's rows, kept by the server.
    static QStringList auditChain();
    // Version 10: rows join that chain inside COMMIT, not at their INSERT.
    static QStringList auditChainAtCommit();
    // Version 13: rows join the chain after their commit, and saved cases
    // are announced then (samordna_after_commit()).
    static QStringList auditChainAfterCommit();
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
