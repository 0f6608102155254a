// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseService.h"

#include "domain/Personnummer.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "rules/RuleData.h"
#include "safety/CaseId.h"
#include "safety/EchoText.h"
#include "store/AuditLog.h"
#include "store/CaseDiff.h"
#include "store/CaseRepository.h"
#include "store/CaseWriter.h"
#include "store/DerivedColumns.h"
#include "store/JournalPolicy.h"
#include "store/JournalStamps.h"
#include "store/StoreAddress.h"
#include "store/StoreFile.h"
#include "store/StoreMaintenance.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// How soon a session the server closed is noticed while the program is idle.
constexpr int SessionCheckMs = 1000;

QString noCaseText(const QString &id)
{
    return QCoreApplication::translate("CaseStore", "there is no case %1").arg(id);
}

WriteResult conflict(const QString &id, qint64 storedRevision)
{
    WriteResult result = WriteResult::refused(
        WriteResult::Conflict,
        QCoreApplication::translate("CaseStore",
                                    "case %1 was changed by someone else after you opened it; nothing was "
                                    "saved. Open it again to see the changes")
            .arg(id),
        id);
    result.revision = storedRevision;
    return result;
}

WriteResult saved(const QString &id, qint64 revision)
{
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = id;
    result.revision = revision;
    return result;
}

// Writes `after` over `before` as the next revision, with the audit row
// that says what happened; inside the caller's transaction. Stale when the
// stored case has moved on from `before`, and the caller rolls back.
// The audit row goes first: on a team store the case's row, written next,
// holds the case for its other savers until the commit, so the fewer
// statements after it, the sooner they go on.
CaseWriter::Update writeChange(const StoreConnection &connection, const StoredCase &before, const CaseRecord &after,
                               const QString &action, const QString &details, const QDate &today, QString *error)
{
    if (!AuditLog::append(connection, after.id, action, details, error))
        return CaseWriter::Update::Failed;
    return CaseWriter(connection, today).update(before, after, storeSql::nowUtc(), error);
}

} // namespace

CaseService::CaseService(std::unique_ptr<StoreConnection> connection)
    : m_connection(std::move(connection))
    , m_cases(std::make_unique<CaseRepository>(*m_connection))
{
    if (!m_connection->isServer())
        return;
    // A team store tells every client of the cases the others save (see
    // TeamAccess::setup()); what reaches this one goes out on the same
    // signals as its own saves. The subscription lives in the session, so
    // it is renewed after a reconnect.
    m_connection->setReconnected([this] {
        subscribe();
        if (!m_connected) {
            m_connected = true;
            Q_EMIT connectionRestored();
        }
    });
    subscribe();
}

void CaseService::subscribe()
{
    QSqlDriver *driver = m_connection->database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // The driver listens with a socket notifier, which needs the thread's
    // event loop; a worker thread without one (a bench client) is not told.
    if (!QThread::currentThread()->eventDispatcher())
        return;
    driver->subscribeToNotification(StoreDialect::changeChannel());
    connect(driver, &QSqlDriver::notification, this, &CaseService::onNotification, Qt::UniqueConnection);
    watchSession();
}

void CaseService::watchSession()
{
    // QPSQL reads the session's socket whenever the server sends something
    // (it listens for the notifications above), so a session the server
    // closes is found closed there and the driver says so from then on;
    // asking it costs no round trip to the server.
    if (m_sessionCheck)
        return;
    m_sessionCheck = new QTimer(this);
    m_sessionCheck->setInterval(SessionCheckMs);
    connect(m_sessionCheck, &QTimer::timeout, this, &CaseService::checkSession);
    m_sessionCheck->start();
}

void CaseService::checkSession()
{
    if (!m_connection->isServer() || !m_connected || m_connection->database().isOpen())
        return;
    m_connected = false;
    // libpq has closed the socket; closing the session stops the driver
    // from watching a socket that is no more.
    m_connection->closeSession();
    Q_EMIT connectionLost();
}

bool CaseService::isConnected() const
{
    return !m_connection->isServer() || m_connection->database().isOpen();
}

bool CaseService::reconnect(QString *error)
{
    // The connection's handler (set above) subscribes again and tells.
    return m_connection->reconnect(error);
}

