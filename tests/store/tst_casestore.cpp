// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreBackend.h"
#include "StoreTestSupport.h"

#include "domain/Personnummer.h"
#include "service/CaseService.h"
#include "store/AuditLog.h"
#include "store/KonsultationsteamMeetings.h"
#include "store/StoreConnection.h"
#include "store/StoreSchema.h"
#include "util/Clock.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>
#include <thread>
#include <vector>

using namespace samordna;
using namespace storeTest;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

CaseRecord minimalCase(const QString &personnummer = u"19850612-1238"_s)
{
    CaseRecord record;
    record.person = {personnummer, u"Fiktiv Person"_s};
    record.district = u"Öster"_s;
    return record;
}

// A save that was told it failed left the case and the audit log as they
// were before it, as a second connection sees them.
void expectNothingStored(RawConnection &connection, const QString &caseId, const QString &storedName, int auditRows)
{
    const QString where = u" WHERE id = '%1'"_s.arg(caseId);
    QCOMPARE(connection.value(u"SELECT revision FROM cases"_s + where).toInt(), 1);
    QCOMPARE(connection.value(u"SELECT name FROM cases"_s + where).toString(), storedName);
    QCOMPARE(connection.value(u"SELECT count(*) FROM audit_log"_s).toInt(), auditRows);
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void newFileIsPrivate();
    void roundTrip();
    void newIdsAndSummaries();
    void staleRevisionIsRefused();
    void saveFromAnEarlierReadIsRefused();
    void journalIsAppendOnly();
    void journalKeepsItsStamps();
    void movesAreSignedByTheirAuthor();
    void noCoordinationReasonStaysInTheStore();
    void auditLogIsAppendOnly();
    void everyActionIsAudited();
    void identityTellsStoresApart();
    void transitionFollowsTheRules();
    void invalidCaseIsRefused();
    void newerVersionIsRefusedUnchanged();
    void damagedFileIsRefusedUnchanged();
    void otherFilesAreRefusedUnchanged_data();
    void otherFilesAreRefusedUnchanged();
    void readOnlyFileOpensReadOnly();
    void lockedStoreIsRefused();
    void backupOpensAsStore();
    void versionOneFixtureOpens();
    void versionThreeFixtureMigratesWhole();
    void meetingGetsItsAgendasDistrict();
    void stageHistoryRebuiltFromRecordedMoves();
    void transitionWritesStageHistory();
    void pathResolution();
    void nextDueIsNeverTrustedStale();
    void bothBackendsHaveOneSchema();
    void clientsSavingOneCaseAtOnce();
    void saveThatWaitedIsRefused();
    void droppedConnectionLosesNothing();
    void connectionLostAtCommitLosesNothing();
    void saveIsDoneOnlyWhenCommitted();
    void otherClientsHearOfSaves();

private:
    std::unique_ptr<CaseService> openStore(const QString &path, CaseService::Mode mode = CaseService::Mode::ReadWrite);
    std::unique_ptr<CaseService> storeWithFixtures(const QString &path);

    std::unique_ptr<TestStores> m_stores;
};

void TestCaseStore::initTestCase()
{
    Clock::setToday(referenceDate());
}

void TestCaseStore::initTestCase_data()
{
    addBackendRows();
}

void TestCaseStore::init()
{
    m_stores.reset();
    STORE_TEST_BACKEND(m_stores);
}

std::unique_ptr<CaseService> TestCaseStore::openStore(const QString &path, CaseService::Mode mode)
{
    auto opened = CaseService::open(path, mode);
    if (!opened.store)
        qWarning("open failed: %s", qPrintable(opened.error));
    return std::move(opened.store);
}

std::unique_ptr<CaseService> TestCaseStore::storeWithFixtures(const QString &path)
{
    auto store = openStore(path);
    if (!store)
        return store;
    for (const QString &file : caseFiles()) {
        const WriteResult result = store->importCase(readCase(file));
        if (!result.ok()) {
            qWarning("import failed: %s", qPrintable(result.message));
            return nullptr;
        }
    }
    return store;
}

void TestCaseStore::newFileIsPrivate()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"new.sqlite"_s);
    auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(!store->isReadOnly());
    QCOMPARE(store->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
    QCOMPARE(store->caseCount().valueOr(-1), 0);
    QVERIFY(store->createCase(minimalCase()).ok());
    QCOMPARE(QFileInfo(path).permissions() & GroupOrOther, QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    // SQLite gives its side files the store's own permissions.
    QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & GroupOrOther, QFileDevice::Permissions());
    QVERIFY(store->check().isEmpty());
}

void TestCaseStore::roundTrip()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    for (const QString &file : caseFiles()) {
        const QJsonObject input = jsonObject(file);
        const QString id = input.value(u"case").toObject().value(u"id").toString();
        const auto stored = store->loadCase(id);
        QVERIFY2(stored, qPrintable(id));
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->record, readCase(file));
        QCOMPARE(caseDocument::toJsonObject(stored->record), input);
    }
}

void TestCaseStore::newIdsAndSummaries()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    const WriteResult first = store->createCase(minimalCase());
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.caseId, u"S-000001"_s);
    QCOMPARE(store->createCase(minimalCase()).caseId, u"S-000002"_s);

    CaseRecord clash = minimalCase();
    clash.id = u"FX-1"_s;
    const WriteResult refused = store->createCase(clash);
    QCOMPARE(refused.status, WriteResult::Invalid);
    QCOMPARE(store->caseCount().valueOr(-1), 5);

    const auto rows = store->summaries(0, 3).valueOr({});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).id, u"FX-1"_s);
    QCOMPARE(rows.at(0).name, u"Testa Testsson"_s);
    QCOMPARE(rows.at(0).district, u"Norr"_s);
    QCOMPARE(rows.at(0).stage, Stage::Ruta3);
    // Granted on 2026-10-20 and no contact from FK: the week runs out first.
    QCOMPARE(rows.at(0).nextDue, QDate(2026, 10, 27));
    QCOMPARE(rows.at(0).nextDueKind, std::optional<DeadlineKind>(DeadlineKind::FkContactWithinWeek));
    QCOMPARE(rows.at(0).revision, 1);
    QVERIFY(rows.at(0).updated.isValid());
    QCOMPARE(rows.at(0).updated.timeSpec(), Qt::UTC);
    QVERIFY(rows.at(2).nextDue.isNull()); // FX-3: every deadline met
    QCOMPARE(store->summaries(3, 10).valueOr({}).size(), 2);

    QStringList visited;
    store->forEachSummary([&visited](const CaseSummary &row) { visited << row.id; });
    QCOMPARE(visited, (QStringList{u"FX-1"_s, u"FX-2"_s, u"FX-3"_s, u"S-000001"_s, u"S-000002"_s}));

    QCOMPARE(store->caseIdsForPersonnummer(u"19900315-2387"_s).valueOr({}), QStringList{u"FX-1"_s});
    QCOMPARE(store->caseIdsForPersonnummer(u"900315-2387"_s).valueOr({}), QStringList{u"FX-1"_s});
    QCOMPARE(store->caseIdsForPersonnummer(u"19850612-1238"_s).valueOr({}),
             (QStringList{u"FX-2"_s, u"S-000001"_s, u"S-000002"_s}));
}

