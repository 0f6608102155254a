#include "CaseStore.h"

#include "AuditLog.h"
#include "CaseDiff.h"
#include "CaseReader.h"
#include "CaseWriter.h"
#include "JournalPolicy.h"
#include "StoreFile.h"
#include "StoreSchema.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "domain/Personnummer.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "rules/RuleData.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QStandardPaths>

#include <future>

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

// Long enough to wait out another process's save, short enough that a
// stuck one is reported rather than waited for.
constexpr int BusyTimeoutMs = 5000;

QAtomicInteger<quint64> connectionCounter;

// SQLite's answer, in words a social worker can act on.
QString openErrorText(const QString &path, const QSqlError &error)
{
    switch (storeSql::nativeCode(error)) {
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate(
            "CaseStore", "%1 is not a Samordna store (not an SQLite database); it was left as it was")
            .arg(native(path));
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate(
            "CaseStore", "the store %1 is damaged; it was left as it was. Restore it from a backup")
            .arg(native(path));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "CaseStore", "the store %1 is locked by another program; try again when it is done")
            .arg(native(path));
    case 3: // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("CaseStore", "cannot open the store %1: %2")
            .arg(native(path), error.databaseText());
    default:
        return QCoreApplication::translate("CaseStore", "cannot open the store %1: %2")
            .arg(native(path), storeSql::errorText(error));
    }
}

QString damagedText(const QString &path, const QString &problem)
{
    return QCoreApplication::translate(
        "CaseStore", "the store %1 is damaged (%2); it was left as it was. Restore it from a backup")
        .arg(native(path), problem);
}

// SQLite's quick_check on a connection of its own, for the check that runs
// beside the work after opening; the problem found, empty when sound.
QString integrityProblem(const QString &path)
{
    const QString name = u"samordna-check-%1"_s.arg(++connectionCounter);
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!database.open()) {
            problem = openErrorText(path, database.lastError());
        } else {
            QSqlQuery query(database);
            query.setForwardOnly(true);
            if (!query.exec(u"PRAGMA quick_check"_s)) {
                problem = openErrorText(path, query.lastError());
            } else {
                while (problem.isEmpty() && query.next()) {
                    if (query.value(0).toString() != u"ok")
                        problem = damagedText(path, query.value(0).toString());
                }
                if (problem.isEmpty() && query.lastError().isValid())
                    problem = openErrorText(path, query.lastError());
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// SQLite makes its -wal and -shm files on first read. When a file is
// refused, the ones this program made (still empty) are removed again, so
// nothing is left behind beside a file that was not ours to change.
class SideFiles
{
public:
    explicit SideFiles(const QString &path)
        : m_path(path), m_wal(QFileInfo::exists(path + u"-wal"_s)), m_shm(QFileInfo::exists(path + u"-shm"_s))
    { }
    void removeNew() const
    {
        const QFileInfo wal(m_path + u"-wal"_s);
        if (!m_wal && wal.exists() && wal.size() == 0) {
            QFile::remove(wal.filePath());
            if (!m_shm)
                QFile::remove(m_path + u"-shm"_s);
        }
    }

private:
    QString m_path;
    bool m_wal;
    bool m_shm;
};

} // namespace

struct CaseStore::Private
{
    QString connectionName;
    QString path;
    bool readOnly = false;
    QString user;
    QString lastError;
    // A store at the current schema opened for writing is checked whole
    // beside the work, not before the list can show: quick_check reads every
    // page, about 300 ms for 100,000 cases. Writes wait for its answer (see
    // StoreTransaction::guard). A store to be upgraded is checked first.
    bool checkLater = false;
    std::shared_future<QString> integrity;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    bool validate(QString *error);
    bool connect(QString *error);
    QString validateRecord(const CaseRecord &record) const;
    // The highest number among the "S-000123" ids, 0 when none; -1 on error.
    qint64 highestNumber(QString *error) const;
    QString nextId(QString *error) const;
    WriteResult create(const CaseRecord &record, const QString &action);
    WriteResult failed(const QString &error, const QString &caseId = {}) const
    {
        return WriteResult::refused(WriteResult::Failed,
            QCoreApplication::translate("CaseStore", "the case was not saved: %1").arg(error), caseId);
    }
};

// Everything that can refuse the file is asked on a read-only connection,
// so a refused file has not been written to: not by WAL mode, not by a
// migration.
bool CaseStore::Private::validate(QString *error)
{
    QSqlDatabase database = db();
    database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!database.open()) {
        *error = openErrorText(path, database.lastError());
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
            return fail(openErrorText(path, query.lastError()));
        while (query.next())
            tables << query.value(0).toString();
        if (query.lastError().isValid())
            return fail(openErrorText(path, query.lastError()));
        query.finish();
        for (const QString &table : std::as_const(tables)) {
            // The name is the file's own, quoted as SQLite quotes names.
            if (!query.exec(u"SELECT * FROM \""_s + QString(table).replace(u'"', u"\"\""_s) + u"\" LIMIT 1"_s))
                return fail(openErrorText(path, query.lastError()));
            while (query.next()) { }
            if (query.lastError().isValid())
                return fail(openErrorText(path, query.lastError()));
            query.finish();
        }
    } else {
        if (!query.exec(u"PRAGMA quick_check"_s))
            return fail(openErrorText(path, query.lastError()));
        QStringList problems;
        while (query.next()) {
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        }
        if (query.lastError().isValid())
            return fail(openErrorText(path, query.lastError()));
        if (!problems.isEmpty())
            return fail(damagedText(path, problems.constFirst()));
        query.finish();
    }

    const auto number = [&](const QString &statement, qint64 *value) {
        if (!query.exec(statement) || !query.next()) {
            *error = openErrorText(path, query.lastError());
            return false;
        }
        *value = query.value(0).toLongLong();
        query.finish();
        return true;
    };
    qint64 version = 0;
    qint64 applicationId = 0;
    qint64 objects = 0;
    if (!number(u"PRAGMA user_version"_s, &version) || !number(u"PRAGMA application_id"_s, &applicationId)
        || !number(u"SELECT count(*) FROM sqlite_master"_s, &objects)) {
        database.close();
        return false;
    }
    if ((version == 0 && objects > 0) || (version > 0 && applicationId != StoreSchema::applicationId()))
        return fail(QCoreApplication::translate(
            "CaseStore", "%1 is an SQLite database but not a Samordna store; it was left as it was")
                        .arg(native(path)));
    if (version > StoreSchema::currentVersion())
        return fail(QCoreApplication::translate("CaseStore",
            "the store %1 was written by a newer version of Samordna (schema %2; this program reads "
            "up to %3); it was left as it was")
                        .arg(native(path))
                        .arg(version)
                        .arg(StoreSchema::currentVersion()));
    if (readOnly && version < StoreSchema::currentVersion())
        return fail(
            QCoreApplication::translate("CaseStore", "the store %1 needs upgrading to schema %2, but it is read-only")
                .arg(native(path))
                .arg(StoreSchema::currentVersion()));
    database.close();
    return true;
}