std::function<bool(QString *error)> CaseService::serverCheck() const
{
    return [name = m_connection->name()](QString *error) {
        static QAtomicInteger<quint64> checks;
        const QString checkName = u"%1-check-%2"_s.arg(name).arg(++checks);
        bool answers = false;
        {
            // A copy of the session's settings, the password included, which
            // lives in this process's memory only.
            QSqlDatabase check = QSqlDatabase::cloneDatabase(name, checkName);
            answers = check.isValid() && check.open();
            if (!answers && error)
                *error = check.lastError().databaseText().trimmed();
            check.close();
        }
        QSqlDatabase::removeDatabase(checkName);
        return answers;
    };
}

void CaseService::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own saves have been told already, by the save itself.
    if (name != StoreDialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    // "change S-000123 4" or "add S-000123 1"; the row is read again, so a
    // case of a district this user may not see is never told of.
    const QStringList parts = payload.toString().split(u' ');
    if (parts.size() != 3)
        return;
    const auto row = m_cases->summary(parts.at(1));
    if (!row)
        return;
    if (parts.at(0) == u"add")
        Q_EMIT casesAdded({row->id});
    else
        Q_EMIT caseChanged(row->id, row->revision);
}

CaseService::~CaseService() = default;

CaseService::OpenResult CaseService::open(const QString &path, Mode mode, const QString &password)
{
    OpenResult result;
    QString error;
    const auto address = StoreAddress::parse(path, &error);
    if (!address) {
        result.error = error;
        return result;
    }
    auto opened = address->isServer() ? StoreConnection::openServer(*address, mode, password)
                                      : StoreConnection::openFile(path, mode);
    if (!opened.connection) {
        result.error = opened.error;
        result.passwordNeeded = opened.passwordNeeded;
        return result;
    }
    result.readOnly = opened.connection->isReadOnly();
    // The next due dates are worked out again for new rules or a new day;
    // a read-only store shows them as they were last worked out.
    error.clear();
    if (!result.readOnly && !DerivedColumns::refresh(*opened.connection, Clock::today(), &error)) {
        result.error = QCoreApplication::translate("CaseStore",
                                                   "the deadlines in the store %1 cannot be brought up to "
                                                   "date: %2")
                           .arg(QDir::toNativeSeparators(opened.connection->location()), error);
        return result;
    }
    result.store.reset(new CaseService(std::move(opened.connection)));
    return result;
}

QString CaseService::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.samordna"_s;
    StoreFile::makePrivateFolder(folder);
    return folder + u"/samordna.sqlite"_s;
}