void TestCaseStore::staleRevisionIsRefused()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    auto stored = store->loadCase(u"FX-2"_s);
    QVERIFY(stored);
    CaseRecord first = stored->record;
    first.person.name = u"Ändrat Namn"_s;
    const WriteResult saved = store->saveCase(first, stored->revision);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.revision, 2);

    CaseRecord second = stored->record;
    second.district = u"Norr"_s;
    const WriteResult stale = store->saveCase(second, stored->revision);
    QCOMPARE(stale.status, WriteResult::Conflict);
    QVERIFY(!stale.message.isEmpty());
    QCOMPARE(stale.revision, 2);

    const auto now = store->loadCase(u"FX-2"_s);
    QCOMPARE(now->revision, 2);
    QCOMPARE(now->record, first);

    // Saving what is stored changes nothing and writes no audit row.
    const int rows = store->auditLog(u"FX-2"_s).valueOr({}).size();
    const WriteResult same = store->saveCase(first, 2);
    QVERIFY(same.ok());
    QCOMPARE(same.revision, 2);
    QCOMPARE(store->auditLog(u"FX-2"_s).valueOr({}).size(), rows);
}

// Two programs on one store: what one read before the other saved is not
// saved over the other's change, however the first remembers what it read.
void TestCaseStore::saveFromAnEarlierReadIsRefused()
{
    const QString address = m_stores->fresh();
    auto first = storeWithFixtures(address);
    QVERIFY(first);
    auto second = openStore(address);
    QVERIFY(second);
    const auto read = first->loadCase(u"FX-2"_s);
    QVERIFY(read);

    const auto theirs = second->loadCase(u"FX-2"_s);
    CaseRecord changed = theirs->record;
    changed.person.name = u"Ändrat Namn"_s;
    QVERIFY(second->saveCase(changed, theirs->revision).ok());

    CaseRecord mine = read->record;
    mine.journal << JournalEntry{QDate(2026, 11, 2), u"Handläggare"_s, u"Skriven på det som lästes först."_s, {}, {}};
    const WriteResult refused = first->saveCase(mine, read->revision);
    QCOMPARE(refused.status, WriteResult::Conflict);
    QCOMPARE(refused.revision, read->revision + 1);
    const auto stored = first->loadCase(u"FX-2"_s);
    QCOMPARE(stored->record, changed);

    // Read again, the note goes in beside the other's change, and the next
    // save goes on from the revision saved.
    CaseRecord again = stored->record;
    again.journal << mine.journal.constLast();
    const WriteResult saved = first->saveCase(again, stored->revision);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    again.district = u"Norr"_s;
    QVERIFY(first->saveCase(again, saved.revision).ok());
    const auto last = second->loadCase(u"FX-2"_s);
    QCOMPARE(last->revision, read->revision + 3);
    QCOMPARE(last->record.person.name, u"Ändrat Namn"_s);
    QCOMPARE(last->record.journal.constLast().text, u"Skriven på det som lästes först."_s);
    QCOMPARE(last->record.district, u"Norr"_s);
}

void TestCaseStore::journalIsAppendOnly()
{
    const QString address = m_stores->fresh();
    auto store = storeWithFixtures(address);
    QVERIFY(store);
    const auto stored = store->loadCase(u"FX-1"_s);
    QVERIFY(stored);
    const CaseRecord original = stored->record;

    CaseRecord edited = original;
    edited.journal[0].text = u"Omskriven."_s;
    QCOMPARE(store->saveCase(edited, 1).status, WriteResult::Invalid);

    CaseRecord removed = original;
    removed.journal.removeFirst();
    QCOMPARE(store->saveCase(removed, 1).status, WriteResult::Invalid);

    CaseRecord remarked = original;
    remarked.journal[1].markedWrongReason = u"Annan anledning."_s;
    QCOMPARE(store->saveCase(remarked, 1).status, WriteResult::Invalid);

    CaseRecord noReason = original;
    noReason.journal[0].markedWrongDate = QDate(2026, 11, 1);
    QCOMPARE(store->saveCase(noReason, 1).status, WriteResult::Invalid);
    QCOMPARE(store->loadCase(u"FX-1"_s)->record, original);

    CaseRecord marked = original;
    marked.journal[0].markedWrongDate = QDate(2026, 11, 1);
    marked.journal[0].markedWrongReason = u"Fel datum."_s;
    marked.journal << JournalEntry{QDate(2026, 11, 2), u"Handläggare Ett"_s, u"Ny anteckning."_s, {}, {}};
    const WriteResult saved = store->saveCase(marked, 1);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(store->loadCase(u"FX-1"_s)->record, marked);
    const auto audit = store->auditLog(u"FX-1"_s).valueOr({});
    QCOMPARE(audit.constLast().action, u"change"_s);
    QCOMPARE(audit.constLast().details, u"journal,journal.markedWrong"_s);

    // The tables hold the rule too, for a write that bypasses the store.
    store.reset();
    RawConnection raw(address);
    QVERIFY(!raw.exec(u"UPDATE journal_entries SET text = 'x' WHERE case_id = 'FX-1'"_s));
    QVERIFY(!raw.exec(u"DELETE FROM journal_entries"_s));
    QCOMPARE(raw.value(u"SELECT count(*) FROM journal_entries"_s).toInt(), 4);
}

