// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreConnection.h"

#include "AuditLog.h"
#include "ServerSchema.h"
#include "StoreFile.h"
#include "StoreSchema.h"
#include "StoreSql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Long enough to wait out another process's save, short enough that a
// stuck one is reported rather than waited for.
constexpr int BusyTimeoutMs = 5000;

QAtomicInteger<quint64> connectionCounter;

// SQLite's answer, in words a social worker can act on.
QString openErrorText(const QString &path, const QSqlError &error)
{
    switch (storeSql::nativeCode(error)) {
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("CaseStore",
                                           "%1 is not a Samordna store (not an SQLite database); it was left as it was")
            .arg(native(path));
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate("CaseStore",
                                           "the store %1 is damaged; it was left as it was. Restore it from a backup")
            .arg(native(path));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("CaseStore",
                                           "the store %1 is locked by another program; try again when it is done")
            .arg(native(path));
    case 3:  // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("CaseStore", "cannot open the store %1: %2")
            .arg(native(path), storeSql::errorText(error));
    default:
        return QCoreApplication::translate("CaseStore", "cannot open the store %1: %2")
            .arg(native(path), storeSql::errorText(error));
    }
}

QString damagedText(const QString &path, const QString &problem)
{
    return QCoreApplication::translate("CaseStore",
                                       "the store %1 is damaged (%2); it was left as it was. Restore it from a backup")
        .arg(native(path), problem);
}

// SQLite's quick_check on a connection of its own, for the check that runs
// beside the work after opening; the problem found, empty when sound.
QString checkIntegrity(const QString &path)
{
    QString problem;
    const QSqlError refused = StoreConnection::readFileBeside(path, [&](const QString &connectionName) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        query.setForwardOnly(true);
        if (!query.exec(u"PRAGMA quick_check"_s)) {
            problem = openErrorText(path, query.lastError());
            return;
        }
        while (problem.isEmpty() && query.next()) {
            if (query.value(0).toString() != u"ok")
                problem = damagedText(path, query.value(0).toString());
        }
        if (problem.isEmpty() && query.lastError().isValid())
            problem = openErrorText(path, query.lastError());
    });
    return refused.isValid() ? openErrorText(path, refused) : problem;
}

// SQLite makes its -wal and -shm files on first read. When a file is
// refused, the ones this program made (still empty) are removed again, so
// nothing is left behind beside a file that was not ours to change.
class SideFiles
{
public:
    explicit SideFiles(const QString &path)
        : m_path(path)
        , m_wal(QFileInfo::exists(path + u"-wal"_s))
        , m_shm(QFileInfo::exists(path + u"-shm"_s))
    {
    }
    SideFiles(const QString &path, bool walExisted, bool shmExisted)
        : m_path(path)
        , m_wal(walExisted)
        , m_shm(shmExisted)
    {
    }
    bool walExisted() const { return m_wal; }
    bool shmExisted() const { return m_shm; }
    void removeNew() const
    {
        const QFileInfo wal(m_path + u"-wal"_s);
        if (!m_wal && wal.exists() && wal.size() == 0) {
            QFile::remove(wal.filePath());
            if (!m_shm)
                QFile::remove(m_path + u"-shm"_s);
        }
    }