QString CaseService::resolvePath(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString fromEnvironment = qEnvironmentVariable("SAMORDNA_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

const StoreConnection &CaseService::connection() const
{
    return *m_connection;
}

QString CaseService::path() const
{
    return m_connection->location();
}

QString CaseService::identity() const
{
    return m_connection->identity();
}

QString CaseService::description() const
{
    return m_connection->description();
}

bool CaseService::isReadOnly() const
{
    return m_connection->isReadOnly();
}

QString CaseService::user() const
{
    return m_connection->user();
}

void CaseService::setUser(const QString &user)
{
    m_connection->setUser(user);
}

WriteResult CaseService::readOnlyRefusal(const QString &caseId) const
{
    return WriteResult::refused(
        WriteResult::Failed,
        QCoreApplication::translate("CaseStore", "nothing was saved: %1").arg(m_connection->readOnlyReason()), caseId);
}

WriteResult CaseService::failed(const QString &error, const QString &caseId) const
{
    // A save that failed because the session is gone says so to the
    // windows, once the caller has the result.
    if (m_connection->isServer())
        QMetaObject::invokeMethod(const_cast<CaseService *>(this), &CaseService::checkSession, Qt::QueuedConnection);
    return WriteResult::refused(
        WriteResult::Failed, QCoreApplication::translate("CaseStore", "the case was not saved: %1").arg(error), caseId);
}

QString CaseService::validateRecord(const CaseRecord &record) const
{
    // Every door (import, the GUI, a save) checks the same grammar; an id
    // names files and columns.
    if (!record.id.isEmpty() && !caseId::isValid(record.id))
        return caseId::problem(record.id);
    if (echo::hasControlCharacters(record.person.name))
        return QCoreApplication::translate("CaseStore", "the name contains a line break or another control character");
    const auto parsed = Personnummer::parse(record.person.personnummer, Clock::today());
    if (!parsed)
        return QCoreApplication::translate("CaseStore", "personnummer: %1").arg(Personnummer::errorText(parsed.error));
    if (!record.district.isEmpty() && !RuleData::standard().district(record.district))
        return QCoreApplication::translate("CaseStore", "district: \"%1\" is not one of %2")
            .arg(echo::cut(record.district), RuleData::standard().districtNames().join(u", "_s));
    return {};
}

WriteResult CaseService::create(const CaseRecord &input, const QString &action)
{
    if (isReadOnly())
        return readOnlyRefusal();
    if (const QString problem = validateRecord(input); !problem.isEmpty())
        return WriteResult::refused(WriteResult::Invalid, problem, input.id);

    QString error;
    StoreTransaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error, input.id);
    CaseRecord record = input;
    JournalStamps::apply({}, record.journal, user(), QDateTime::currentDateTimeUtc());
    if (record.id.isEmpty()) {
        record.id = m_cases->nextFreeId(&error);
        if (record.id.isEmpty())
            return failed(error);
    } else {
        const qint64 existing = m_cases->revision(record.id, &error);
        if (existing < 0)
            return failed(error, record.id);
        if (existing > 0)
            return WriteResult::refused(
                WriteResult::Invalid,
                QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id), record.id);
    }
    if (!CaseWriter(*m_connection, Clock::today()).insert(record, 1, storeSql::nowUtc(), &error)
        || !AuditLog::append(*m_connection, record.id, action, {}, &error) || !transaction.commit(&error))
        return failed(error, record.id);
    Q_EMIT casesAdded({record.id});
    return saved(record.id, 1);
}

WriteResult CaseService::createCase(const CaseRecord &record)
{
    return create(record, u"create"_s);
}

WriteResult CaseService::importCase(const CaseRecord &record)
{
    return create(record, u"import"_s);
}

WriteResult CaseService::importCases(const QList<CaseRecord> &records, QStringList *ids)
{
    if (isReadOnly())
        return readOnlyRefusal();
    // Everything that can be judged without the file is judged before the
    // write lock is taken.
    QSet<QString> given;
    given.reserve(records.size());
    for (const CaseRecord &record : records) {
        if (const QString problem = validateRecord(record); !problem.isEmpty())
            return WriteResult::refused(WriteResult::Invalid, problem, record.id);
        if (record.id.isEmpty())
            continue;
        // The second of two cases with one id would find the first there
        // already; the existing words say so.
        if (given.contains(record.id))
            return WriteResult::refused(
                WriteResult::Invalid,
                QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id), record.id);
        given.insert(record.id);
    }

    QString error;
    StoreTransaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error);
    CaseWriter writer(*m_connection, Clock::today());
    const QString now = storeSql::nowUtc();
    QStringList stored;
    stored.reserve(records.size());
    // New numbers continue from the highest one, found once rather than per
    // case: that search reads every id.
    qint64 number = -1;
    QString prefix;
    CaseRecord record;
    QSqlQuery auditStatement(m_connection->database());
    for (const CaseRecord &input : records) {
        record = input;
        if (record.id.isEmpty()) {
            if (number < 0) {
                prefix = m_cases->idPrefix(&error);
                number = prefix.isEmpty() ? -1 : m_cases->highestNumber(&error);
                if (number < 0)
                    return failed(error);
            }
            // An id given further down the list is not free either.
            for (;;) {
                record.id = CaseRepository::numberedId(prefix, ++number);
                if (given.contains(record.id))
                    continue;
                const qint64 found = m_cases->revision(record.id, &error);
                if (found < 0)
                    return failed(error);
                if (found == 0)
                    break;
            }
        }
        // A given id that exists already makes the insert fail; only then is
        // it looked up, rather than once for every case beforehand.
        if (!writer.insert(record, 1, now, &error)) {
            if (!input.id.isEmpty() && m_cases->revision(record.id, &error) > 0)
                return WriteResult::refused(
                    WriteResult::Invalid,
                    QCoreApplication::translate("CaseStore", "a case with id %1 exists already").arg(record.id),
                    record.id);
            return failed(error, record.id);
        }
        if (!AuditLog::append(m_connection->name(), user(), record.id, u"import"_s, {}, &error, &auditStatement))
            return failed(error, record.id);
        stored << record.id;
    }
    if (!transaction.commit(&error))
        return failed(error);
    if (ids)
        *ids = stored;
    if (!stored.isEmpty())
        Q_EMIT casesAdded(stored);
    return saved(stored.isEmpty() ? QString() : stored.constLast(), 1);
}

