// SPDX-License-Identifier: GPL-3.0-or-later
// A team store whose server goes away under a running program: the server
// restarted, a primary replaced by its hot standby (both named in one libpq
// address), a host of the address that is down. Each time the program
// connects again by itself, its next save is stored, and nothing saved
// before is lost.
//
// The second server is a hot standby of SAMORDNA_TEST_PG's cluster, made
// by .ci/postgres (pg_standby) in a temporary folder of its own and removed
// at the end, so stopping or promoting it disturbs no other test.

#include "StoreBackend.h"
#include "StoreTestSupport.h"

#include "service/CaseService.h"
#include "store/StoreAddress.h"
#include "util/Clock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace storeTest;
using namespace Qt::StringLiterals;

namespace {

// The folder (or host) of SAMORDNA_TEST_PG's server.
QString primaryHost()
{
    QString error;
    const auto admin = StoreAddress::parse(TestServer::adminAddress(), &error);
    if (!admin)
        return {};
    const QString socket = admin->parameter(u"host"_s);
    return socket.isEmpty() ? admin->hosts() : socket;
}

// The store `database` as its owner, on the servers `hosts` in that order;
// with `anyServer` false, asking libpq for the one that takes writes (a
// hot standby is read with it).
QString ownerAddress(const QStringList &hosts, const QString &database, bool anyServer = false)
{
    return u"postgresql://%1@/%2?host=%3%4"_s.arg(ownerRole(), database, hosts.join(u','),
                                                  anyServer ? QString() : u"&target_session_attrs=read-write"_s);
}

// A hot standby of the test server, which a test may promote, stop and
// start; removed when it goes out of scope.
class SecondServer
{
public:
    SecondServer() = default;
    SecondServer(const SecondServer &) = delete;
    SecondServer &operator=(const SecondServer &) = delete;
    ~SecondServer()
    {
        if (!m_dir.isEmpty())
            run({u"pg_remove"_s, m_dir});
    }

    bool start(QString *error)
    {
        QString output;
        if (!run({u"pg_standby"_s, primaryHost()}, &output, error))
            return false;
        m_dir = output.trimmed();
        return !m_dir.isEmpty();
    }
    // "stop", "start" or "promote".
    bool control(const QString &action, QString *error = nullptr)
    {
        return run({u"pg_server"_s, m_dir, action}, nullptr, error);
    }
    // Its socket folder.
    QString dir() const { return m_dir; }

private:
    static bool run(const QStringList &command, QString *output = nullptr, QString *error = nullptr)
    {
        QProcess process;
        process.start(u"bash"_s,
                      QStringList{u"-c"_s, u"source \"$0\" && \"$@\""_s, QStringLiteral(SAMORDNA_PG_SCRIPT)} + command);
        const bool finished = process.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput());
        if (error)
            *error = command.join(u' ') + u": "_s + QString::fromUtf8(process.readAllStandardError())
                + process.errorString();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_dir;
};

} // namespace

// A second server, or a skip saying why there is none (a failure under CI).
#define REQUIRE_STANDBY(standby, database)                                                                             \
    do {                                                                                                               \
        const QString why = startStandby(standby, database);                                                           \
        if (!why.isEmpty()) {                                                                                          \
            if (qEnvironmentVariable("CI") == u"true")                                                                 \
                QFAIL(qPrintable(why));                                                                                \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)

class TestTeamServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void multiHostAddressReachesLibpq_data();
    void multiHostAddressReachesLibpq();
    void downHostFirstIsPassedOver();
    void failoverReachesThePromotedStandby();
    void serverRestartUnderARunningClient();
    void cleanup();

private:
    // A new store with the three fixture cases, on the test server; its
    // database's name.
    QString storeWithFixtures();
    // A hot standby of the test server holding what the server holds now;
    // why none could be made, empty when it was.
    QString startStandby(SecondServer &standby, const QString &database);
    CaseRecord renamed(CaseService &client, const QString &id, const QString &name, qint64 *revision);

    std::unique_ptr<TestServer> m_server;
};

void TestTeamServer::initTestCase()
{
    Clock::setToday(referenceDate());
}

void TestTeamServer::cleanup()
{
    m_server.reset();
}

QString TestTeamServer::storeWithFixtures()
{
    m_server = std::make_unique<TestServer>();
    const QString owner = m_server->createDatabase();
    if (owner.isEmpty())
        return {};
    auto opened = CaseService::open(owner);
    if (!opened.store) {
        qWarning("open failed: %s", qPrintable(opened.error));
        return {};
    }
    for (const QString &file : caseFiles()) {
        const WriteResult result = opened.store->importCase(readCase(file));
        if (!result.ok()) {
            qWarning("import failed: %s", qPrintable(result.message));
            return {};
        }
    }
    return owner.section(u'/', 3).section(u'?', 0, 0);
}

