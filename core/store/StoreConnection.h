// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreAddress.h"
#include "StoreDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <map>
#include <memory>

namespace samordna {

// One open store: the only place a database connection is opened. It sets
// what every write relies on (foreign keys, write-ahead logging, commits on
// disk before they return, the busy timeout), knows whether the store can be
// written, checks its integrity, brings its schema up to date and carries
// the user written into the audit log (for a team store, the server's
// session user). Every repository (cases,
// konsultationsteam meetings, the audit log) works through it, so what holds
// for one write holds for all. Backend differences live in its dialect().
class StoreConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct OpenResult
    {
        std::unique_ptr<StoreConnection> connection;
        QString error; // translated; set when connection is null
        // The server asked for a password that libpq had none for: ask the
        // user and open again with it.
        bool passwordNeeded = false;
    };

    // Opens or creates the SQLite store file at `path`.
    static OpenResult openFile(const QString &path, Mode mode);
    // Opens the team store at `address` on a PostgreSQL server and brings
    // its schema up to date. `password` is held by Qt SQL for this
    // connection only; empty lets libpq find one (~/.pgpass, PGPASSWORD)
    // or use Kerberos.
    static OpenResult openServer(const StoreAddress &address, Mode mode, const QString &password = {});

    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Qt SQL's name for the connection.
    QString name() const { return m_name; }
    QSqlDatabase database() const;
    const StoreDialect &dialect() const { return m_dialect; }
    // The store file's absolute path, or the team store's address.
    QString location() const { return m_location; }
    bool isServer() const { return m_dialect.isServer(); }
    // Which store this is, for the status bar: the file, or the team
    // store's host, database and user.
    QString description() const;
    // A key for what this computer keeps of the store outside it (crash
    // drafts): the file itself (its path, device and inode), or the team
    // store's server, database and user. A hash, naming nobody.
    QString identity() const;
    // The team store's address; a File address for a file.
    const StoreAddress &address() const { return m_address; }

    // Nothing can be written, the audit log included: opened read-only, or
    // the file or its folder cannot be written.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why, in the user's language; empty when the store can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The user written into the audit log (the OS user unless set).
    QString user() const { return m_user; }
    void setUser(const QString &user);

    // The damage the integrity check found, empty when sound. The check runs
    // beside the work after opening (it reads every page, about 300 ms for
    // 100,000 cases); this waits for its answer. No write transaction begins
    // on a damaged store.
    QString integrityProblem() const;

    // The schema version of the open store.
    int schemaVersion(QString *error) const;

    // A team store: opens the connection to the server again after it was
    // lost (a server restart, a failover, a terminated session). False,
    // with why, while the server cannot be reached; always false for a file.
    bool reconnect(QString *error) const;
    // Called after every reconnect(), to renew what lived in the old
    // session (the subscriptions to other clients' changes).
    void setReconnected(std::function<void()> handler) { m_reconnected = std::move(handler); }

    // `statement` prepared once for the connection's session and kept for
    // the statements that run on every open and save. Qt's PostgreSQL
    // driver otherwise prepares, runs and frees a statement on the server
    // each time, three round trips where one will do; SQLite compiles it
    // each time. The server's prepared statements belong to the session, so
    // they are forgotten whenever a session is opened again. Null, with
    // why, when it cannot be prepared. A query that reads rows is to be
    // finished after its last row, so it holds no read open.
    QSqlQuery *prepared(const QString &statement, QString *error, bool forwardOnly = false) const;
    // Runs `read` on a read-only connection of its own on the store file at
    // `path`, for reading beside the store's connection in another thread
    // (Qt's connections stay in the thread that made them): the whole-file
    // check after opening, the follow-up figures. The connection is made,
    // used and dropped in the calling thread. The error when the file
    // would not open, and `read` was not run.
    static QSqlError readFileBeside(const QString &path,
                                    const std::function<void(const QString &connectionName)> &read);
    // A team store: what a write transaction asks of the server once it
    // has committed (ServerSchema, version 13). Every other client is told
    // of the cases it saved, and the audit rows it wrote join the chain;
    // inside the transaction either would hold up every other commit. The
    // announcements are kept from StoreTransaction::begin() to its commit,
    // which sends them, or its rollback, which drops them. A file's rows
    // are chained as they are written, and nobody is told.
    enum class CaseEvent { Added, Changed };
    void announce(CaseEvent event, const QString &caseId, qint64 revision) const;
    void afterCommit() const;
    void dropAfterCommit() const;
    // Chains what is pending: before the chain is walked or copied.
    void chainAuditRows() const;
    // Closes the session, with the statements prepared in it: on a server
    // that has closed it already, so that nothing is kept of it.
    void closeSession() const;

private:
    explicit StoreConnection(StoreDialect dialect);
    bool validate(bool checkLater, QString *error);
    bool connect(QString *error);
    bool switchToWal(QSqlQuery &query, QString *answer, QString *error) const;
    bool connectServer(QString *error, bool *passwordNeeded);
    bool openSession(QString *error, bool *passwordNeeded) const;
    QString serverName() const;
    void runAfterCommit(const QString &announcements) const;

    StoreDialect m_dialect;
    QString m_name;
    QString m_location;
    StoreAddress m_address;
    QString m_readOnlyReason;
    QString m_user;
    std::shared_future<QString> m_integrity;
    std::function<void()> m_reconnected;
    // By statement; node-based, so a pointer handed out stays valid as
    // others are added.
    mutable std::map<QString, QSqlQuery> m_prepared;
    struct AfterCommit
    {
        bool ready = false; // the schema has samordna_after_commit()
        QStringList announcements;
    };
    mutable AfterCommit m_afterCommit;
    // After a read-only open, the -wal and -shm files SQLite makes are given
    // the owner's rw on close too; these say which existed before.
    bool m_ownSideFileModes = false;
    bool m_walExisted = false;
    bool m_shmExisted = false;
};

} // namespace samordna