WriteResult CaseService::saveCase(const CaseRecord &incoming, qint64 expectedRevision, const AlongsideWrite &alongside)
{
    CaseRecord record = incoming;
    if (isReadOnly())
        return readOnlyRefusal(record.id);
    if (record.id.isEmpty())
        return WriteResult::refused(WriteResult::Invalid,
                                    QCoreApplication::translate("CaseStore", "the case has no id; create it first"));
    if (const QString problem = validateRecord(record); !problem.isEmpty())
        return WriteResult::refused(WriteResult::Invalid, problem, record.id);

    QString error;
    StoreTransaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error, record.id);
    // The case is read before it is held: on a team store every statement
    // made while holding it keeps the other savers of the case waiting. What
    // is read is the revision the save expects or the save is refused, and
    // the write below takes the case only while it is still at that
    // revision (CaseWriter::update), so nothing saved in between is lost.
    // The case as loadCase() read it at that revision is that case already.
    const auto remembered = m_read.at(record.id, expectedRevision);
    const auto before = remembered ? ReadResult<StoredCase>::found(*remembered) : m_cases->load(record.id);
    m_read.forget(record.id);
    if (!before.ok())
        return failed(before.error, record.id);
    if (!before)
        return WriteResult::refused(WriteResult::Invalid, noCaseText(record.id), record.id);
    if (before->revision != expectedRevision)
        return conflict(record.id, before->revision);
    // Read statement by statement, the lists may already hold a save
    // committed after the case's row was read; the write would find that
    // out, but an answer given without writing is given only once the
    // case is known not to have moved on since.
    const auto unlessMovedOn = [&](const WriteResult &answer) {
        const qint64 current = m_cases->revision(record.id, &error);
        if (current < 0)
            return failed(error, record.id);
        return current == before->revision ? answer : movedOn(record.id);
    };
    if (const QString problem = JournalPolicy::check(before->record.journal, record.journal); !problem.isEmpty())
        return unlessMovedOn(WriteResult::refused(WriteResult::Invalid, problem, record.id));
    // The stored notes keep their stamps whatever the record carries (a case
    // document has none); a new note or marking is stamped now, by its author.
    JournalStamps::apply(before->record.journal, record.journal, user(), QDateTime::currentDateTimeUtc());

    // "Nothing changed" is the records' equality, so a field CaseDiff does
    // not name is still saved; CaseDiff only names what the audit row lists.
    const bool changed = !(before->record == record);
    if (!changed && !alongside)
        return unlessMovedOn(saved(record.id, before->revision)); // no new revision, no audit row
    if (changed) {
        QStringList fields = CaseDiff::changedFields(before->record, record);
        if (fields.isEmpty())
            fields << u"case"_s;
        switch (writeChange(*m_connection, *before, record, u"change"_s, fields.join(u','), Clock::today(), &error)) {
        case CaseWriter::Update::Written:
            break;
        case CaseWriter::Update::Stale:
            return movedOn(record.id);
        case CaseWriter::Update::Failed:
            return failed(error, record.id);
        }
    } else {
        // Only what goes along is written: the case is held while it is.
        const qint64 current = m_cases->lockForWrite(record.id, &error);
        if (current < 0)
            return failed(error, record.id);
        if (current != before->revision)
            return movedOn(record.id);
    }
    if ((alongside && !alongside(&error)) || !transaction.commit(&error))
        return failed(error, record.id);
    const qint64 revision = changed ? before->revision + 1 : before->revision;
    if (changed)
        Q_EMIT caseChanged(record.id, revision);
    return saved(record.id, revision);
}

WriteResult CaseService::movedOn(const QString &id) const
{
    // Another save of the case committed after it was read here.
    QString error;
    const qint64 current = m_cases->revision(id, &error);
    if (current < 0)
        return failed(error, id);
    if (current == 0)
        return WriteResult::refused(WriteResult::Invalid, noCaseText(id), id);
    return conflict(id, current);
}