    // SQLite gives the -wal and -shm files it makes the store file's own
    // mode. A read-only store (0400) opened for reading would leave a 0400
    // -shm that keeps the store unwritable after the file itself is made
    // writable again; the ones this program made get the owner's rw.
    void giveNewOnesOwnerModes() const
    {
        for (const auto &[suffix, existed] : {std::pair{u"-wal"_s, m_wal}, std::pair{u"-shm"_s, m_shm}}) {
            const QFileInfo side(m_path + suffix);
            if (!existed && side.exists() && side.ownerId() == QFileInfo(m_path).ownerId())
                QFile::setPermissions(side.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }

private:
    QString m_path;
    bool m_wal;
    bool m_shm;
};

// Why nothing can be written to the store at `path`, in the user's words;
// empty when it can be.
QString readOnlyReasonFor(const QString &path, StoreConnection::Mode mode)
{
    if (mode == StoreConnection::Mode::ReadOnly)
        return QCoreApplication::translate("CaseStore", "the store %1 was opened read-only").arg(native(path));
    // As with the file, a folder whose owner-write bit is off counts as
    // read-only even for a user the system would let write it.
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool folderReadOnly = !folder.isWritable() || !(folder.permissions() & QFileDevice::WriteOwner);
    if (!StoreFile::isReadOnly(path) && !folderReadOnly)
        return {};
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        return QCoreApplication::translate("CaseStore", "the store file %1 is read-only").arg(native(path));
    return QCoreApplication::translate("CaseStore", "the folder %1 that holds the store is read-only")
        .arg(native(info.absolutePath()));
}

} // namespace

StoreConnection::StoreConnection(StoreDialect dialect)
    : m_dialect(dialect)
    , m_name(u"samordna-store-%1"_s.arg(++connectionCounter))
{
}

StoreConnection::~StoreConnection()
{
    if (m_integrity.valid())
        m_integrity.wait();
    closeSession();
    QSqlDatabase::removeDatabase(m_name);
    // SQLite may make its side files on any read; set their modes again.
    if (m_ownSideFileModes)
        SideFiles(m_location, m_walExisted, m_shmExisted).giveNewOnesOwnerModes();
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void StoreConnection::setUser(const QString &user)
{
    // A team store's user is the one the server authenticated.
    if (isServer())
        return;
    m_user = user.trimmed().isEmpty() ? AuditLog::systemUser() : user.trimmed();
}

QString StoreConnection::description() const
{
    if (!isServer())
        return QCoreApplication::translate("CaseStore", "Store: %1").arg(native(m_location));
    return QCoreApplication::translate("CaseStore", "Team store: %1 on %2, user %3")
        .arg(m_address.database(), m_address.displayHost(), m_user);
}

QString StoreConnection::identity() const
{
    if (!isServer())
        return StoreFile::identity(m_location);
    const QString key = u"postgresql\n"_s + m_address.hosts() + u'\n' + m_address.ports() + u'\n' + m_address.database()
        + u'\n' + m_user;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString StoreConnection::integrityProblem() const
{
    return m_integrity.valid() ? m_integrity.get() : QString();
}

int StoreConnection::schemaVersion(QString *error) const
{
    return StoreSchema::userVersion(*this, error);
}

StoreConnection::OpenResult StoreConnection::openFile(const QString &requestedPath, Mode mode)
{
    OpenResult result;
    if (requestedPath.isEmpty()) {
        result.error = QCoreApplication::translate("CaseStore", "no store file given");
        return result;
    }
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);
    bool created = false;
    if (info.exists() && !info.isFile()) {
        result.error = QCoreApplication::translate("CaseStore", "%1 is not a file").arg(native(path));
        return result;
    }
    if (!info.exists()) {
        if (mode == Mode::ReadOnly) {
            result.error = QCoreApplication::translate("CaseStore", "there is no store at %1").arg(native(path));
            return result;
        }
        if (StoreFile::createPrivate(path, &result.error))
            created = true;
        else if (QFileInfo::exists(path))
            result.error.clear(); // another process made it a moment ago: open theirs
        else
            return result;
    }

    // The header is read before SQLite opens the file at all.
    const auto header = StoreFile::readHeader(path, &result.error);
    if (!header)
        return result;
    if (!header->empty && header->userVersion != 0 && header->applicationId != StoreSchema::applicationId()) {
        result.error = QCoreApplication::translate(
                           "CaseStore", "%1 is an SQLite database but not a Samordna store; it was left as it was")
                           .arg(native(path));
        return result;
    }
    if (header->userVersion > StoreSchema::currentVersion()) {
        result.error = QCoreApplication::translate(
                           "CaseStore",
                           "the store %1 was written by a newer version of Samordna (schema %2; this program reads "
                           "up to %3); it was left as it was")
                           .arg(native(path))
                           .arg(header->userVersion)
                           .arg(StoreSchema::currentVersion());
        return result;
    }

    const QString readOnlyReason = readOnlyReasonFor(path, mode);
    if (!readOnlyReason.isEmpty() && header->empty) {
        result.error = QCoreApplication::translate(
                           "CaseStore", "the store %1 is empty and cannot be set up, because it is read-only")
                           .arg(native(path));
        return result;
    }

    std::unique_ptr<StoreConnection> connection(new StoreConnection(StoreDialect(StoreDialect::Backend::Sqlite)));
    connection->m_location = path;
    connection->m_readOnlyReason = readOnlyReason;
    connection->m_user = AuditLog::systemUser();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(connection->m_dialect.driver(), connection->m_name);
        database.setDatabaseName(path);
    }
    // A store at the current schema opened for writing is checked whole
    // beside the work, not before the list can show. A store to be upgraded
    // is checked first.
    const bool checkLater = readOnlyReason.isEmpty() && header->userVersion == StoreSchema::currentVersion();
    const SideFiles sideFiles(path);
    QString error;
    if (!connection->validate(checkLater, &error)) {
        connection.reset();
        sideFiles.removeNew();
        result.error = error;
        return result;
    }
    if (!connection->connect(&error)) {
        connection.reset();
        // Another program may have opened the file this one made and set it
        // up meanwhile; only a file still empty is this program's to remove.
        if (created && QFileInfo(path).size() == 0) {
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
            QFile::remove(path);
        }
        result.error = error;
        return result;
    }
    if (!readOnlyReason.isEmpty()) {
        sideFiles.giveNewOnesOwnerModes();
        connection->m_ownSideFileModes = true;
        connection->m_walExisted = sideFiles.walExisted();
        connection->m_shmExisted = sideFiles.shmExisted();
    }
    if (checkLater)
        connection->m_integrity = std::async(std::launch::async, checkIntegrity, path).share();
    result.connection = std::move(connection);
    return result;
}

// Everything that can refuse the file is asked on a read-only connection,
// so a refused file has not been written to: not by WAL mode, not by a
// migration.
bool StoreConnection::validate(bool checkLater, QString *error)
{
    QSqlDatabase database = this->database();
    database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!database.open()) {
        *error = openErrorText(m_location, database.lastError());
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = message;
        database.close();
        return false;
    };
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (checkLater) {
        // Until the whole check is in: the first rows of every table, which
        // finds a file that is damaged throughout at once.
        QStringList tables;
        if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"_s))
            return fail(openErrorText(m_location, query.lastError()));
        while (query.next())
            tables << query.value(0).toString();
        if (query.lastError().isValid())
            return fail(openErrorText(m_location, query.lastError()));
        query.finish();
        for (const QString &table : std::as_const(tables)) {
            // The name is the file's own, quoted as SQLite quotes names.
            if (!query.exec(u"SELECT * FROM \""_s + QString(table).replace(u'"', u"\"\""_s) + u"\" LIMIT 1"_s))
                return fail(openErrorText(m_location, query.lastError()));
            while (query.next()) {
            }
            if (query.lastError().isValid())
                return fail(openErrorText(m_location, query.lastError()));
            query.finish();
        }
    } else {
        if (!query.exec(u"PRAGMA quick_check"_s))
            return fail(openErrorText(m_location, query.lastError()));
        QStringList problems;
        while (query.next()) {
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        }
        if (query.lastError().isValid())
            return fail(openErrorText(m_location, query.lastError()));
        if (!problems.isEmpty())
            return fail(damagedText(m_location, problems.constFirst()));
        query.finish();
    }