QString TestTeamServer::startStandby(SecondServer &standby, const QString &database)
{
    QString error;
    if (!standby.start(&error))
        return u"no second server could be made beside SAMORDNA_TEST_PG's: "_s + error;
    // It has replayed what the server wrote before it was made.
    RawConnection copy(ownerAddress({standby.dir()}, database, true));
    if (copy.value(u"SELECT count(*) FROM cases"_s).toInt() != caseFiles().size())
        return u"the second server does not hold the first one's cases"_s;
    return {};
}

CaseRecord TestTeamServer::renamed(CaseService &client, const QString &id, const QString &name, qint64 *revision)
{
    const auto stored = client.loadCase(id);
    if (!stored)
        return {};
    *revision = stored->revision;
    CaseRecord edited = stored->record;
    edited.person.name = name;
    return edited;
}

void TestTeamServer::multiHostAddressReachesLibpq_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("shownHost");

    QTest::newRow("socket folders")
        << u"postgresql://anna@/samordna?host=/run/pg1,/run/pg2&target_session_attrs=read-write"_s
        << u"user='anna';host='/run/pg1,/run/pg2';target_session_attrs='read-write'"_s << u"samordna"_s
        << u"/run/pg1,/run/pg2"_s;
    QTest::newRow("hosts and ports")
        << u"postgresql://anna@pg1.kommun.se:5432,pg2.kommun.se:5433/samordna?target_session_attrs=read-write"
           "&sslmode=verify-full"_s
        << u"host='pg1.kommun.se,pg2.kommun.se';port='5432,5433';user='anna';target_session_attrs='read-write';"
           "sslmode='verify-full'"_s
        << u"samordna"_s << u"pg1.kommun.se,pg2.kommun.se"_s;
    QTest::newRow("one port left to libpq")
        << u"postgresql://[2001:db8::1],pg2:5433/samordna?target_session_attrs=read-write"_s
        << u"host='2001:db8::1,pg2';port=',5433';target_session_attrs='read-write'"_s << u"samordna"_s
        << u"2001:db8::1,pg2"_s;
}

// A multi-host address is handed to libpq whole, in its own terms, so
// libpq (not the program) picks the server that takes writes.
void TestTeamServer::multiHostAddressReachesLibpq()
{
    QFETCH(QString, address);
    QFETCH(QString, options);
    QFETCH(QString, database);
    QFETCH(QString, shownHost);
    QString error;
    const auto parsed = StoreAddress::parse(address, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->isServer());
    QCOMPARE(parsed->connectOptions(), options);
    QCOMPARE(parsed->database(), database);
    QCOMPARE(parsed->displayHost(), shownHost);
    QCOMPARE(parsed->parameter(u"target_session_attrs"_s), u"read-write"_s);
}

// The first host of the address does not answer: the store opens on the
// next, and saves there.
void TestTeamServer::downHostFirstIsPassedOver()
{
    STORE_TEST_REQUIRE_SERVER();
    const QString database = storeWithFixtures();
    QVERIFY(!database.isEmpty());
    const QTemporaryDir nobodyListens;
    auto opened = CaseService::open(ownerAddress({nobodyListens.path(), primaryHost()}, database));
    QVERIFY2(opened.store, qPrintable(opened.error));
    qint64 revision = 0;
    const CaseRecord edited = renamed(*opened.store, u"FX-1"_s, u"Sparad Förbi Nere"_s, &revision);
    const WriteResult saved = opened.store->saveCase(edited, revision);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    RawConnection primary(ownerAddress({primaryHost()}, database));
    QCOMPARE(primary.value(u"SELECT name FROM cases WHERE id = 'FX-1'"_s).toString(), edited.person.name);
}