bool CaseStore::Private::connect(QString *error)
{
    QSqlDatabase database = db();
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    database.setConnectOptions(options);
    if (!database.open()) {
        *error = openErrorText(path, database.lastError());
        return false;
    }
    QSqlQuery query(database);
    const auto pragma = [&](const QString &statement, QString *answer) {
        if (!query.exec(statement)) {
            *error = openErrorText(path, query.lastError());
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
                     .arg(native(path));
        return false;
    }
    if (!pragma(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs), nullptr))
        return false;
    if (readOnly)
        return true;
    // WAL lets a reader and a writer in two processes work at once.
    if (!pragma(u"PRAGMA journal_mode = WAL"_s, &answer))
        return false;
    if (answer.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("CaseStore",
            "cannot open the store %1: the file system does not allow write-ahead logging (journal mode "
            "\"%2\")")
                     .arg(native(path), answer);
        return false;
    }
    // A commit is on disk before the call returns, even if power is lost.
    if (!pragma(u"PRAGMA synchronous = FULL"_s, nullptr))
        return false;
    QString migrationError;
    if (!StoreSchema::migrate(connectionName, &migrationError)) {
        *error = QCoreApplication::translate("CaseStore", "cannot upgrade the store %1: %2")
                     .arg(native(path), migrationError);
        return false;
    }
    return true;
}

QString CaseStore::Private::validateRecord(const CaseRecord &record) const
{
    if (record.id.size() > 64 || record.id != record.id.trimmed())
        return QCoreApplication::translate("CaseStore", "the case id \"%1\" is not usable").arg(record.id.left(64));
    const auto parsed = Personnummer::parse(record.person.personnummer, Clock::today());
    if (!parsed)
        return QCoreApplication::translate("CaseStore", "personnummer: %1").arg(Personnummer::errorText(parsed.error));
    if (!record.district.isEmpty() && !RuleData::standard().district(record.district))
        return QCoreApplication::translate("CaseStore", "district: \"%1\" is not one of %2")
            .arg(record.district, RuleData::standard().districtNames().join(u", "_s));
    return {};
}

