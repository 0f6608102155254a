// SPDX-License-Identifier: GPL-3.0-or-later
// Access by district on a team store: what a user of one district can
// see and do, through the case service and through samordna-cli, and what
// the server refuses them whatever program they use.

#include "StoreBackend.h"
#include "StoreTestSupport.h"

#include "service/CaseService.h"
#include "store/AuditChain.h"
#include "store/KonsultationsteamMeetings.h"
#include "util/Clock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace samordna;
using namespace storeTest;
using namespace Qt::StringLiterals;

class TestTeamAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void adminCommandsManageUsers();
    void userSeesOnlyTheirDistricts();
    void cliShowsNoOtherDistrict();
    void auditAndJournalAreAppendOnlyByPrivilege();
    void auditChainIsTheServersAndWholeForEveryUser();
    void auditRowsJoinTheChainAfterCommit();
    void meetingsAreTheirDistricts();

private:
    // Runs samordna-cli; its exit code, with standard output and error.
    int cli(const QStringList &arguments, QString *output = nullptr, QString *errors = nullptr);

    std::unique_ptr<TestStores> m_stores;
    QString m_owner; // the store as its owner role
    QString m_norr;  // as a user of Norr
    QString m_soder; // as a user of Söder
};

void TestTeamAccess::initTestCase()
{
    Clock::setToday(referenceDate());
}

void TestTeamAccess::init()
{
    STORE_TEST_REQUIRE_SERVER();
    m_stores = std::make_unique<TestStores>(u"postgresql"_s);
    QVERIFY(m_stores->server().ensureRole(u"samordna_test_norr"_s));
    QVERIFY(m_stores->server().ensureRole(u"samordna_test_soder"_s));
    m_owner = m_stores->fresh();
    QVERIFY(!m_owner.isEmpty());
    const QString database = m_owner.section(u'/', 3).section(u'?', 0, 0);
    m_norr = TestServer::address(u"samordna_test_norr"_s, database);
    m_soder = TestServer::address(u"samordna_test_soder"_s, database);

    QString errors;
    QCOMPARE(cli({u"--db"_s, m_owner, u"init"_s}, nullptr, &errors), 0);
    for (const QString &file : caseFiles()) // FX-1 Norr, FX-2 Söder, FX-3 Väster
        QCOMPARE(cli({u"--db"_s, m_owner, u"import"_s, file}, nullptr, &errors), 0);
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"add-user"_s, u"samordna_test_norr"_s, u"--district"_s, u"Norr"_s},
                 nullptr, &errors),
             0);
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"add-user"_s, u"samordna_test_soder"_s, u"--district"_s, u"Söder"_s,
                  u"--district"_s, u"Väster"_s},
                 nullptr, &errors),
             0);
}

void TestTeamAccess::cleanup()
{
    // The roles outlive the databases; their memberships go with them.
    m_stores.reset();
}

int TestTeamAccess::cli(const QStringList &arguments, QString *output, QString *errors)
{
    QProcess process;
    process.start(QStringLiteral(SAMORDNA_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (output)
        *output = out;
    if (errors)
        *errors = err;
    if (process.exitCode() != 0)
        qInfo("samordna-cli %s: %s", qPrintable(arguments.mid(2).join(u' ')), qPrintable(err));
    return process.exitCode();
}

void TestTeamAccess::adminCommandsManageUsers()
{
    QString output;
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"list-users"_s}, &output), 0);
    QCOMPARE(output, u"samordna_test_norr\tNorr\nsamordna_test_soder\tSöder, Väster\n"_s);

    QString errors;
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"add-user"_s, u"nobody_here"_s, u"--district"_s, u"Norr"_s}, nullptr,
                 &errors),
             1);
    QVERIFY2(errors.contains(u"no login role"_s), qPrintable(errors));
    QCOMPARE(
        cli({u"--db"_s, m_owner, u"admin"_s, u"add-user"_s, u"samordna_test_norr"_s, u"--district"_s, u"Atlantis"_s},
            nullptr, &errors),
        2);
    QVERIFY2(errors.contains(u"Atlantis"_s), qPrintable(errors));
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"add-user"_s, u"x; DROP TABLE cases"_s, u"--district"_s, u"Norr"_s},
                 nullptr, &errors),
             2);
    // A user cannot make users.
    QVERIFY(cli({u"--db"_s, m_norr, u"admin"_s, u"add-user"_s, u"samordna_test_norr"_s, u"--district"_s, u"Söder"_s},
                nullptr, &errors)
            != 0);

    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"remove-user"_s, u"samordna_test_soder"_s}, &output), 0);
    QCOMPARE(cli({u"--db"_s, m_owner, u"admin"_s, u"list-users"_s}, &output), 0);
    QCOMPARE(output, u"samordna_test_norr\tNorr\n"_s);
    // Removed: the server lets the role in no more.
    QVERIFY(cli({u"--db"_s, m_soder, u"list"_s}, nullptr, &errors) != 0);
    QVERIFY2(errors.contains(u"permission denied"_s), qPrintable(errors));
}