void TestCaseStore::journalKeepsItsStamps()
{
    const QString address = m_stores->fresh();
    auto store = storeWithFixtures(address);
    QVERIFY(store);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto stored = store->loadCase(u"FX-1"_s);
    QVERIFY(stored);
    // Imported notes were registered as they came in.
    for (const JournalEntry &note : stored->record.journal) {
        QVERIFY(note.registeredAt.isValid());
        QVERIFY(!note.registeredDayOnly);
    }
    const QList<JournalEntry> imported = stored->record.journal;

    // A note of an earlier day, written now: the day it tells of and its
    // registration are kept apart.
    CaseRecord edited = stored->record;
    edited.journal << JournalEntry{QDate(2026, 10, 2), u"Sara Svensson"_s, u"Samtal i efterhand."_s, {}, {}};
    edited.journal[0].markedWrongDate = referenceDate();
    edited.journal[0].markedWrongReason = u"Fel person."_s;
    edited.journal[0].markedWrongBy = u"Sara Svensson"_s;
    QVERIFY(store->saveCase(edited, stored->revision).ok());
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
    const auto saved = store->loadCase(u"FX-1"_s);
    const JournalEntry &added = saved->record.journal.constLast();
    QCOMPARE(added.date, QDate(2026, 10, 2));
    QVERIFY2(added.registeredAt >= start && added.registeredAt <= end, qPrintable(added.registeredAt.toString()));
    const JournalEntry &marked = saved->record.journal.constFirst();
    QCOMPARE(marked.markedWrongBy, u"Sara Svensson"_s);
    QVERIFY(marked.markedWrongAt >= start && marked.markedWrongAt <= end);
    QCOMPARE(marked.markedWrongReason, u"Fel person."_s);

    // A record without stamps (as read from a case document) neither
    // erases nor changes them; a marking without a name is the store's user's.
    CaseRecord fromDocument = saved->record;
    for (JournalEntry &note : fromDocument.journal) {
        note.registeredAt = {};
        note.markedWrongBy.clear();
        note.markedWrongAt = {};
    }
    fromDocument.journal.last().markedWrongDate = referenceDate();
    fromDocument.journal.last().markedWrongReason = u"Dubblett."_s;
    QVERIFY(store->saveCase(fromDocument, saved->revision).ok());
    const auto again = store->loadCase(u"FX-1"_s);
    for (qsizetype i = 0; i < again->record.journal.size(); ++i) {
        QCOMPARE(again->record.journal.at(i).registeredAt, saved->record.journal.at(i).registeredAt);
        if (i < imported.size())
            QCOMPARE(again->record.journal.at(i).registeredAt, imported.at(i).registeredAt);
    }
    QCOMPARE(again->record.journal.at(0).markedWrongBy, u"Sara Svensson"_s);
    QCOMPARE(again->record.journal.at(0).markedWrongAt, marked.markedWrongAt);
    QCOMPARE(again->record.journal.constLast().markedWrongBy, store->user());
    QVERIFY(again->record.journal.constLast().markedWrongAt.isValid());

    // The registration is as fixed as the note, for a write that bypasses the store.
    store.reset();
    RawConnection raw(address);
    QVERIFY(raw.value(u"SELECT count(*) FROM journal_entries WHERE marked_wrong_date IS NULL"_s).toInt() > 0);
    QVERIFY(!raw.exec(u"UPDATE journal_entries SET registered_at = '2020-01-01T00:00:00Z' "
                      "WHERE marked_wrong_date IS NULL"_s));
}

void TestCaseStore::movesAreSignedByTheirAuthor()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    const WriteResult moved = store->transition(u"FX-1"_s, Stage::Ruta4, u"Mötet hölls."_s, 1, QDate(2026, 11, 12),
                                                u"Sara Svensson"_s);
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    const JournalEntry note = store->loadCase(u"FX-1"_s)->record.journal.constLast();
    QCOMPARE(note.author, u"Sara Svensson"_s);
    QCOMPARE(note.date, QDate(2026, 11, 12));
    QVERIFY(note.registeredAt.isValid());
}

void TestCaseStore::noCoordinationReasonStaysInTheStore()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    QCOMPARE(store->noCoordinationReason(u"FX-1"_s).valueOr(u"x"_s), QString());
    const WriteResult written = store->setNoCoordinationReason(
        u"FX-1"_s, u" FK: inte redo för arbetslivsinriktad rehabilitering. "_s);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(store->noCoordinationReason(u"FX-1"_s).valueOr({}),
             u"FK: inte redo för arbetslivsinriktad rehabilitering."_s);
    QCOMPARE(store->auditLog(u"FX-1"_s).valueOr({}).constLast().details, u"noCoordinationReason"_s);
    // No new revision; a case saved over it (as from a document) keeps it.
    const auto stored = store->loadCase(u"FX-1"_s);
    QCOMPARE(stored->revision, 1);
    CaseRecord edited = stored->record;
    edited.district = u"Norr"_s == edited.district ? u"Söder"_s : u"Norr"_s;
    QVERIFY(store->saveCase(edited, 1).ok());
    QCOMPARE(store->noCoordinationReason(u"FX-1"_s).valueOr({}),
             u"FK: inte redo för arbetslivsinriktad rehabilitering."_s);
    QCOMPARE(store->setNoCoordinationReason(u"NO-SUCH"_s, u"x"_s).status, WriteResult::Invalid);
}

void TestCaseStore::auditLogIsAppendOnly()
{
    const QString path = m_stores->fresh();
    {
        auto store = storeWithFixtures(path);
        QVERIFY(store);
    }
    // Refused by the table itself, even to its owner.
    RawConnection raw(path);
    QString error;
    QVERIFY(!raw.exec(u"UPDATE audit_log SET \"user\" = 'someone'"_s, &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    QVERIFY(!raw.exec(u"DELETE FROM audit_log"_s, &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), 3);
    if (m_stores->isServer()) {
        QVERIFY(!raw.exec(u"TRUNCATE audit_log"_s, &error));
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), 3);
    }
}

// Crash drafts are kept under the store's identity: two stores with the
// same case ids never share one, and the same store finds its own again.
void TestCaseStore::identityTellsStoresApart()
{
    const QString first = m_stores->fresh(u"first.sqlite"_s);
    const QString second = m_stores->fresh(u"second.sqlite"_s);
    QString identity;
    {
        auto store = openStore(first);
        QVERIFY(store);
        identity = store->identity();
    }
    QVERIFY(!identity.isEmpty());
    QVERIFY(!identity.contains(u'/') && !identity.contains(u'.'));
    auto other = openStore(second);
    QVERIFY(other);
    QVERIFY(other->identity() != identity);
    auto again = openStore(first);
    QVERIFY(again);
    QCOMPARE(again->identity(), identity);
}