    // One statement, so one snapshot: read one by one, another program
    // setting the store up between them would make it look like no store.
    if (!query.exec(u"SELECT (SELECT user_version FROM pragma_user_version), "
                    u"(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)"_s)
        || !query.next())
        return fail(openErrorText(m_location, query.lastError()));
    const qint64 version = query.value(0).toLongLong();
    const qint64 applicationId = query.value(1).toLongLong();
    const qint64 objects = query.value(2).toLongLong();
    query.finish();
    if ((version == 0 && objects > 0) || (version > 0 && applicationId != StoreSchema::applicationId()))
        return fail(QCoreApplication::translate(
                        "CaseStore", "%1 is an SQLite database but not a Samordna store; it was left as it was")
                        .arg(native(m_location)));
    if (version > StoreSchema::currentVersion())
        return fail(QCoreApplication::translate(
                        "CaseStore",
                        "the store %1 was written by a newer version of Samordna (schema %2; this program reads "
                        "up to %3); it was left as it was")
                        .arg(native(m_location))
                        .arg(version)
                        .arg(StoreSchema::currentVersion()));
    if (isReadOnly() && version < StoreSchema::currentVersion())
        return fail(
            QCoreApplication::translate("CaseStore", "the store %1 needs upgrading to schema %2, but it is read-only")
                .arg(native(m_location))
                .arg(StoreSchema::currentVersion()));
    database.close();
    return true;
}