qint64 CaseStore::Private::highestNumber(QString *error) const
{
    QSqlQuery query(db());
    if (!storeSql::exec(query,
            u"SELECT max(CAST(substr(id, 3) AS INTEGER)) FROM cases "
            "WHERE id GLOB 'S-[0-9]*' AND NOT substr(id, 3) GLOB '*[^0-9]*'"_s,
            error))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString CaseStore::Private::nextId(QString *error) const
{
    qint64 number = highestNumber(error);
    if (number < 0)
        return {};
    CaseReader reader(connectionName);
    for (;;) {
        const QString id = u"S-"_s + QString::number(++number).rightJustified(6, u'0');
        const qint64 found = reader.revision(id, error);
        if (found < 0)
            return {};
        if (found == 0)
            return id;
    }
}

WriteResult CaseStore::Private::create(const CaseRecord &input, const QString &action)
{
    if (readOnly)
        return WriteResult::refused(WriteResult::Failed,
            QCoreApplication::translate("CaseStore", "the store is open read-only; nothing was saved"));
    if (const QString problem = validateRecord(input); !problem.isEmpty())
        return WriteResult::refused(WriteResult::Invalid, problem, input.id);

    QString error;
    StoreTransaction transaction(connectionName);
    if (!transaction.begin(&error))
        return failed(error, input.id);
    CaseRecord record = input;
    if (record.id.isEmpty()) {
        record.id = nextId(&error);
        if (record.id.isEmpty())
            return failed(error);
    } else {
        const qint64 existing = CaseReader(connectionName).revision(record.id, &error);
        if (existing < 0)
            return failed(error, record.id);
        if (existing > 0)
            return WriteResult::refused(WriteResult::Invalid,
                QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id), record.id);
    }
    const QString now = storeSql::nowUtc();
    if (!CaseWriter(connectionName, Clock::today()).insert(record, 1, now, &error)
        || !AuditLog::append(connectionName, user, record.id, action, {}, &error) || !transaction.commit(&error))
        return failed(error, record.id);
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = record.id;
    result.revision = 1;
    return result;
}

CaseStore::CaseStore() : d(std::make_unique<Private>()) { }

CaseStore::~CaseStore()
{
    StoreTransaction::unguard(d->connectionName);
    if (d->integrity.valid())
        d->integrity.wait();
    {
        QSqlDatabase database = d->db();
        database.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

CaseStore::OpenResult CaseStore::open(const QString &requestedPath, Mode mode)
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
        if (!StoreFile::createPrivate(path, &result.error))
            return result;
        created = true;
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
        result.error = QCoreApplication::translate("CaseStore",
            "the store %1 was written by a newer version of Samordna (schema %2; this program reads "
            "up to %3); it was left as it was")
                           .arg(native(path))
                           .arg(header->userVersion)
                           .arg(StoreSchema::currentVersion());
        return result;
    }

    const bool readOnly = mode == Mode::ReadOnly || StoreFile::isReadOnly(path);
    if (readOnly && header->empty) {
        result.error = QCoreApplication::translate(
            "CaseStore", "the store %1 is empty and cannot be set up, because it is read-only")
                           .arg(native(path));
        return result;
    }

    std::unique_ptr<CaseStore> store(new CaseStore);
    store->d->connectionName = u"samordna-store-%1"_s.arg(++connectionCounter);
    store->d->path = path;
    store->d->readOnly = readOnly;
    store->d->checkLater = !readOnly && header->userVersion == StoreSchema::currentVersion();
    store->d->user = AuditLog::systemUser();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->d->connectionName);
        database.setDatabaseName(path);
    }
    const SideFiles sideFiles(path);
    QString error;
    if (!store->d->validate(&error)) {
        store.reset();
        sideFiles.removeNew();
        result.error = error;
        return result;
    }
    if (!store->d->connect(&error)) {
        store.reset();
        if (created) {
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
            QFile::remove(path);
        }
        result.error = error;
        return result;
    }
    if (store->d->checkLater) {
        store->d->integrity = std::async(std::launch::async, integrityProblem, path).share();
        StoreTransaction::guard(store->d->connectionName, store->d->integrity);
    }
    result.readOnly = readOnly;
    result.store = std::move(store);
    return result;
}

QString CaseStore::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.samordna"_s;
    StoreFile::makePrivateFolder(folder);
    return folder + u"/samordna.sqlite"_s;
}