void TestCaseStore::everyActionIsAudited()
{
    auto store = openStore(m_stores->fresh());
    QVERIFY(store);
    // A file's audit names the OS account (or the one set), whatever the
    // environment says; a team store's names the server's session user,
    // whatever the program says.
    const QString expectedUser = m_stores->isServer() ? ownerRole() : u"handlaggare"_s;
    qputenv("USER", "someone-else");
    qputenv("LOGNAME", "someone-else");
    store->setUser({});
    QCOMPARE(store->user(), m_stores->isServer() ? ownerRole() : AuditLog::systemUser());
    QVERIFY(store->user() != u"someone-else"_s);
    store->setUser(u"handlaggare"_s);
    QCOMPARE(store->user(), expectedUser);

    const WriteResult imported = store->importCase(readCase(caseFiles().at(1))); // FX-2, ruta2a
    QVERIFY(imported.ok());
    const WriteResult created = store->createCase(minimalCase());
    QVERIFY(created.ok());

    auto stored = store->loadCase(u"FX-2"_s);
    CaseRecord changed = stored->record;
    changed.person.name = u"Nytt Namn"_s;
    changed.person.personnummer = u"198506121238"_s;
    changed.facts.workCapacityReducedByIllness = true;
    // New documentation lets the case go back to box 1 to ask FK again.
    changed.medicalDocuments << MedicalDocument{referenceDate(), u"Vårdcentralen"_s, u"Nytt intyg"_s};
    const WriteResult saved = store->saveCase(changed, 1);
    QVERIFY(saved.ok());
    QVERIFY(store->transition(u"FX-2"_s, Stage::Ruta1, u"Frågar FK igen."_s, 2, referenceDate()).ok());
    QVERIFY(store->openCase(u"FX-2"_s));
    QVERIFY(store->audit(u"FX-2"_s, u"export"_s).ok());
    QString backupError;
    QVERIFY2(store->backup(m_stores->filePath(u"backup.sqlite"_s), &backupError), qPrintable(backupError));

    const auto rows = store->auditLog().valueOr({});
    QStringList actions;
    for (const AuditEntry &row : rows) {
        actions << row.action;
        QCOMPARE(row.user, expectedUser);
        QVERIFY(row.time.isValid());
        QCOMPARE(row.time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(row.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // Field names only: no personal values in the log.
        for (const QString &personal : {u"Nytt"_s, u"Prova"_s, u"850612"_s, u"Frågar"_s})
            QVERIFY2(!row.details.contains(personal), qPrintable(row.details));
    }
    QCOMPARE(
        actions,
        (QStringList{u"import"_s, u"create"_s, u"change"_s, u"transition"_s, u"open"_s, u"export"_s, u"backup"_s}));
    QCOMPARE(rows.at(0).caseId, u"FX-2"_s);
    QCOMPARE(rows.at(1).caseId, created.caseId);
    QCOMPARE(rows.at(2).details,
             u"person.personnummer,person.name,facts.workCapacityReducedByIllness,medicalDocuments"_s);
    QCOMPARE(rows.at(3).details, u"from=ruta2a,to=ruta1"_s);
    QVERIFY(rows.at(6).caseId.isEmpty());
    QCOMPARE(store->auditLog(u"FX-2"_s).valueOr({}).size(), 5);
}

void TestCaseStore::transitionFollowsTheRules()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    store->setUser(u"handlaggare"_s);

    // FX-1 is in box 3; its avstämningsmöte is on 2026-11-10.
    const WriteResult early = store->transition(u"FX-1"_s, Stage::Ruta4, {}, 1, QDate(2026, 11, 1));
    QCOMPARE(early.status, WriteResult::Invalid);
    QVERIFY(!early.message.isEmpty());
    QCOMPARE(store->loadCase(u"FX-1"_s)->revision, 1);

    QCOMPARE(store->transition(u"FX-1"_s, Stage::Ruta4, {}, 7, QDate(2026, 11, 12)).status, WriteResult::Conflict);
    QCOMPARE(store->transition(u"FX-1"_s, Stage::Ruta3, {}, 1, QDate(2026, 11, 12)).status, WriteResult::Invalid);
    QCOMPARE(store->transition(u"NO-SUCH"_s, Stage::Ruta3, {}, 1, QDate(2026, 11, 12)).status, WriteResult::Invalid);

    const WriteResult moved = store->transition(u"FX-1"_s, Stage::Ruta4, u"Mötet hölls."_s, 1, QDate(2026, 11, 12));
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QCOMPARE(moved.revision, 2);
    const auto after = store->loadCase(u"FX-1"_s);
    QCOMPARE(after->record.stage, Stage::Ruta4);
    QCOMPARE(after->record.journal.size(), 3);
    const JournalEntry &entry = after->record.journal.constLast();
    QCOMPARE(entry.date, QDate(2026, 11, 12));
    QCOMPARE(entry.author, store->user()); // a team store's is the server's user
    QCOMPARE(entry.text, u"Box 3 → box 4: Mötet hölls."_s);
}

void TestCaseStore::invalidCaseIsRefused()
{
    auto store = openStore(m_stores->fresh());
    QVERIFY(store);
    QCOMPARE(store->createCase(minimalCase(u"19850612-1239"_s)).status, WriteResult::Invalid);
    CaseRecord badDistrict = minimalCase();
    badDistrict.district = u"Atlantis"_s;
    QCOMPARE(store->createCase(badDistrict).status, WriteResult::Invalid);
    QCOMPARE(store->saveCase(minimalCase(), 1).status, WriteResult::Invalid); // no id
    CaseRecord absent = minimalCase();
    absent.id = u"NO-SUCH"_s;
    QCOMPARE(store->saveCase(absent, 1).status, WriteResult::Invalid);
    QCOMPARE(store->caseCount().valueOr(-1), 0);
    QVERIFY(store->auditLog().valueOr({}).isEmpty());
}

void TestCaseStore::newerVersionIsRefusedUnchanged()
{
    const QString path = m_stores->fresh(u"newer.sqlite"_s);
    QVERIFY(storeWithFixtures(path));
    const int newer = StoreSchema::currentVersion() + 1;
    if (m_stores->isServer()) {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE samordna_schema SET version = %1"_s.arg(newer)));
        const int rows = raw.value(u"SELECT count(*) FROM audit_log"_s).toInt();
        const auto opened = CaseService::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(u"newer version"_s), qPrintable(opened.error));
        QCOMPARE(raw.value(u"SELECT version FROM samordna_schema"_s).toInt(), newer);
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), rows);
        return;
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    const QByteArray before = sha256(path);
    const auto opened = CaseService::open(path);
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(u"newer version"_s), qPrintable(opened.error));
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void TestCaseStore::damagedFileIsRefusedUnchanged()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"damaged.sqlite"_s);
    {
        auto store = storeWithFixtures(path);
        QVERIFY(store);
        for (int i = 0; i < 40; ++i)
            QVERIFY(store->createCase(minimalCase()).ok());
    }
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 4 * 4096);
    // Overwrite every page after the schema page: the header still says
    // SQLite, the tables are garbage.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xa5 ^ (i & 0x3f));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = sha256(path);

    const auto opened = CaseService::open(path);
    QVERIFY(!opened.store);
    // A store whose pages are garbage is a damaged store, not some other file.
    QVERIFY2(opened.error.contains(u"damaged"_s), qPrintable(opened.error));
    QCOMPARE(sha256(path), before);
}

void TestCaseStore::otherFilesAreRefusedUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("Det här är en textfil, inte ett ärenderegister.\n")
                          << u"not a Samordna store"_s;
    QTest::newRow("short") << QByteArray("SQLite format 3") << u"not a Samordna store"_s;
    QByteArray header("SQLite format 3\0", 16);
    header += QByteArray(4096 - 16, '\x01');
    QTest::newRow("bad header") << header << u"not a Samordna store"_s;
}

void TestCaseStore::otherFilesAreRefusedUnchanged()
{
    STORE_TEST_FILE_ONLY(m_stores);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_stores->filePath(u"other.sqlite"_s);
    QVERIFY(writeFile(path, content));
    const QByteArray before = sha256(path);
    const auto opened = CaseService::open(path);
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
    QCOMPARE(sha256(path), before);
}