// The first switch to WAL upgrades a read lock to a write lock, and SQLite
// answers that at once with "busy" rather than wait, because two readers
// upgrading together would wait on each other for ever. Several programs
// opening a store nobody has set up yet meet here; each tries again until
// the others are done, as long as it would wait for any other lock.
bool StoreConnection::switchToWal(QSqlQuery &query, QString *answer, QString *error) const
{
    const QDeadlineTimer deadline(BusyTimeoutMs);
    for (int attempt = 1;; ++attempt) {
        if (query.exec(u"PRAGMA journal_mode = WAL"_s)) {
            *answer = query.next() ? query.value(0).toString() : QString();
            query.finish();
            return true;
        }
        const QSqlError failure = query.lastError();
        query.finish();
        if (storeSql::nativeCode(failure) != 5 /* SQLITE_BUSY */ || deadline.hasExpired()) {
            *error = openErrorText(m_location, failure);
            return false;
        }
        // Spread out, so the programs that met do not meet again.
        QThread::msleep(std::min(5 * attempt, 50) + QRandomGenerator::global()->bounded(10));
    }
}

bool StoreConnection::connect(QString *error)
{
    QSqlDatabase database = this->database();
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (isReadOnly())
        options += u";QSQLITE_OPEN_READONLY"_s;
    database.setConnectOptions(options);
    if (!database.open()) {
        *error = openErrorText(m_location, database.lastError());
        return false;
    }
    QSqlQuery query(database);
    const auto pragma = [&](const QString &statement, QString *answer) {
        if (!query.exec(statement)) {
            *error = openErrorText(m_location, query.lastError());
            return false;
        }
        if (answer)
            *answer = query.next() ? query.value(0).toString() : QString();
        query.finish();
        return true;
    };
    QString answer;
    // Per connection, and ignored inside a transaction: set first, then read back.
    if (!pragma(u"PRAGMA foreign_keys = ON"_s, nullptr) || !pragma(u"PRAGMA foreign_keys"_s, &answer))
        return false;
    if (answer != u"1") {
        *error = QCoreApplication::translate("CaseStore", "cannot open the store %1: foreign keys cannot be enforced")
                     .arg(native(m_location));
        return false;
    }
    if (!pragma(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs), nullptr))
        return false;
    if (isReadOnly())
        return true;
    // WAL lets a reader and a writer in two processes work at once.
    if (!switchToWal(query, &answer, error))
        return false;
    if (answer.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate(
                     "CaseStore",
                     "cannot open the store %1: the file system does not allow write-ahead logging (journal mode "
                     "\"%2\")")
                     .arg(native(m_location), answer);
        return false;
    }
    // A commit is on disk before the call returns, even if power is lost.
    if (!pragma(u"PRAGMA synchronous = FULL"_s, nullptr))
        return false;
    QString migrationError;
    if (!StoreSchema::migrate(*this, &migrationError)) {
        *error = QCoreApplication::translate("CaseStore", "cannot upgrade the store %1: %2")
                     .arg(native(m_location), migrationError);
        return false;
    }
    return true;
}