QString CaseStore::resolvePath(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString fromEnvironment = qEnvironmentVariable("SAMORDNA_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString CaseStore::path() const
{
    return d->path;
}

bool CaseStore::isReadOnly() const
{
    return d->readOnly;
}

QString CaseStore::user() const
{
    return d->user;
}

void CaseStore::setUser(const QString &user)
{
    d->user = user.trimmed().isEmpty() ? AuditLog::systemUser() : user.trimmed();
}

QString CaseStore::lastError() const
{
    return d->lastError;
}

WriteResult CaseStore::createCase(const CaseRecord &record)
{
    return d->create(record, u"create"_s);
}

WriteResult CaseStore::importCase(const CaseRecord &record)
{
    return d->create(record, u"import"_s);
}

WriteResult CaseStore::importCases(const QList<CaseRecord> &records, QStringList *ids)
{
    if (d->readOnly)
        return WriteResult::refused(WriteResult::Failed,
            QCoreApplication::translate("CaseStore", "the store is open read-only; nothing was saved"));
    // Everything that can be judged without the file is judged before the
    // write lock is taken.
    QSet<QString> given;
    given.reserve(records.size());
    for (const CaseRecord &record : records) {
        if (const QString problem = d->validateRecord(record); !problem.isEmpty())
            return WriteResult::refused(WriteResult::Invalid, problem, record.id);
        if (record.id.isEmpty())
            continue;
        // The second of two cases with one id would find the first there
        // already; the existing words say so.
        if (given.contains(record.id))
            return WriteResult::refused(WriteResult::Invalid,
                QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id),
                record.id);
        given.insert(record.id);
    }

    QString error;
    StoreTransaction transaction(d->connectionName);
    if (!transaction.begin(&error))
        return d->failed(error);
    const CaseReader reader(d->connectionName);
    CaseWriter writer(d->connectionName, Clock::today());
    const QString now = storeSql::nowUtc();
    QStringList stored;
    stored.reserve(records.size());
    // New numbers continue from the highest one, found once rather than per
    // case: that search reads every id.
    qint64 number = -1;
    CaseRecord record;
    QSqlQuery auditStatement(d->db());
    for (const CaseRecord &input : records) {
        record = input;
        if (record.id.isEmpty()) {
            if (number < 0) {
                number = d->highestNumber(&error);
                if (number < 0)
                    return d->failed(error);
            }
            // An id given further down the list is not free either.
            for (;;) {
                record.id = u"S-"_s + QString::number(++number).rightJustified(6, u'0');
                if (given.contains(record.id))
                    continue;
                const qint64 found = reader.revision(record.id, &error);
                if (found < 0)
                    return d->failed(error);
                if (found == 0)
                    break;
            }
        }
        // A given id that exists already makes the insert fail; only then is
        // it looked up, rather than once for every case beforehand.
        if (!writer.insert(record, 1, now, &error)) {
            if (!input.id.isEmpty() && reader.revision(record.id, &error) > 0)
                return WriteResult::refused(WriteResult::Invalid,
                    QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id),
                    record.id);
            return d->failed(error, record.id);
        }
        if (!AuditLog::append(d->connectionName, d->user, record.id, u"import"_s, {}, &error, &auditStatement))
            return d->failed(error, record.id);
        stored << record.id;
    }
    if (!transaction.commit(&error))
        return d->failed(error);
    if (ids)
        *ids = stored;
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = stored.isEmpty() ? QString() : stored.constLast();
    result.revision = 1;
    return result;
}