void TestTeamAccess::userSeesOnlyTheirDistricts()
{
    auto opened = CaseService::open(m_norr);
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &norr = *opened.store;
    QCOMPARE(norr.user(), u"samordna_test_norr"_s);
    QCOMPARE(norr.caseCount().valueOr(-1), 1);
    QStringList ids;
    QVERIFY(norr.forEachSummary([&ids](const CaseSummary &row) { ids << row.id; }).isEmpty());
    QCOMPARE(ids, QStringList{u"FX-1"_s});
    QVERIFY(!norr.loadCase(u"FX-2"_s).hasValue());
    QVERIFY(norr.loadCase(u"FX-2"_s).ok()); // absent, as if there were no such case
    QVERIFY(norr.caseIdsForPersonnummer(u"19850612-1238"_s).valueOr({u"?"_s}).isEmpty()); // FX-2's person
    QVERIFY(!norr.openCase(u"FX-2"_s).hasValue());

    // Saving over a case of another district, or moving one's own there.
    CaseRecord foreign = readCase(caseFiles().at(1));
    foreign.person.name = u"Ändrad"_s;
    QVERIFY(!norr.saveCase(foreign, 1).ok());
    auto own = norr.loadCase(u"FX-1"_s);
    QVERIFY(own);
    CaseRecord moved = own->record;
    moved.district = u"Söder"_s;
    const WriteResult refused = norr.saveCase(moved, own->revision);
    QVERIFY(!refused.ok());
    CaseRecord created;
    created.person = {u"19850612-1238"_s, u"Fiktiv Person"_s};
    created.district = u"Söder"_s;
    QVERIFY(!norr.createCase(created).ok());
    created.district = u"Norr"_s;
    const WriteResult allowed = norr.createCase(created);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));

    // The audit rows of other districts' cases are not the user's to read.
    const auto audit = norr.auditLog().valueOr({});
    QVERIFY(!audit.isEmpty());
    for (const AuditEntry &row : audit)
        QVERIFY2(row.caseId.isEmpty() || row.caseId == u"FX-1"_s || row.caseId == allowed.caseId,
                 qPrintable(row.caseId));

    // A backup holds what the user may see, and nothing else.
    const QString copyPath = m_stores->filePath(u"norr.sqlite"_s);
    QString backupError;
    QVERIFY2(norr.backup(copyPath, &backupError), qPrintable(backupError));
    auto copy = CaseService::open(copyPath);
    QVERIFY(copy.store);
    QStringList copied;
    QVERIFY(copy.store->forEachSummary([&copied](const CaseSummary &row) { copied << row.id; }).isEmpty());
    QCOMPARE(copied, (QStringList{u"FX-1"_s, allowed.caseId}));
    for (const AuditEntry &row : copy.store->auditLog().valueOr({}))
        QVERIFY(row.caseId.isEmpty() || copied.contains(row.caseId));
    QCOMPARE(norr.auditLog().valueOr({}).constLast().action, u"backup"_s);

    // The owner still sees every case, the Söder one unchanged.
    auto owner = CaseService::open(m_owner);
    QVERIFY(owner.store);
    QCOMPARE(owner.store->caseCount().valueOr(-1), 4);
    QCOMPARE(owner.store->loadCase(u"FX-2"_s)->record, readCase(caseFiles().at(1)));
    QCOMPARE(owner.store->loadCase(u"FX-1"_s)->revision, 1);
}