StoreConnection::OpenResult StoreConnection::openServer(const StoreAddress &address, Mode mode, const QString &password)
{
    OpenResult result;
    std::unique_ptr<StoreConnection> connection(new StoreConnection(StoreDialect(StoreDialect::Backend::Postgres)));
    connection->m_address = address;
    connection->m_location = address.text();
    if (mode == Mode::ReadOnly)
        connection->m_readOnlyReason = QCoreApplication::translate("CaseStore",
                                                                   "the team store %1 was opened read-only")
                                           .arg(address.database());
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(connection->m_dialect.driver(), connection->m_name);
        if (!database.isValid()) {
            connection.reset();
            result.error = QCoreApplication::translate(
                "CaseStore", "cannot open the team store: Qt's PostgreSQL driver (QPSQL) is not installed");
            return result;
        }
        database.setDatabaseName(address.database());
        database.setConnectOptions(address.connectOptions());
        if (!password.isEmpty())
            database.setPassword(password);
    }
    QString error;
    if (!connection->connectServer(&error, &result.passwordNeeded)) {
        connection.reset();
        result.error = error;
        return result;
    }
    result.connection = std::move(connection);
    return result;
}

bool StoreConnection::connectServer(QString *error, bool *passwordNeeded)
{
    if (!openSession(error, passwordNeeded))
        return false;
    QSqlQuery query(database());
    const auto run = [&](const QString &statement) {
        if (storeSql::exec(query, statement, error))
            return true;
        *error = QCoreApplication::translate("CaseStore", "cannot open %1: %2").arg(serverName(), *error);
        return false;
    };
    if (!run(u"SELECT session_user"_s) || !query.next())
        return false;
    m_user = query.value(0).toString();
    query.finish();

    // Everything that can refuse the database is asked before anything is
    // written to it.
    const int version = StoreSchema::userVersion(*this, error);
    if (version < 0) {
        *error = QCoreApplication::translate("CaseStore", "cannot open %1: %2").arg(serverName(), *error);
        return false;
    }
    if (version == 0) {
        if (!run(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s) || !query.next())
            return false;
        if (query.value(0).toInt() > 0) {
            *error = QCoreApplication::translate(
                         "CaseStore", "the database %1 holds tables but is not a Samordna store; it was left as it was")
                         .arg(m_address.database());
            return false;
        }
        query.finish();
    }
    if (version > StoreSchema::currentVersion()) {
        *error = QCoreApplication::translate(
                     "CaseStore",
                     "the team store %1 was written by a newer version of Samordna (schema %2; this program reads "
                     "up to %3); it was left as it was")
                     .arg(m_address.database())
                     .arg(version)
                     .arg(StoreSchema::currentVersion());
        return false;
    }
    if (version < StoreSchema::currentVersion()) {
        if (isReadOnly()) {
            *error = QCoreApplication::translate("CaseStore",
                                                 "the store %1 needs upgrading to schema %2, but it is read-only")
                         .arg(m_address.database())
                         .arg(StoreSchema::currentVersion());
            return false;
        }
        QString migrationError;
        if (!StoreSchema::migrate(*this, &migrationError)) {
            *error = QCoreApplication::translate("CaseStore", "cannot upgrade the store %1: %2")
                         .arg(m_address.database(), migrationError);
            return false;
        }
    }
    // The steps of an upgrade commit before the schema has the function.
    m_afterCommit.ready = true;
    return true;
}

QString StoreConnection::serverName() const
{
    return QCoreApplication::translate("CaseStore", "the team store %1 on %2")
        .arg(m_address.database(), m_address.displayHost());
}