void TestCaseStore::readOnlyFileOpensReadOnly()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"readonly.sqlite"_s);
    QVERIFY(storeWithFixtures(path));
    // Another program's SQLite database is refused too.
    const QString foreign = m_stores->filePath(u"foreign.sqlite"_s);
    {
        RawConnection raw(foreign);
        QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s));
    }
    const QByteArray foreignHash = sha256(foreign);
    QVERIFY(!CaseService::open(foreign).store);
    QCOMPARE(sha256(foreign), foreignHash);

    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = sha256(path);
    auto opened = CaseService::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.readOnly);
    QVERIFY(opened.store->isReadOnly());
    QCOMPARE(opened.store->caseCount().valueOr(-1), 3);
    // What cannot be audited is not shown: the opening is refused, with why.
    const auto shown = opened.store->openCase(u"FX-1"_s);
    QVERIFY(!shown);
    QVERIFY2(shown.error.contains(u"is read-only"_s), qPrintable(shown.error));
    QCOMPARE(opened.store->createCase(minimalCase()).status, WriteResult::Failed);
    const WriteResult audited = opened.store->audit(u"FX-1"_s, u"export"_s);
    QVERIFY(!audited.ok());
    QVERIFY2(audited.message.contains(u"audit log cannot be written"_s), qPrintable(audited.message));
    QString backupError;
    QVERIFY(!opened.store->backup(m_stores->filePath(u"copy.sqlite"_s), &backupError));
    QVERIFY2(backupError.contains(u"is read-only"_s), qPrintable(backupError));
    QVERIFY(!QFileInfo::exists(m_stores->filePath(u"copy.sqlite"_s)));
    QVERIFY(opened.store->check().isEmpty());
    opened.store.reset();
    QCOMPARE(sha256(path), before);

    QVERIFY(QFile::setPermissions(path, OwnerReadWrite));
    auto asked = CaseService::open(path, CaseService::Mode::ReadOnly);
    QVERIFY(asked.store);
    QVERIFY(asked.readOnly);
    QVERIFY(!CaseService::open(m_stores->filePath(u"absent.sqlite"_s), CaseService::Mode::ReadOnly).store);
    QVERIFY(!QFileInfo::exists(m_stores->filePath(u"absent.sqlite"_s)));
}

void TestCaseStore::lockedStoreIsRefused()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"locked.sqlite"_s);
    QVERIFY(storeWithFixtures(path));
    RawConnection holder(path);
    QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"INSERT INTO audit_log (time, user, action) VALUES ('t', 'u', 'test')"_s));
    const QByteArray before = sha256(path);
    const auto opened = CaseService::open(path);
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(u"locked"_s), qPrintable(opened.error));
    QCOMPARE(sha256(path), before);
    QVERIFY(holder.exec(u"ROLLBACK"_s));
}

void TestCaseStore::backupOpensAsStore()
{
    auto store = storeWithFixtures(m_stores->fresh());
    QVERIFY(store);
    const QString target = m_stores->filePath(u"backup.sqlite"_s);
    QString error;
    QVERIFY2(store->backup(target, &error), qPrintable(error));
    QCOMPARE(QFileInfo(target).permissions() & GroupOrOther, QFileDevice::Permissions());
    QVERIFY(!store->backup(target, &error)); // never over an existing file
    QVERIFY(!error.isEmpty());

    auto copy = openStore(target);
    QVERIFY(copy);
    QCOMPARE(copy->caseCount().valueOr(-1), 3);
    QVERIFY(copy->check().isEmpty());
    QCOMPARE(copy->loadCase(u"FX-3"_s)->record, store->loadCase(u"FX-3"_s)->record);
    // The history up to the copy, and the copy itself on record in the store.
    const auto history = store->auditLog().valueOr({});
    QCOMPARE(history.constLast().action, u"backup"_s);
    QCOMPARE(copy->auditLog().valueOr({}).size(), history.size() - 1);
}

void TestCaseStore::versionOneFixtureOpens()
{
    STORE_TEST_FILE_ONLY(m_stores);
    // The fixture was written at schema 1; every later migration must bring
    // it forward with its cases intact.
    const QString path = m_stores->filePath(u"store-v1.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"store-v1.sqlite"_s), path));
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite));
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
    QVERIFY(store->check().isEmpty());
    QCOMPARE(store->caseCount().valueOr(-1), 3);
    for (const QString &file : caseFiles()) {
        CaseRecord expected = readCase(file);
        // Schema 1 had none of the case document's revision 2 fields; the
        // migration gives each case a history from its creation (the
        // fixture's cases record no moves), and nothing else.
        expected.facts.needsCoordination.reset();
        expected.medicalDocuments.clear();
        expected.contacts.clear();
        expected.forFk = {};
        expected.stageHistory = {StageEntry{expected.stage, QDate(2026, 11, 23)}};
        const auto stored = store->loadCase(expected.id);
        QVERIFY2(stored, qPrintable(expected.id));
        QCOMPARE(stored->record, expected);
        // Notes from before registration times were kept are registered on
        // their own day; nobody is named for an old marking.
        for (const JournalEntry &note : stored->record.journal) {
            QVERIFY(note.registeredDayOnly);
            QCOMPARE(note.registeredAt.date(), note.date);
            QVERIFY(note.markedWrongBy.isEmpty());
        }
    }
    QCOMPARE(store->auditLog().valueOr({}).size(), 3);
    QVERIFY(store->createCase(minimalCase()).ok());
}

namespace {

// Every row of every table a store file holds, as text, over the columns
// `columns` names for each table (all of them when not named), in primary
// key order: what a migration must leave as it was.
using TableRows = QMap<QString, QList<QStringList>>;
TableRows rowsOf(const QString &path, const QMap<QString, QStringList> &columns)
{
    TableRows rows;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rows"_s);
        raw.setDatabaseName(path);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!raw.open())
            return rows;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            QSqlQuery query(raw);
            // Table and column names are the test's own, not input.
            if (!query.exec(u"SELECT %1 FROM %2 ORDER BY 1, 2"_s.arg(it.value().join(u", "_s), it.key())))
                qWarning("%s: %s", qPrintable(it.key()), qPrintable(query.lastError().text()));
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < it.value().size(); ++i)
                    row << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
                rows[it.key()] << row;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"rows"_s);
    return rows;
}

// The tables and columns of a store file as it is.
QMap<QString, QStringList> columnsOf(const QString &path)
{
    QMap<QString, QStringList> columns;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
        raw.setDatabaseName(path);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!raw.open())
            return columns;
        QSqlQuery tables(raw);
        tables.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery info(raw);
            info.exec(u"PRAGMA table_info(%1)"_s.arg(table));
            while (info.next())
                columns[table] << info.value(1).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"columns"_s);
    return columns;
}

} // namespace