void TestTeamAccess::cliShowsNoOtherDistrict()
{
    QString output;
    QString errors;
    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"list"_s, u"--show-personal"_s},
                                       QStringList{u"export"_s}, QStringList{u"audit"_s}}) {
        QCOMPARE(cli(QStringList{u"--db"_s, m_norr} + command, &output, &errors), 0);
        QVERIFY2(output.contains(u"FX-1"_s), qPrintable(command.join(u' ')));
        QVERIFY2(!output.contains(u"FX-2"_s) && !output.contains(u"FX-3"_s), qPrintable(output));
        QVERIFY2(!output.contains(u"19850612"_s) && !output.contains(u"850612"_s), qPrintable(output));
    }
    for (const QString &command : {u"show"_s, u"export"_s}) {
        const QStringList arguments = command == u"export"
            ? QStringList{u"--db"_s, m_norr, u"export"_s, u"--case"_s, u"FX-2"_s}
            : QStringList{u"--db"_s, m_norr, u"show"_s, u"FX-2"_s};
        QVERIFY(cli(arguments, &output, &errors) != 0);
        QVERIFY2(!output.contains(u"850612"_s), qPrintable(output));
        QVERIFY2(errors.contains(u"FX-2"_s), qPrintable(errors)); // "no case FX-2", as for any absent id
    }
    QCOMPARE(cli({u"--db"_s, m_soder, u"list"_s}, &output, &errors), 0);
    QVERIFY(output.contains(u"FX-2"_s) && output.contains(u"FX-3"_s) && !output.contains(u"FX-1"_s));
}