WriteResult CaseStore::saveCase(const CaseRecord &record, qint64 expectedRevision)
{
    if (d->readOnly)
        return WriteResult::refused(WriteResult::Failed,
            QCoreApplication::translate("CaseStore", "the store is open read-only; nothing was saved"), record.id);
    if (record.id.isEmpty())
        return WriteResult::refused(
            WriteResult::Invalid, QCoreApplication::translate("CaseStore", "the case has no id; create it first"));
    if (const QString problem = d->validateRecord(record); !problem.isEmpty())
        return WriteResult::refused(WriteResult::Invalid, problem, record.id);

    QString error;
    StoreTransaction transaction(d->connectionName);
    if (!transaction.begin(&error))
        return d->failed(error, record.id);
    const auto before = CaseReader(d->connectionName).load(record.id, &error);
    if (!before) {
        if (!error.isEmpty())
            return d->failed(error, record.id);
        return WriteResult::refused(WriteResult::Invalid,
            QCoreApplication::translate("CaseStore", "there is no case %1").arg(record.id), record.id);
    }
    if (before->revision != expectedRevision) {
        WriteResult result = WriteResult::refused(WriteResult::Conflict,
            QCoreApplication::translate("CaseStore",
                "case %1 was changed by someone else after you opened it; nothing was "
                "saved. Open it again to see the changes")
                .arg(record.id),
            record.id);
        result.revision = before->revision;
        return result;
    }
    if (const QString problem = JournalPolicy::check(before->record.journal, record.journal); !problem.isEmpty())
        return WriteResult::refused(WriteResult::Invalid, problem, record.id);

    const QStringList fields = CaseDiff::changedFields(before->record, record);
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = record.id;
    result.revision = before->revision;
    if (fields.isEmpty())
        return result; // nothing changed: no new revision, no audit row

    const QString now = storeSql::nowUtc();
    if (!CaseWriter(d->connectionName, Clock::today()).update(before->record, record, before->revision + 1, now, &error)
        || !AuditLog::append(d->connectionName, d->user, record.id, u"change"_s, fields.join(u','), &error)
        || !transaction.commit(&error))
        return d->failed(error, record.id);
    result.revision = before->revision + 1;
    return result;
}

WriteResult CaseStore::transition(
    const QString &id, Stage target, const QString &note, qint64 expectedRevision, const QDate &today)
{
    if (d->readOnly)
        return WriteResult::refused(WriteResult::Failed,
            QCoreApplication::translate("CaseStore", "the store is open read-only; nothing was saved"), id);
    QString error;
    StoreTransaction transaction(d->connectionName);
    if (!transaction.begin(&error))
        return d->failed(error, id);
    const auto before = CaseReader(d->connectionName).load(id, &error);
    if (!before) {
        if (!error.isEmpty())
            return d->failed(error, id);
        return WriteResult::refused(
            WriteResult::Invalid, QCoreApplication::translate("CaseStore", "there is no case %1").arg(id), id);
    }
    if (before->revision != expectedRevision) {
        WriteResult result = WriteResult::refused(WriteResult::Conflict,
            QCoreApplication::translate("CaseStore",
                "case %1 was changed by someone else after you opened it; nothing was "
                "saved. Open it again to see the changes")
                .arg(id),
            id);
        result.revision = before->revision;
        return result;
    }
    const Stage from = before->record.stage;
    const Assessment assessment = assess(before->record, today);
    const Transition *step = assessment.transitionTo(target);
    if (!step)
        return WriteResult::refused(WriteResult::Invalid,
            QCoreApplication::translate("CaseStore", "the case is in box %1 already").arg(stageNumber(target)), id);
    if (!step->allowed)
        return WriteResult::refused(WriteResult::Invalid, step->reason, id);

    CaseRecord after = before->record;
    after.stage = target;
    JournalEntry entry;
    entry.date = today;
    entry.author = d->user;
    entry.text = process::transitionNote(from, target, note);
    after.journal << entry;

    const QString now = storeSql::nowUtc();
    const QString details = u"from=%1,to=%2"_s.arg(stageCode(from), stageCode(target));
    if (!CaseWriter(d->connectionName, today).update(before->record, after, before->revision + 1, now, &error)
        || !AuditLog::append(d->connectionName, d->user, id, u"transition"_s, details, &error)
        || !transaction.commit(&error))
        return d->failed(error, id);
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = id;
    result.revision = before->revision + 1;
    return result;
}

std::optional<StoredCase> CaseStore::openCase(const QString &id)
{
    auto stored = loadCase(id);
    // A read-only store cannot take the audit row; the user was told it is
    // read-only when it was opened.
    if (!stored || d->readOnly)
        return stored;
    if (!audit(id, u"open"_s))
        return std::nullopt; // a case is not shown unless its opening is on record
    return stored;
}

std::optional<StoredCase> CaseStore::loadCase(const QString &id) const
{
    QString error;
    auto stored = CaseReader(d->connectionName).load(id, &error);
    d->lastError = error.isEmpty() ? QString()
                                   : QCoreApplication::translate("CaseStore", "cannot read case %1: %2").arg(id, error);
    return stored;
}

int CaseStore::caseCount() const
{
    QSqlQuery query(d->db());
    QString error;
    if (!storeSql::exec(query, u"SELECT count(*) FROM cases"_s, &error) || !query.next()) {
        d->lastError = error;
        return 0;
    }
    d->lastError.clear();
    return query.value(0).toInt();
}