// A primary and its hot standby in one address: the program works on the
// primary; when the standby is promoted and the old primary turns
// read-only, the program's next save connects again and is stored on the
// new primary, which holds everything saved before.
void TestTeamServer::failoverReachesThePromotedStandby()
{
    STORE_TEST_REQUIRE_SERVER();
    const QString database = storeWithFixtures();
    QVERIFY(!database.isEmpty());
    SecondServer standby;
    REQUIRE_STANDBY(standby, database);

    // The standby comes first in the address, and is passed over.
    auto opened = CaseService::open(ownerAddress({standby.dir(), primaryHost()}, database));
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &client = *opened.store;
    qint64 revision = 0;
    const CaseRecord before = renamed(client, u"FX-1"_s, u"Sparad Före Bytet"_s, &revision);
    const WriteResult first = client.saveCase(before, revision);
    QVERIFY2(first.ok(), qPrintable(first.message));
    RawConnection primary(ownerAddress({primaryHost()}, database));
    QCOMPARE(primary.value(u"SELECT revision FROM cases WHERE id = 'FX-1'"_s).toInt(), 2);
    const int auditRows = primary.value(u"SELECT count(*) FROM audit_log"_s).toInt();
    RawConnection copy(ownerAddress({standby.dir()}, database, true));
    QTRY_COMPARE_WITH_TIMEOUT(copy.value(u"SELECT count(*) FROM audit_log"_s).toInt(), auditRows, 20000);

    // The failover: the standby becomes the primary; the old one takes no
    // more writes and its sessions end.
    QString error;
    QVERIFY2(standby.control(u"promote"_s, &error), qPrintable(error));
    QVERIFY2(m_server->admin(u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(database), {}, &error),
             qPrintable(error));
    QVERIFY2(m_server->admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                             "AND pid <> pg_backend_pid()"_s.arg(database),
                             {}, &error),
             qPrintable(error));

    // The save comes first: it is what connects again.
    CaseRecord after = readCase(caseFiles().at(1));
    after.person.name = u"Sparad Efter Bytet"_s;
    const WriteResult second = client.saveCase(after, 1);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.revision, 2);

    // The new primary holds both saves and every audit row; the old one
    // never saw the second.
    RawConnection promoted(ownerAddress({standby.dir()}, database));
    QCOMPARE(promoted.value(u"SELECT name FROM cases WHERE id = 'FX-1'"_s).toString(), before.person.name);
    QCOMPARE(promoted.value(u"SELECT name FROM cases WHERE id = 'FX-2'"_s).toString(), after.person.name);
    QCOMPARE(promoted.value(u"SELECT count(*) FROM cases"_s).toInt(), caseFiles().size());
    QCOMPARE(promoted.value(u"SELECT count(*) FROM audit_log"_s).toInt(), auditRows + 1);
    QCOMPARE(promoted.value(u"SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString(), u"change"_s);
    RawConnection oldPrimary(ownerAddress({primaryHost()}, database, true)); // its sessions were ended
    QCOMPARE(oldPrimary.value(u"SELECT revision FROM cases WHERE id = 'FX-2'"_s).toInt(), 1);
    QCOMPARE(oldPrimary.value(u"SHOW transaction_read_only"_s).toString(), u"on"_s);
    const auto reread = client.loadCase(u"FX-2"_s);
    QVERIFY(reread);
    QCOMPARE(reread->record.person.name, after.person.name);
}

// The server is stopped and started again while the program runs: a save
// while it is down is reported failed, not done; once it is back the
// program connects again by itself and its saves are stored, with every
// one made before.
void TestTeamServer::serverRestartUnderARunningClient()
{
    STORE_TEST_REQUIRE_SERVER();
    const QString database = storeWithFixtures();
    QVERIFY(!database.isEmpty());
    SecondServer server;
    REQUIRE_STANDBY(server, database);
    QString error;
    QVERIFY2(server.control(u"promote"_s, &error), qPrintable(error)); // a server of its own now

    auto opened = CaseService::open(ownerAddress({server.dir()}, database));
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &client = *opened.store;
    qint64 revision = 0;
    CaseRecord first = renamed(client, u"FX-1"_s, u"Sparad Före Omstart"_s, &revision);
    QVERIFY(client.saveCase(first, revision).ok());

    QVERIFY2(server.control(u"stop"_s, &error), qPrintable(error));
    CaseRecord fx3 = readCase(caseFiles().at(2));
    fx3.person.name = u"Sparad Under Stopp"_s;
    const WriteResult refused = client.saveCase(fx3, 1);
    QCOMPARE(refused.status, WriteResult::Failed);
    QVERIFY(!refused.message.isEmpty());

    QVERIFY2(server.control(u"start"_s, &error), qPrintable(error));
    const WriteResult again = client.saveCase(fx3, 1);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.revision, 2);
    first = renamed(client, u"FX-1"_s, u"Sparad Efter Omstart"_s, &revision);
    QCOMPARE(revision, 2);
    const WriteResult later = client.saveCase(first, revision);
    QVERIFY2(later.ok(), qPrintable(later.message));
    QCOMPARE(later.revision, 3);

    RawConnection fresh(ownerAddress({server.dir()}, database));
    QCOMPARE(fresh.value(u"SELECT count(*) FROM cases"_s).toInt(), caseFiles().size());
    QCOMPARE(fresh.value(u"SELECT revision FROM cases WHERE id = 'FX-1'"_s).toInt(), 3);
    QCOMPARE(fresh.value(u"SELECT name FROM cases WHERE id = 'FX-1'"_s).toString(), first.person.name);
    QCOMPARE(fresh.value(u"SELECT name FROM cases WHERE id = 'FX-3'"_s).toString(), fx3.person.name);
    QCOMPARE(fresh.value(u"SELECT revision FROM cases WHERE id = 'FX-2'"_s).toInt(), 1);
    QCOMPARE(fresh.value(u"SELECT count(*) FROM audit_log WHERE action = 'change'"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