void TestTeamAccess::auditAndJournalAreAppendOnlyByPrivilege()
{
    QVERIFY(CaseService::open(m_norr).store); // a row of the user's own
    RawConnection user(m_norr);
    QVERIFY(user.database().isOpen());
    QString error;
    for (const QString &statement :
         {u"UPDATE audit_log SET details = 'x'"_s, u"DELETE FROM audit_log"_s, u"TRUNCATE audit_log"_s,
          u"UPDATE journal_entries SET text = 'x'"_s, u"DELETE FROM journal_entries"_s, u"TRUNCATE journal_entries"_s,
          u"DELETE FROM cases"_s, u"DROP TABLE cases"_s, u"UPDATE user_districts SET district = 'Söder'"_s,
          u"INSERT INTO user_districts VALUES ('samordna_test_norr', 'Söder')"_s}) {
        QVERIFY2(!user.exec(statement, &error), qPrintable(statement));
        QVERIFY2(error.contains(u"permission denied"_s) || error.contains(u"must be owner"_s),
                 qPrintable(statement + u": "_s + error));
    }
    // Rows the user may not see are not there to be counted.
    QCOMPARE(user.value(u"SELECT count(*) FROM cases"_s).toInt(), 1);
    QCOMPARE(user.value(u"SELECT count(DISTINCT case_id) FROM journal_entries"_s).toInt(), 1);
    // An audit row names the server's user, whatever the program writes.
    QVERIFY(user.exec(
        u"INSERT INTO audit_log (time, \"user\", case_id, action) VALUES ('t', 'someone', 'FX-1', 'test')"_s, &error));
    QCOMPARE(user.value(u"SELECT \"user\" FROM audit_log WHERE action = 'test'"_s).toString(), u"samordna_test_norr"_s);
    QVERIFY(!user.exec(u"INSERT INTO audit_log (time, \"user\", case_id, action) VALUES ('t', 'u', 'FX-2', 'test')"_s,
                       &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
}

void TestTeamAccess::auditChainIsTheServersAndWholeForEveryUser()
{
    // Rows of both districts, written by their own users, the one program
    // open beside the other.
    QString output;
    QString errors;
    auto norr = CaseService::open(m_norr);
    QVERIFY2(norr.store, qPrintable(norr.error));
    QCOMPARE(cli({u"--db"_s, m_soder, u"show"_s, u"FX-2"_s}, &output, &errors), 0);
    QVERIFY(norr.store->openCase(u"FX-1"_s).hasValue());
    QCOMPARE(cli({u"--db"_s, m_soder, u"list"_s, u"--show-personal"_s}, &output, &errors), 0);
    // A hash the program sends is not the one kept.
    RawConnection user(m_norr);
    QString error;
    QVERIFY2(user.exec(u"INSERT INTO audit_log (id, time, \"user\", case_id, action, hash) "
                       "VALUES (1, 't', 'u', 'FX-1', 'forged', 'ffff')"_s,
                       &error),
             qPrintable(error));
    // The row joins the chain as the program's rows do, once committed.
    QVERIFY2(user.exec(u"SELECT samordna_after_commit(NULL)"_s, &error), qPrintable(error));

    // Each user sees only their districts' rows, and the server walks the
    // whole chain for them all the same.
    QVERIFY(user.value(u"SELECT count(*) FROM audit_log"_s).toInt()
            < RawConnection(m_owner).value(u"SELECT count(*) FROM audit_log"_s).toInt());
    for (const QString &address : {m_norr, m_soder, m_owner}) {
        QCOMPARE(cli({u"--db"_s, address, u"check"_s}, &output, &errors), 0);
        QCOMPARE(output, u"ok\n"_s);
    }

    // The server's chain is the program's: the same hash over the same row.
    {
        RawConnection owner(m_owner);
        QSqlQuery rows(owner.database());
        QVERIFY(rows.exec(u"SELECT id, time, \"user\", case_id, action, details, origin, origin_key, hash "
                          "FROM audit_log ORDER BY id"_s));
        QByteArray previous;
        qint64 expectedId = 1;
        while (rows.next()) {
            auditChain::RowContent row;
            row.id = rows.value(0).toLongLong();
            row.time = rows.value(1).toString();
            row.user = rows.value(2).toString();
            row.caseId = rows.value(3);
            row.action = rows.value(4).toString();
            row.details = rows.value(5).toString();
            row.origin = rows.value(6);
            row.originKey = rows.value(7);
            QCOMPARE(row.id, expectedId++); // numbered by the chain, no gaps
            previous = auditChain::hash(previous, row);
            QCOMPARE(rows.value(8).toByteArray(), previous);
        }
        QVERIFY(expectedId > 5);
    }

    // A user's backup holds their share of the log, which is no chain of
    // its own, and is sound as a store file.
    const QString copyPath = m_stores->filePath(u"norr.sqlite"_s);
    QVERIFY2(norr.store->backup(copyPath, &error), qPrintable(error));
    QCOMPARE(cli({u"--db"_s, copyPath, u"check"_s}, &output, &errors), 0);
    QVERIFY(CaseService::open(copyPath).store->openCase(u"FX-1"_s).hasValue());
    QCOMPARE(cli({u"--db"_s, copyPath, u"check"_s}, &output, &errors), 0);

    // Rows removed or changed behind the triggers' back, by the tables'
    // owner, are named to every user.
    norr.store.reset();
    RawConnection owner(m_owner);
    QVERIFY2(owner.exec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s, &error), qPrintable(error));
    QVERIFY2(owner.exec(u"DELETE FROM audit_log WHERE id = 2"_s, &error), qPrintable(error));
    QVERIFY2(owner.exec(u"UPDATE audit_log SET details = 'x' WHERE id = 4"_s, &error), qPrintable(error));
    QVERIFY2(owner.exec(u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s, &error),
             qPrintable(error));
    const qint64 last = owner.value(u"SELECT last_id FROM audit_chain_head"_s).toLongLong();
    for (const QString &address : {m_norr, m_owner}) {
        QCOMPARE(cli({u"--db"_s, address, u"check"_s}, &output, &errors), 1);
        QVERIFY2(output.contains(u"row 2 is missing"_s), qPrintable(output));
        QVERIFY2(output.contains(u"row 4 does not match"_s), qPrintable(output));
        QVERIFY2(output.contains(u"the last row (%1) is missing"_s.arg(last)), qPrintable(output));
        QVERIFY2(!output.contains(u"FX-2"_s) && !output.contains(u"850612"_s), qPrintable(output));
    }
}

void TestTeamAccess::auditRowsJoinTheChainAfterCommit()
{
    // Two users' transactions write audit rows at once: the second commits
    // while the first is still open, without waiting for it. The rows stay
    // pending until a program, having committed, asks the server to chain
    // what is pending (as every commit of the program does); then they are
    // numbered in the order they were written, and a rolled-back row leaves
    // no gap.
    RawConnection first(m_norr);
    RawConnection second(m_soder);
    RawConnection owner(m_owner);
    QString error;
    const auto insert = [&error](RawConnection &connection, const QString &caseId, const QString &action) {
        return connection.exec(
            u"INSERT INTO audit_log (time, \"user\", case_id, action) VALUES ('t', 'u', '%1', '%2')"_s.arg(caseId,
                                                                                                           action),
            &error);
    };
    const auto pending = [&owner] {
        return owner.value(u"SELECT count(*) FROM audit_log WHERE id < 0 OR hash IS NULL"_s).toInt();
    };
    const qint64 before = owner.value(u"SELECT last_id FROM audit_chain_head"_s).toLongLong();
    QVERIFY2(second.exec(u"SET lock_timeout = '5s'"_s, &error), qPrintable(error));
    QVERIFY2(first.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(insert(first, u"FX-1"_s, u"first-a"_s), qPrintable(error));
    QVERIFY2(second.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(insert(second, u"FX-2"_s, u"second"_s), qPrintable(error));
    QVERIFY2(second.exec(u"COMMIT"_s, &error), qPrintable(error));
    QVERIFY2(insert(first, u"FX-1"_s, u"first-b"_s), qPrintable(error));
    QVERIFY2(first.exec(u"COMMIT"_s, &error), qPrintable(error));
    QVERIFY2(second.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(insert(second, u"FX-2"_s, u"undone"_s), qPrintable(error));
    QVERIFY2(second.exec(u"ROLLBACK"_s, &error), qPrintable(error));
    QVERIFY2(insert(second, u"FX-2"_s, u"last"_s), qPrintable(error));
    QCOMPARE(pending(), 4);
    QCOMPARE(owner.value(u"SELECT last_id FROM audit_chain_head"_s).toLongLong(), before);

    // A user chains rows of districts they cannot see: the server does it,
    // with the owner's rights.
    QVERIFY2(first.exec(u"SELECT samordna_after_commit(NULL)"_s, &error), qPrintable(error));
    QSqlQuery rows(owner.database());
    QVERIFY(rows.exec(u"SELECT id, action FROM audit_log WHERE id > %1 ORDER BY id"_s.arg(before)));
    QStringList actions;
    qint64 expectedId = before + 1;
    while (rows.next()) {
        QCOMPARE(rows.value(0).toLongLong(), expectedId++);
        actions << rows.value(1).toString();
    }
    QCOMPARE(actions, (QStringList{u"first-a"_s, u"second"_s, u"first-b"_s, u"last"_s}));
    QCOMPARE(pending(), 0);
    QString output;
    QCOMPARE(cli({u"--db"_s, m_owner, u"check"_s}, &output), 0);
    QCOMPARE(output, u"ok\n"_s);

    // A save never waits for the chain: while another program holds its
    // head, the save is done and its row pending; the next commit, of
    // anyone, chains it.
    auto opened = CaseService::open(m_norr);
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &norr = *opened.store;
    const auto addNote = [&norr](const QString &text) {
        const auto stored = norr.loadCase(u"FX-1"_s);
        if (!stored)
            return false;
        CaseRecord edited = stored->record;
        edited.journal << JournalEntry{referenceDate(), u"Handläggare"_s, text, {}, {}};
        return norr.saveCase(edited, stored->revision).ok();
    };
    QVERIFY2(owner.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(owner.exec(u"SELECT last_id FROM audit_chain_head FOR UPDATE"_s, &error), qPrintable(error));
    QVERIFY(addNote(u"Sparad medan kedjan var upptagen."_s));
    RawConnection looking(m_owner);
    QCOMPARE(looking.value(u"SELECT count(*) FROM audit_log WHERE id < 0"_s).toInt(), 1);
    QVERIFY2(owner.exec(u"ROLLBACK"_s, &error), qPrintable(error));
    QVERIFY(addNote(u"Sparad efteråt."_s));
    QCOMPARE(pending(), 0);
    QCOMPARE(owner.value(u"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE id > %1"_s.arg(before + 4))
                 .toString(),
             u"change,change"_s);
    QCOMPARE(cli({u"--db"_s, m_owner, u"check"_s}, &output), 0);
    QCOMPARE(output, u"ok\n"_s);

    // The row waiting for its number is append-only too: a user may not
    // change it at all, the owner only through the chain's own function.
    QVERIFY2(first.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(insert(first, u"FX-1"_s, u"pending"_s), qPrintable(error));
    QVERIFY(!first.exec(u"UPDATE audit_log SET id = 1000000, hash = 'x' WHERE id < 0"_s, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY2(first.exec(u"ROLLBACK"_s, &error), qPrintable(error));
    QVERIFY2(owner.exec(u"BEGIN"_s, &error), qPrintable(error));
    QVERIFY2(insert(owner, u"FX-1"_s, u"pending"_s), qPrintable(error));
    QVERIFY(!owner.exec(u"UPDATE audit_log SET id = 1000000, hash = 'x' WHERE id < 0"_s, &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    QVERIFY2(owner.exec(u"ROLLBACK"_s, &error), qPrintable(error));
    QCOMPARE(cli({u"--db"_s, m_owner, u"check"_s}, &output), 0);
}

// A konsultationsteam meeting is its district's: a user of Norr sees no
// meeting of Söder, nor its agenda, through the program, the command line
// or the server itself, and holds no meeting for a district not theirs.
void TestTeamAccess::meetingsAreTheirDistricts()
{
    auto norrOpened = CaseService::open(m_norr);
    QVERIFY2(norrOpened.store, qPrintable(norrOpened.error));
    auto soderOpened = CaseService::open(m_soder);
    QVERIFY2(soderOpened.store, qPrintable(soderOpened.error));
    KonsultationsteamMeetings norr(*norrOpened.store);
    KonsultationsteamMeetings soder(*soderOpened.store);
    QCOMPARE(norr.districts(), QStringList{u"Norr"_s});
    QCOMPARE(soder.districts(), (QStringList{u"Söder"_s, u"Väster"_s}));

    // A user of one district holds that district's meetings.
    const auto norrMeeting = norr.createMeeting(referenceDate(), u"FK, IoF Norr"_s);
    QVERIFY2(norrMeeting, qPrintable(norr.lastError()));
    QVERIFY2(norr.addToAgenda(*norrMeeting, u"FX-1"_s), qPrintable(norr.lastError()));
    QVERIFY(!norr.createMeeting(referenceDate(), u"FK"_s, u"Söder"_s));
    QVERIFY2(norr.lastError().contains(u"Söder"_s), qPrintable(norr.lastError()));
    // A user of two names which.
    QVERIFY(!soder.createMeeting(referenceDate(), u"FK"_s));
    QVERIFY2(soder.lastError().contains(u"district"_s), qPrintable(soder.lastError()));
    const auto soderMeeting = soder.createMeeting(referenceDate(), u"FK, IoF Söder"_s, u"Söder"_s);
    QVERIFY2(soderMeeting, qPrintable(soder.lastError()));
    QVERIFY2(soder.addToAgenda(*soderMeeting, u"FX-2"_s), qPrintable(soder.lastError()));
    QVERIFY(!soder.addToAgenda(*soderMeeting, u"FX-3"_s)); // Väster's case, Söder's team
    QVERIFY2(soder.lastError().contains(u"Väster"_s), qPrintable(soder.lastError()));

    // Through the program.
    const QList<KonsultationsteamMeeting> seen = norr.meetings();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().id, *norrMeeting);
    QCOMPARE(seen.first().district, u"Norr"_s);
    QCOMPARE(seen.first().agendaCount, 1);
    QVERIFY(!norr.meeting(*soderMeeting));
    QVERIFY(norr.agenda(*soderMeeting).isEmpty());
    QVERIFY(!norr.addToAgenda(*soderMeeting, u"FX-1"_s));
    QVERIFY(!norr.updateMeeting(*soderMeeting, referenceDate(), u"FK, IoF Norr"_s));
    QCOMPARE(soder.meetings().size(), 1);
    QCOMPARE(soder.meeting(*soderMeeting)->participants, u"FK, IoF Söder"_s);

    // Through the command line: the agenda taken along, a backup.
    QString output;
    QString errors;
    QVERIFY(cli({u"--db"_s, m_norr, u"checkout"_s, u"--agenda"_s, QString::number(*soderMeeting), u"--to"_s,
                 m_stores->filePath(u"away.sqlite"_s)},
                &output, &errors)
            != 0);
    QVERIFY2(errors.contains(u"no konsultationsteam meeting"_s), qPrintable(errors));
    const QString copyPath = m_stores->filePath(u"norr-meetings.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, m_norr, u"backup"_s, copyPath}, &output, &errors), 0);
    {
        RawConnection copy(copyPath);
        QCOMPARE(copy.value(u"SELECT count(*) FROM konsultationsteam_meetings"_s).toInt(), 1);
        QCOMPARE(copy.value(u"SELECT district FROM konsultationsteam_meetings"_s).toString(), u"Norr"_s);
        QCOMPARE(copy.value(u"SELECT count(*) FROM konsultationsteam_agenda"_s).toInt(), 1);
    }

    // Through the server, whatever program asks.
    RawConnection user(m_norr);
    QCOMPARE(user.value(u"SELECT count(*) FROM konsultationsteam_meetings"_s).toInt(), 1);
    QCOMPARE(user.value(u"SELECT count(*) FROM konsultationsteam_agenda"_s).toInt(), 1);
    QString error;
    QVERIFY(!user.exec(u"INSERT INTO konsultationsteam_meetings (date, participants, created, district) "
                       "VALUES ('2026-12-01', 'FK', 't', 'Söder')"_s,
                       &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QVERIFY(!user.exec(u"UPDATE konsultationsteam_meetings SET district = 'Söder'"_s, &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QVERIFY(user.exec(u"UPDATE konsultationsteam_meetings SET participants = 'x' WHERE id = %1"_s.arg(*soderMeeting),
                      &error));
    QVERIFY(
        !user.exec(u"INSERT INTO konsultationsteam_agenda (meeting_id, position, case_id) VALUES (%1, 9, 'FX-1')"_s.arg(
                       *soderMeeting),
                   &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));

    // The owner sees both, the Söder one unchanged.
    RawConnection owner(m_owner);
    QCOMPARE(owner.value(u"SELECT count(*) FROM konsultationsteam_meetings"_s).toInt(), 2);
    QCOMPARE(owner.value(u"SELECT participants FROM konsultationsteam_meetings WHERE id = %1"_s.arg(*soderMeeting))
                 .toString(),
             u"FK, IoF Söder"_s);
}

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "tst_teamaccess.moc"