QList<CaseSummary> CaseStore::summaries(int offset, int limit) const
{
    QList<CaseSummary> rows;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query,
            u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases ORDER BY id LIMIT ? OFFSET ?"_s, &error)) {
        d->lastError = error;
        return rows;
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!storeSql::exec(query, &error)) {
        d->lastError = error;
        return rows;
    }
    while (query.next())
        rows << CaseReader::summaryFrom(query);
    d->lastError.clear();
    return rows;
}

QList<CaseSummary> CaseStore::summariesAfter(const QString &afterId, int limit) const
{
    QList<CaseSummary> rows;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query,
            u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases WHERE id > ? ORDER BY id LIMIT ?"_s, &error)) {
        d->lastError = error;
        return rows;
    }
    query.addBindValue(afterId.isNull() ? u""_s : afterId);
    query.addBindValue(limit);
    if (!storeSql::exec(query, &error)) {
        d->lastError = error;
        return rows;
    }
    rows.reserve(limit);
    while (query.next())
        rows << CaseReader::summaryFrom(query);
    d->lastError.clear();
    return rows;
}

void CaseStore::forEachSummary(const std::function<void(const CaseSummary &)> &visit) const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query, u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases ORDER BY id"_s, &error)) {
        d->lastError = error;
        return;
    }
    while (query.next())
        visit(CaseReader::summaryFrom(query));
    d->lastError.clear();
}

QStringList CaseStore::caseIdsForPersonnummer(const QString &normalizedPersonnummer) const
{
    // Accept any written form, so a caller need not normalise first.
    QString key = normalizedPersonnummer.trimmed();
    if (const auto parsed = Personnummer::parse(key, Clock::today()))
        key = parsed.value->normalized();
    QStringList ids;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query, u"SELECT id FROM cases WHERE personnummer_normalized = ? ORDER BY id"_s, &error)) {
        d->lastError = error;
        return ids;
    }
    query.addBindValue(key);
    if (!storeSql::exec(query, &error)) {
        d->lastError = error;
        return ids;
    }
    while (query.next())
        ids << query.value(0).toString();
    d->lastError.clear();
    return ids;
}

bool CaseStore::audit(const QString &caseId, const QString &action, const QString &details)
{
    return auditEach(QStringList {caseId}, action, details);
}

bool CaseStore::auditEach(const QStringList &caseIds, const QString &action, const QString &details)
{
    if (d->readOnly) {
        d->lastError
            = QCoreApplication::translate("CaseStore", "the store is open read-only; the audit log cannot be written");
        return false;
    }
    QString error;
    StoreTransaction transaction(d->connectionName);
    bool ok = transaction.begin(&error);
    for (const QString &caseId : caseIds) {
        if (!ok)
            break;
        ok = AuditLog::append(d->connectionName, d->user, caseId, action, details, &error);
    }
    ok = ok && transaction.commit(&error);
    d->lastError
        = ok ? QString() : QCoreApplication::translate("CaseStore", "cannot write the audit log: %1").arg(error);
    return ok;
}

QList<AuditEntry> CaseStore::auditLog(const QString &caseId) const
{
    QString error;
    auto entries = AuditLog::read(d->connectionName, caseId, &error);
    d->lastError = error;
    return entries;
}

bool CaseStore::backup(const QString &target, QString *error) const
{
    QString problem;
    const auto finish = [&](bool ok) {
        if (error)
            *error = problem;
        d->lastError = problem;
        return ok;
    };
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QFileInfo info(absolute);
    if (absolute == d->path) {
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

    QSqlQuery query(d->db());
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
    if (!d->readOnly) {
        QString auditError;
        StoreTransaction transaction(d->connectionName);
        if (!transaction.begin(&auditError)
            || !AuditLog::append(d->connectionName, d->user, {}, u"backup"_s, {}, &auditError)
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

QStringList CaseStore::check() const
{
    QStringList problems;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query, u"PRAGMA integrity_check"_s, &error)) {
        problems << error;
    } else {
        while (query.next()) {
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        }
        query.finish();
    }
    if (!storeSql::exec(query, u"PRAGMA foreign_key_check"_s, &error)) {
        problems << error;
    } else {
        while (query.next())
            problems << QCoreApplication::translate("CaseStore", "%1 row %2 refers to a missing row in %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        query.finish();
    }
    return problems;
}

int CaseStore::schemaVersion() const
{
    QString error;
    const int version = StoreSchema::userVersion(d->connectionName, &error);
    d->lastError = error;
    return version;
}

} // namespace samordna