bool StoreConnection::openSession(QString *error, bool *passwordNeeded) const
{
    QSqlDatabase database = this->database();
    if (!database.open()) {
        const QString text = database.lastError().databaseText().trimmed();
        const bool noPassword = text.contains(u"no password supplied"_s);
        const bool refused = text.contains(u"password authentication failed"_s);
        if (passwordNeeded)
            *passwordNeeded = noPassword || (!database.password().isEmpty() && refused);
        // The role libpq signs in as when the address names none.
        QString user = m_address.user();
        if (user.isEmpty())
            user = qEnvironmentVariableIsEmpty("PGUSER") ? AuditLog::systemUser() : qEnvironmentVariable("PGUSER");
        if (noPassword)
            *error = QCoreApplication::translate("CaseStore",
                                                 "cannot open %1: the server asks for the password of %2, and none "
                                                 "was given. Samordna never keeps one: put it in ~/.pgpass or "
                                                 "PGPASSWORD, or type it when the window asks")
                         .arg(serverName(), user);
        else if (refused)
            *error = QCoreApplication::translate("CaseStore",
                                                 "cannot open %1: the server did not accept the password of %2")
                         .arg(serverName(), user);
        else
            *error = QCoreApplication::translate("CaseStore", "cannot open %1: %2")
                         .arg(serverName(), text.isEmpty() ? database.lastError().text() : text);
        return false;
    }
    QSqlQuery query(database);
    const auto run = [&](const QString &statement) {
        if (storeSql::exec(query, statement, error))
            return true;
        *error = QCoreApplication::translate("CaseStore", "cannot open %1: %2").arg(serverName(), *error);
        return false;
    };
    // A lock held by a stuck client is reported rather than waited for
    // without end; a client that hangs inside a transaction loses it.
    if (!run(u"SET lock_timeout = '10s'"_s) || !run(u"SET idle_in_transaction_session_timeout = '60s'"_s)
        || !run(u"SET application_name = 'samordna'"_s) || !run(u"SET client_min_messages = warning"_s))
        return false;
    if (isReadOnly() && !run(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
        return false;
    return true;
}

bool StoreConnection::reconnect(QString *error) const
{
    if (!isServer())
        return false;
    closeSession();
    if (!openSession(error, nullptr))
        return false;
    if (m_reconnected)
        m_reconnected();
    return true;
}

QSqlError StoreConnection::readFileBeside(const QString &path,
                                          const std::function<void(const QString &connectionName)> &read)
{
    const QString name = u"samordna-beside-%1"_s.arg(++connectionCounter);
    QSqlError refused;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (database.open())
            read(name);
        else
            refused = database.lastError();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return refused;
}

QSqlQuery *StoreConnection::prepared(const QString &statement, QString *error, bool forwardOnly) const
{
    auto found = m_prepared.find(statement);
    if (found == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(forwardOnly);
        if (!storeSql::prepare(query, statement, error))
            return nullptr;
        found = m_prepared.emplace(statement, std::move(query)).first;
    }
    return &found->second;
}

void StoreConnection::announce(CaseEvent event, const QString &caseId, qint64 revision) const
{
    if (isServer())
        m_afterCommit.announcements << (event == CaseEvent::Added ? u"add "_s : u"change "_s) + caseId + u' '
                + QString::number(revision);
}

void StoreConnection::afterCommit() const
{
    const QStringList announcements = std::exchange(m_afterCommit.announcements, {});
    if (m_afterCommit.ready)
        runAfterCommit(announcements.join(u'\n'));
}

void StoreConnection::dropAfterCommit() const
{
    m_afterCommit.announcements.clear();
}

void StoreConnection::chainAuditRows() const
{
    if (isServer() && m_afterCommit.ready && !isReadOnly())
        runAfterCommit({});
}

void StoreConnection::runAfterCommit(const QString &announcements) const
{
    // What was committed stays committed whatever this answers: rows left
    // pending are chained by the next commit of any program, and a
    // program not told sees the change when it next reads the case.
    QString error;
    QSqlQuery *query = prepared(u"SELECT samordna_after_commit(?)"_s, &error);
    if (!query)
        return;
    query->addBindValue(announcements.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(announcements));
    storeSql::exec(*query, &error);
    query->finish();
}

void StoreConnection::closeSession() const
{
    // What a session prepared is not there in the next one; freed while
    // the session is still there (when it is), before it closes.
    m_prepared.clear();
    QSqlDatabase database = this->database();
    database.close();
}

} // namespace samordna