void TestCaseStore::versionThreeFixtureMigratesWhole()
{
    STORE_TEST_FILE_ONLY(m_stores);
    // Written by the program at schema version 3 (tests/data/store/README.md):
    // cases moved through the boxes with notes, a konsultationsteam meeting
    // with its agenda and recorded advice, a note marked wrong, complements,
    // meetings, a plan, the audit log and the store's properties.
    const QString path = m_stores->filePath(u"store-v3.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"store-v3.sqlite"_s), path));
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite));
    QMap<QString, QStringList> written = columnsOf(path);
    QCOMPARE(
        written.keys(),
        (QStringList{u"audit_log"_s, u"cases"_s, u"complements"_s, u"journal_entries"_s, u"konsultationsteam_agenda"_s,
                     u"konsultationsteam_meetings"_s, u"meetings"_s, u"plan_measures"_s, u"store_properties"_s}));
    // The list columns and the rules' stamp are worked out again for new
    // rules; everything else stays as written.
    written[u"cases"_s].removeAll(u"next_due"_s);
    written[u"cases"_s].removeAll(u"next_due_code"_s);
    written.remove(u"store_properties"_s);
    const TableRows before = rowsOf(path, written);
    QCOMPARE(before.value(u"cases"_s).size(), 3);
    QCOMPARE(before.value(u"konsultationsteam_agenda"_s).size(), 2);
    QVERIFY(before.value(u"journal_entries"_s).size() >= 7);

    {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
        QVERIFY(store->check().isEmpty());

        // FX-2 went 2a → 1 → 2a; its history comes from those moves.
        const auto fx2 = store->loadCase(u"FX-2"_s);
        QVERIFY(fx2);
        QCOMPARE(fx2->record.stage, Stage::Ruta2a);
        const QList<StageEntry> fx2History{{Stage::Ruta2a, fx2->record.stageHistory.value(0).from},
                                           {Stage::Ruta1, QDate(2026, 10, 1)},
                                           {Stage::Ruta2a, QDate(2026, 10, 20)}};
        QCOMPARE(fx2->record.stageHistory, fx2History);
        QVERIFY(fx2->record.stageHistory.first().from <= QDate(2026, 10, 1));
        // FK's advice from the agenda is in the case's meetings and journal.
        QCOMPARE(fx2->record.meetings.constLast().kind, MeetingKind::Konsultationsteam);
        QCOMPARE(fx2->record.meetings.constLast().outcome, Advice::ComplementNeeded);
        QCOMPARE(fx2->record.complements.size(), 3); // two imported, one added
        bool markedWrong = false;
        for (const JournalEntry &entry : fx2->record.journal)
            markedWrong |= entry.isMarkedWrong() && entry.markedWrongReason == u"Fel ärende.";
        QVERIFY(markedWrong);
        // FX-1 went 3 → 4 and has its plan.
        const auto fx1 = store->loadCase(u"FX-1"_s);
        QVERIFY(fx1);
        QCOMPARE(fx1->record.stage, Stage::Ruta4);
        QCOMPARE(fx1->record.stageHistory.constLast(), (StageEntry{Stage::Ruta4, QDate(2026, 10, 30)}));
        QCOMPARE(fx1->record.plan.size(), 1);
        // The agenda reads back through the program.
        KonsultationsteamMeetings meetings(*store);
        const QList<KonsultationsteamMeeting> held = meetings.meetings();
        QCOMPARE(held.size(), 1);
        QCOMPARE(meetings.agenda(held.first().id).size(), 2);
        // Its agenda holds cases of Norr and Söder: it names no district.
        QCOMPARE(held.first().district, QString());
        // The migrated store takes new work.
        QVERIFY(store->createCase(minimalCase()).ok());
    }

    // Nothing the schema-3 program wrote is lost or changed; the audit log
    // only grows.
    TableRows after = rowsOf(path, written);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QList<QStringList> now = after.value(it.key());
        if (it.key() == u"audit_log")
            now = now.mid(0, it.value().size());
        else if (it.key() == u"cases")
            now.removeIf([](const QStringList &row) { return !row.first().startsWith(u"FX-"); });
        QCOMPARE(now, it.value());
    }
}

// A meeting held before meetings had districts is its agenda's district's
// when every case on it is of that one district.
void TestCaseStore::meetingGetsItsAgendasDistrict()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"store-v3-norr.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"store-v3.sqlite"_s), path));
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite));
    {
        RawConnection raw(path);
        QString error;
        QVERIFY2(raw.exec(u"DELETE FROM konsultationsteam_agenda WHERE case_id = 'FX-2'"_s, &error), qPrintable(error));
        QVERIFY2(raw.exec(u"INSERT INTO konsultationsteam_meetings (date, participants, created) "
                          "VALUES ('2026-10-01', 'FK', '2026-10-01T08:00:00Z')"_s,
                          &error),
                 qPrintable(error));
    }
    auto store = openStore(path);
    QVERIFY(store);
    const QList<KonsultationsteamMeeting> held = KonsultationsteamMeetings(*store).meetings();
    QCOMPARE(held.size(), 2);
    QCOMPARE(held.at(0).district, QString()); // nothing on its agenda
    QCOMPARE(held.at(1).district, u"Norr"_s); // FX-1 alone
}

void TestCaseStore::stageHistoryRebuiltFromRecordedMoves()
{
    STORE_TEST_FILE_ONLY(m_stores);
    // A store written before the history was kept, whose journal records
    // moves as the program wrote them: FX-2 went 1 → 2a → 1 → 2a. One move
    // line is marked wrong and does not count.
    const QString path = m_stores->filePath(u"store-v1-moves.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"store-v1.sqlite"_s), path));
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery insert(raw);
        QVERIFY(insert.prepare(u"INSERT INTO journal_entries (case_id, ordinal, date, author, text, "
                               "marked_wrong_date, marked_wrong_reason) VALUES ('FX-2', ?, ?, 'fixture', ?, ?, ?)"_s));
        const QList<QVariantList> rows{
            {0, u"2026-09-10"_s, u"Box 1 → box 2a: FK vill ha komplettering."_s, QVariant(), QVariant()},
            {1, u"2026-10-01"_s, u"Ruta 2a → ruta 1"_s, QVariant(), QVariant()},
            {2, u"2026-10-02"_s, u"Box 1 → box 3"_s, u"2026-10-02"_s, u"Fel ruta."_s},
            {3, u"2026-10-20"_s, u"Box 1 → box 2a"_s, QVariant(), QVariant()},
        };
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row)
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);

    auto store = openStore(path);
    QVERIFY(store);
    const auto moved = store->loadCase(u"FX-2"_s);
    QVERIFY(moved);
    const QList<StageEntry> expected{{Stage::Ruta1, QDate(2026, 9, 10)},
                                     {Stage::Ruta2a, QDate(2026, 9, 10)},
                                     {Stage::Ruta1, QDate(2026, 10, 1)},
                                     {Stage::Ruta2a, QDate(2026, 10, 20)}};
    QCOMPARE(moved->record.stageHistory, expected);
    // Without moves: the box it is in, from the day it was created.
    const auto unmoved = store->loadCase(u"FX-3"_s);
    QCOMPARE(unmoved->record.stageHistory, (QList<StageEntry>{{Stage::Ruta6b, QDate(2026, 11, 23)}}));
}