WriteResult CaseService::transition(const QString &id, Stage target, const QString &note, qint64 expectedRevision,
                                    const QDate &today, const QString &author)
{
    if (isReadOnly())
        return readOnlyRefusal(id);
    QString error;
    StoreTransaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error, id);
    const qint64 current = m_cases->lockForWrite(id, &error);
    if (current < 0)
        return failed(error, id);
    if (current == 0)
        return WriteResult::refused(WriteResult::Invalid, noCaseText(id), id);
    if (current != expectedRevision)
        return conflict(id, current);
    const auto before = m_cases->load(id);
    if (!before.ok())
        return failed(before.error, id);
    if (!before)
        return WriteResult::refused(WriteResult::Invalid, noCaseText(id), id);
    const Stage from = before->record.stage;
    const Assessment assessment = assess(before->record, today);
    const Transition *step = assessment.transitionTo(target);
    if (!step)
        return WriteResult::refused(
            WriteResult::Invalid,
            QCoreApplication::translate("CaseStore", "the case is in box %1 already").arg(stageNumber(target)), id);
    if (!step->allowed)
        return WriteResult::refused(WriteResult::Invalid, step->reason, id);

    CaseRecord after = before->record;
    after.stage = target;
    if (after.stageHistory.isEmpty())
        after.stageHistory << StageEntry{from, today};
    after.stageHistory << StageEntry{target, std::max(today, after.stageHistory.constLast().from)};
    JournalEntry entry;
    entry.date = today;
    entry.author = author.trimmed().isEmpty() ? user() : author.trimmed();
    entry.text = process::transitionNote(from, target, note);
    entry.registeredAt = QDateTime::currentDateTimeUtc();
    after.journal << entry;

    const QString details = u"from=%1,to=%2"_s.arg(stageCode(from), stageCode(target));
    switch (writeChange(*m_connection, *before, after, u"transition"_s, details, today, &error)) {
    case CaseWriter::Update::Written:
        break;
    case CaseWriter::Update::Stale: // not while it is held, but said as a conflict if it were
        return movedOn(id);
    case CaseWriter::Update::Failed:
        return failed(error, id);
    }
    if (!transaction.commit(&error))
        return failed(error, id);
    Q_EMIT caseChanged(id, before->revision + 1);
    return saved(id, before->revision + 1);
}

ReadResult<StoredCase> CaseService::openCase(const QString &id)
{
    // Asked before the case is read, so a refused opening reads nothing.
    if (const QString refusal = auditRefusal(); !refusal.isEmpty())
        return ReadResult<StoredCase>::failed(
            QCoreApplication::translate("CaseStore", "case %1 is not shown: %2").arg(id, refusal));
    auto stored = loadCase(id);
    if (!stored)
        return stored;
    if (const WriteResult written = audit(id, u"open"_s); !written.ok())
        return ReadResult<StoredCase>::failed(
            QCoreApplication::translate("CaseStore", "case %1 is not shown: %2").arg(id, written.message));
    return stored;
}

ReadResult<StoredCase> CaseService::loadCase(const QString &id) const
{
    auto stored = m_cases->load(id);
    if (stored)
        m_read.remember(*stored);
    return stored;
}

ReadResult<CaseSummary> CaseService::summary(const QString &id) const
{
    return m_cases->summary(id);
}

ReadResult<int> CaseService::caseCount() const
{
    return m_cases->count();
}

ReadResult<QList<CaseSummary>> CaseService::summaries(int offset, int limit) const
{
    return m_cases->summaries(offset, limit);
}

ReadResult<QList<CaseSummary>> CaseService::summariesAfter(const QString &afterId, int limit) const
{
    return m_cases->summariesAfter(afterId, limit);
}

QString CaseService::forEachSummary(const std::function<void(const CaseSummary &)> &visit) const
{
    return m_cases->forEachSummary(visit);
}

ReadResult<QStringList> CaseService::caseIdsForPersonnummer(const QString &personnummer) const
{
    // Accept any written form, so a caller need not normalise first.
    QString key = personnummer.trimmed();
    if (const auto parsed = Personnummer::parse(key, Clock::today()))
        key = parsed.value->normalized();
    return m_cases->idsForPersonnummer(key);
}