void TestCaseStore::transitionWritesStageHistory()
{
    auto store = storeWithFixtures(m_stores->filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const WriteResult moved = store->transition(u"FX-1"_s, Stage::Ruta4, {}, 1, QDate(2026, 11, 12));
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    const auto after = store->loadCase(u"FX-1"_s);
    const QList<StageEntry> expected{
        {Stage::Ruta1, QDate(2026, 9, 20)}, {Stage::Ruta3, QDate(2026, 10, 12)}, {Stage::Ruta4, QDate(2026, 11, 12)}};
    QCOMPARE(after->record.stageHistory, expected);
    QVERIFY(store->auditLog(u"FX-1"_s).valueOr({}).constLast().details.contains(u"to=ruta4"_s));

    // A case created without a history begins one in its box.
    const WriteResult created = store->createCase(minimalCase());
    QVERIFY(created.ok());
    const auto fresh = store->loadCase(created.caseId);
    QCOMPARE(fresh->record.stageHistory.size(), 1);
    QCOMPARE(fresh->record.stageHistory.constFirst().stage, fresh->record.stage);
}

void TestCaseStore::pathResolution()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString fallback = CaseService::defaultPath();
    QVERIFY(fallback.endsWith(u"/samordna.sqlite"_s));
    const QFileInfo folder(QFileInfo(fallback).absolutePath());
    QVERIFY(folder.isDir());

    qputenv("SAMORDNA_DB", m_stores->filePath(u"env.sqlite"_s).toUtf8());
    QCOMPARE(CaseService::resolvePath(u"given.sqlite"_s), u"given.sqlite"_s);
    QCOMPARE(CaseService::resolvePath({}), m_stores->filePath(u"env.sqlite"_s));
    qunsetenv("SAMORDNA_DB");
    QCOMPARE(CaseService::resolvePath({}), fallback);
}

void TestCaseStore::nextDueIsNeverTrustedStale()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const QString path = m_stores->filePath(u"store.sqlite"_s);
    QVERIFY(storeWithFixtures(path));
    const auto nextDue = [&](CaseService &store) { return store.summary(u"FX-1"_s).valueOr({}); };
    // A next due date left behind what the case says, as an older program
    // or other rule data would leave it.
    const auto leaveBehind = [&](const QString &stamp) {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE cases SET next_due = '2030-01-01', next_due_code = NULL WHERE id = 'FX-1'"_s));
        if (!stamp.isEmpty())
            QVERIFY(raw.exec(u"UPDATE store_properties SET value = '%1' WHERE key = 'derived_columns'"_s.arg(stamp)));
    };
    const auto restoreDay = qScopeGuard([] { Clock::setToday(referenceDate()); });

    // The same rules on the same day: what was worked out today stands.
    leaveBehind({});
    {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(nextDue(*store).nextDue, QDate(2030, 1, 1));
    }
    // A new day: worked out again, as of that day.
    Clock::setToday(referenceDate().addDays(1));
    {
        auto store = openStore(path);
        QVERIFY(store);
        const CaseSummary row = nextDue(*store);
        QCOMPARE(row.nextDue, QDate(2026, 10, 27));
        QCOMPARE(row.nextDueKind, std::optional<DeadlineKind>(DeadlineKind::FkContactWithinWeek));
        QCOMPARE(row.revision, 1); // derived, not a change of the case
    }
    // Other rules (another program or rule data file) on the same day.
    leaveBehind(u"other-rules@"_s + referenceDate().addDays(1).toString(Qt::ISODate));
    {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(nextDue(*store).nextDue, QDate(2026, 10, 27));
        const auto audit = store->auditLog(u"FX-1"_s).valueOr({});
        QCOMPARE(audit.size(), 1); // the import; working out writes no case row
    }
}

// The team store's DDL is written apart from the file's; the logical
// schema (tables, columns, their order) and the version must stay one.
void TestCaseStore::bothBackendsHaveOneSchema()
{
    if (!m_stores->isServer())
        QSKIP("compares the file's schema with the team store's");
    const QString file = m_stores->filePath(u"schema.sqlite"_s);
    const QString server = m_stores->fresh();
    QVERIFY(openStore(file));
    auto team = openStore(server);
    QVERIFY(team);
    QCOMPARE(team->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
    team.reset();

    const auto columnsOf = [](RawConnection &raw, const QString &tablesQuery, const QString &columnsQuery) {
        QStringList tables;
        QSqlQuery query(raw.database());
        if (!query.exec(tablesQuery))
            return QStringList{query.lastError().text()};
        while (query.next())
            tables << query.value(0).toString();
        QStringList columns;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery list(raw.database());
            if (!list.exec(columnsQuery.arg(table)))
                return QStringList{list.lastError().text()};
            while (list.next())
                columns << table + u'.' + list.value(0).toString();
        }
        return columns;
    };
    RawConnection sqlite(file);
    RawConnection postgres(server);
    const QStringList fileColumns = columnsOf(
        sqlite, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s,
        u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s);
    const QStringList serverColumns = columnsOf(
        postgres,
        // The server's own: its schema version, who works where, and the
        // head of the audit log's chain (a file's is its last row).
        u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name NOT IN ('samordna_schema', 'user_districts', 'audit_chain_head') ORDER BY table_name"_s,
        u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = '%1' ORDER BY ordinal_position"_s);
    QVERIFY(fileColumns.size() > 40);
    QCOMPARE(serverColumns, fileColumns);
}

// Several programs save the same case at the same moment, each from the
// revision it read: one save wins, every other is told of the conflict,
// and the stored case is the winner's, whole.
void TestCaseStore::clientsSavingOneCaseAtOnce()
{
    const QString address = m_stores->fresh();
    QVERIFY(storeWithFixtures(address));
    constexpr int Clients = 6;
    std::latch ready(Clients);
    std::vector<WriteResult> results(Clients);
    std::vector<QString> names(Clients);
    std::vector<std::thread> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.emplace_back([&, i] {
            // A connection belongs to the thread that opened it. Every
            // client has read the case before any saves.
            auto opened = CaseService::open(address);
            const auto stored = opened.store ? opened.store->loadCase(u"FX-2"_s) : ReadResult<StoredCase>::absent();
            ready.arrive_and_wait();
            if (!opened.store) {
                results[i].message = opened.error;
                return;
            }
            if (!stored)
                return;
            CaseRecord edited = stored->record;
            names[i] = u"Klient %1"_s.arg(i);
            edited.person.name = names[i];
            results[i] = opened.store->saveCase(edited, stored->revision);
        });
    }
    for (std::thread &client : clients)
        client.join();
    int saved = 0;
    int conflicts = 0;
    QString winner;
    for (int i = 0; i < Clients; ++i) {
        if (results[i].ok()) {
            ++saved;
            winner = names[i];
            QCOMPARE(results[i].revision, 2);
        } else {
            QVERIFY2(results[i].status == WriteResult::Conflict, qPrintable(results[i].message));
            ++conflicts;
        }
    }
    QCOMPARE(saved, 1);
    QCOMPARE(conflicts, Clients - 1);
    auto store = openStore(address);
    const auto stored = store->loadCase(u"FX-2"_s);
    QCOMPARE(stored->revision, 2);
    QCOMPARE(stored->record.person.name, winner);
    QCOMPARE(store->auditLog(u"FX-2"_s).valueOr({}).constLast().action, u"change"_s);
}