ReadResult<QString> CaseService::noCoordinationReason(const QString &id) const
{
    QString error;
    QSqlQuery query(m_connection->database());
    if (!storeSql::prepare(query, u"SELECT no_coordination_reason FROM cases WHERE id = ?"_s, &error))
        return ReadResult<QString>::failed(error);
    query.addBindValue(id);
    if (!storeSql::exec(query, &error))
        return ReadResult<QString>::failed(error);
    return ReadResult<QString>::found(query.next() ? query.value(0).toString() : QString());
}

WriteResult CaseService::setNoCoordinationReason(const QString &id, const QString &reason)
{
    if (isReadOnly())
        return readOnlyRefusal(id);
    QString error;
    StoreTransaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error, id);
    QSqlQuery query(m_connection->database());
    if (!storeSql::prepare(query, u"UPDATE cases SET no_coordination_reason = ? WHERE id = ?"_s, &error))
        return failed(error, id);
    query.addBindValue(reason.trimmed());
    query.addBindValue(id);
    if (!storeSql::exec(query, &error))
        return failed(error, id);
    if (query.numRowsAffected() != 1)
        return WriteResult::refused(WriteResult::Invalid, noCaseText(id), id);
    const qint64 revision = m_cases->revision(id, &error);
    if (revision < 0)
        return failed(error, id);
    m_connection->announce(StoreConnection::CaseEvent::Changed, id, revision);
    if (!AuditLog::append(*m_connection, id, u"change"_s, u"noCoordinationReason"_s, &error)
        || !transaction.commit(&error))
        return failed(error, id);
    WriteResult result;
    result.status = WriteResult::Saved;
    result.caseId = id;
    return result;
}

QString CaseService::auditRefusal() const
{
    if (!isReadOnly())
        return {};
    return QCoreApplication::translate(
               "CaseStore",
               "its audit log cannot be written (%1), and nothing is shown or copied without a record of it")
        .arg(m_connection->readOnlyReason());
}

WriteResult CaseService::audit(const QString &caseId, const QString &action, const QString &details)
{
    return auditEach(QStringList{caseId}, action, details);
}

WriteResult CaseService::auditEach(const QStringList &caseIds, const QString &action, const QString &details)
{
    if (const QString refusal = auditRefusal(); !refusal.isEmpty())
        return WriteResult::refused(WriteResult::Failed, refusal);
    QString error;
    StoreTransaction transaction(*m_connection);
    bool ok = transaction.begin(&error);
    for (const QString &caseId : caseIds) {
        if (!ok)
            break;
        ok = AuditLog::append(*m_connection, caseId, action, details, &error);
    }
    if (!ok || !transaction.commit(&error))
        return WriteResult::refused(
            WriteResult::Failed, QCoreApplication::translate("CaseStore", "cannot write the audit log: %1").arg(error));
    WriteResult result;
    result.status = WriteResult::Saved;
    return result;
}

WriteResult CaseService::auditListReveal(const QStringList &caseIds)
{
    return auditEach(caseIds, u"reveal"_s, u"list"_s);
}

ReadResult<QList<AuditEntry>> CaseService::auditLog(const QString &caseId) const
{
    QString error;
    auto entries = AuditLog::read(m_connection->name(), caseId, &error);
    if (!error.isEmpty())
        return ReadResult<QList<AuditEntry>>::failed(
            QCoreApplication::translate("CaseStore", "cannot read the audit log: %1").arg(error));
    return ReadResult<QList<AuditEntry>>::found(entries);
}

bool CaseService::backup(const QString &target, QString *error)
{
    if (const QString refusal = auditRefusal(); !refusal.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CaseStore", "no backup was made: %1").arg(refusal);
        return false;
    }
    return StoreMaintenance(*m_connection).backup(target, error);
}

QStringList CaseService::check() const
{
    return StoreMaintenance(*m_connection).check();
}

ReadResult<int> CaseService::schemaVersion() const
{
    QString error;
    const int version = m_connection->schemaVersion(&error);
    if (version < 0)
        return ReadResult<int>::failed(error);
    return ReadResult<int>::found(version);
}

} // namespace samordna