// Another program holds the case with a change not yet committed when a
// save begins: the save waits for it, finds the case moved on from the
// revision it was made from, and is refused as a conflict, storing nothing.
void TestCaseStore::saveThatWaitedIsRefused()
{
    const QString address = m_stores->fresh();
    QVERIFY(storeWithFixtures(address));
    auto store = openStore(address);
    const auto stored = store->loadCase(u"FX-2"_s);
    QVERIFY(stored);
    CaseRecord edited = stored->record;
    edited.person.name = u"Väntade Klient"_s;

    std::latch holding(1);
    bool otherCommitted = false;
    std::thread other([&] {
        RawConnection raw(address);
        const bool held = raw.exec(m_stores->isServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)
            && raw.exec(u"UPDATE cases SET revision = revision + 1 WHERE id = 'FX-2'"_s);
        holding.count_down();
        // Long enough for the save to have read the case and be waiting.
        QThread::msleep(500);
        otherCommitted = held && raw.exec(u"COMMIT"_s);
    });
    holding.wait();
    const WriteResult result = store->saveCase(edited, stored->revision);
    other.join();
    QVERIFY(otherCommitted);
    QVERIFY2(result.status == WriteResult::Conflict, qPrintable(result.message));
    QCOMPARE(result.revision, stored->revision + 1);
    const auto after = store->loadCase(u"FX-2"_s);
    QCOMPARE(after->revision, stored->revision + 1);
    QCOMPARE(after->record.person.name, stored->record.person.name);
}

// The server ends the session half-way through a save: nothing of it is
// stored, the caller is told, and the same save made again, once the
// program has connected anew, is stored whole.
void TestCaseStore::droppedConnectionLosesNothing()
{
    if (!m_stores->isServer())
        QSKIP("a file has no connection to lose");
    const QString address = m_stores->fresh();
    auto store = storeWithFixtures(address);
    QVERIFY(store);
    const auto stored = store->loadCase(u"FX-1"_s);
    CaseRecord edited = stored->record;
    edited.person.name = u"Ändrat Under Avbrott"_s;
    const int auditRows = store->auditLog().valueOr({}).size();

    RawConnection admin(TestServer::adminAddress());
    const QString database = address.section(u'/', 3).section(u'?', 0, 0);
    const WriteResult dropped = store->saveCase(edited, stored->revision, [&](QString *) {
        // The case row is written, not committed, when the session ends.
        admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE datname = '%1' AND application_name = 'samordna'"_s.arg(database));
        return true;
    });
    QCOMPARE(dropped.status, WriteResult::Failed);
    QVERIFY(!dropped.message.isEmpty());

    RawConnection owner(address);
    expectNothingStored(owner, u"FX-1"_s, stored->record.person.name, auditRows);
    if (QTest::currentTestFailed())
        return;

    const WriteResult again = store->saveCase(edited, stored->revision);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.revision, 2);
    QCOMPARE(store->loadCase(u"FX-1"_s)->record, edited);
}

// The session ends inside the COMMIT itself (a deferred check kills it as
// the server prepares to commit): the save is reported failed, nothing of
// it is stored, and made again it is stored whole.
void TestCaseStore::connectionLostAtCommitLosesNothing()
{
    if (!m_stores->isServer())
        QSKIP("a file has no connection to lose");
    const QString address = m_stores->fresh();
    auto store = storeWithFixtures(address);
    QVERIFY(store);
    const auto stored = store->loadCase(u"FX-2"_s);
    CaseRecord edited = stored->record;
    edited.person.name = u"Ändrat Vid Commit"_s;
    const int auditRows = store->auditLog().valueOr({}).size();

    RawConnection owner(address);
    QString error;
    QVERIFY2(owner.exec(u"CREATE FUNCTION test_end_session() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"_s,
                        &error),
             qPrintable(error));
    QVERIFY2(owner.exec(u"CREATE CONSTRAINT TRIGGER test_end_session AFTER UPDATE ON cases "
                        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_end_session()"_s,
                        &error),
             qPrintable(error));
    const WriteResult lost = store->saveCase(edited, stored->revision);
    QCOMPARE(lost.status, WriteResult::Failed);
    QVERIFY(!lost.message.isEmpty());
    expectNothingStored(owner, u"FX-2"_s, stored->record.person.name, auditRows);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(owner.exec(u"DROP TRIGGER test_end_session ON cases"_s, &error), qPrintable(error));
    const WriteResult again = store->saveCase(edited, stored->revision);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.revision, 2);
    QCOMPARE(RawConnection(address).value(u"SELECT name FROM cases WHERE id = 'FX-2'"_s).toString(),
             edited.person.name);
}

// What is reported stored is what a second connection finds stored, even
// when something written beside a save failed and its caller went on: a
// server rolls the whole transaction back (and says so only in COMMIT's
// answer), a file keeps the rest.
void TestCaseStore::saveIsDoneOnlyWhenCommitted()
{
    const QString address = m_stores->fresh();
    auto store = storeWithFixtures(address);
    QVERIFY(store);
    const auto stored = store->loadCase(u"FX-3"_s);
    CaseRecord edited = stored->record;
    edited.person.name = u"Sparad Eller Inte"_s;
    const WriteResult result = store->saveCase(edited, stored->revision, [&](QString *) {
        QSqlQuery broken(store->connection().database());
        broken.exec(u"INSERT INTO no_such_table VALUES (1)"_s); // fails; its caller carries on
        return true;
    });
    RawConnection other(address);
    const int revision = other.value(u"SELECT revision FROM cases WHERE id = 'FX-3'"_s).toInt();
    QCOMPARE(result.ok(), revision == 2);
    if (m_stores->isServer()) {
        QCOMPARE(result.status, WriteResult::Failed);
        QCOMPARE(revision, 1);
        QVERIFY2(result.message.contains(u"rolled"_s), qPrintable(result.message));
        // The failed save left no transaction open: the next one is stored.
        const WriteResult again = store->saveCase(edited, stored->revision);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(other.value(u"SELECT revision FROM cases WHERE id = 'FX-3'"_s).toInt(), 2);
    }
}

// A save on one workstation reaches the others' lists and open cases: on a
// team store, through the server's notifications.
void TestCaseStore::otherClientsHearOfSaves()
{
    if (!m_stores->isServer())
        QSKIP("a file's other programs see a change when they read again");
    const QString address = m_stores->fresh();
    auto writer = storeWithFixtures(address);
    QVERIFY(writer);
    auto listener = openStore(address);
    QVERIFY(listener);
    QSignalSpy changed(listener.get(), &CaseService::caseChanged);
    QSignalSpy added(listener.get(), &CaseService::casesAdded);
    QSignalSpy ownChanges(writer.get(), &CaseService::caseChanged);

    auto stored = writer->loadCase(u"FX-1"_s);
    CaseRecord edited = stored->record;
    edited.person.name = u"Ändrad Någon Annanstans"_s;
    QVERIFY(writer->saveCase(edited, stored->revision).ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(changed.at(0).at(0).toString(), u"FX-1"_s);
    QCOMPARE(changed.at(0).at(1).toLongLong(), 2);
    const WriteResult created = writer->createCase(minimalCase());
    QVERIFY(created.ok());
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 5000);
    QCOMPARE(added.at(0).at(0).toStringList(), QStringList{created.caseId});
    // The writer heard its own save once, from the save itself.
    QCoreApplication::processEvents();
    QCOMPARE(ownChanges.count(), 1);
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
