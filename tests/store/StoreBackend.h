// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The store tests run against both backends from one suite: each test is a
// row of initTestCase_data(), "sqlite" (a file in a temporary folder) and
// "postgresql" (a new database on the server named by SAMORDNA_TEST_PG,
// e.g. postgresql://postgres@/postgres?host=/tmp/cluster, as .ci/run sets
// it). Without that server the PostgreSQL rows are skipped with a message,
// except under CI, where they must run.

#include "store/StoreAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace storeTest {

using namespace Qt::StringLiterals;

// The role that owns the test databases, as a database administrator would
// make it for Samordna: a login role with CREATEROLE, no superuser.
inline QString ownerRole()
{
    return u"samordna_test_owner"_s;
}

inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

// A plain connection beside the store's own, to do what the store's API
// never would; for a team store, as the owner role unless `user` is given.
class RawConnection
{
public:
    explicit RawConnection(const QString &address)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QString error;
        const auto parsed = samordna::StoreAddress::parse(address, &error);
        QSqlDatabase db = QSqlDatabase::addDatabase(parsed && parsed->isServer() ? u"QPSQL"_s : u"QSQLITE"_s, m_name);
        if (parsed && parsed->isServer()) {
            db.setDatabaseName(parsed->database());
            db.setConnectOptions(parsed->connectOptions());
        } else {
            db.setDatabaseName(address);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open())
            qWarning("raw connection failed: %s", qPrintable(db.lastError().text()));
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &statement, QString *error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(statement);
        if (!ok && error)
            *error = query.lastError().text();
        return ok;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement) && query.next() ? query.value(0) : QVariant();
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// The PostgreSQL server of SAMORDNA_TEST_PG: new databases for a test,
// dropped again when the test ends.
class TestServer
{
public:
    // The superuser's address; empty when none is set.
    static QString adminAddress() { return qEnvironmentVariable("SAMORDNA_TEST_PG"); }

    // Why the server cannot be used; empty when it can.
    static QString unavailableReason()
    {
        if (adminAddress().isEmpty())
            return u"no PostgreSQL server: set SAMORDNA_TEST_PG (as .ci/run does) to run the team-store half"_s;
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return u"Qt's PostgreSQL driver (QPSQL, Debian libqt6sql6-psql) is not installed"_s;
        RawConnection admin(adminAddress());
        if (!admin.database().isOpen())
            return u"the PostgreSQL server at SAMORDNA_TEST_PG does not answer"_s;
        return {};
    }

    // The same server, another database and user.
    static QString address(const QString &user, const QString &database)
    {
        QString error;
        const auto admin = samordna::StoreAddress::parse(adminAddress(), &error);
        QString text = u"postgresql://"_s + user + u'@' + admin->hosts();
        if (!admin->ports().isEmpty())
            text += u':' + admin->ports();
        text += u'/' + database;
        QStringList parameters;
        for (const auto &[key, value] : admin->parameters())
            parameters << key + u'=' + value;
        if (!parameters.isEmpty())
            text += u'?' + parameters.join(u'&');
        return text;
    }

    ~TestServer()
    {
        if (m_databases.isEmpty())
            return;
        RawConnection admin(adminAddress());
        for (const QString &database : std::as_const(m_databases))
            admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    }

    // Runs as the server's superuser, on `database` (the admin database when empty).
    bool admin(const QString &statement, const QString &database = {}, QString *error = nullptr)
    {
        RawConnection connection(database.isEmpty() ? adminAddress() : address(adminUser(), database));
        return connection.exec(statement, error);
    }

    // A login role of the server, made when missing.
    bool ensureRole(const QString &role, const QString &attributes = u"LOGIN"_s)
    {
        RawConnection connection(adminAddress());
        const QString exists = u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(role);
        if (connection.value(exists).toInt() > 0)
            return true;
        // Another test program on the same server may make it at the same moment.
        return connection.exec(u"CREATE ROLE %1 %2"_s.arg(role, attributes)) || connection.value(exists).toInt() > 0;
    }

    // A new, empty database owned by ownerRole(); its address as the owner.
    QString createDatabase()
    {
        if (!ensureRole(ownerRole(), u"LOGIN CREATEROLE"_s))
            return {};
        const QString database = u"samordna_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_counter);
        QString error;
        if (!admin(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, ownerRole()), {}, &error)) {
            qWarning("cannot create a test database: %s", qPrintable(error));
            return {};
        }
        m_databases << database;
        return address(ownerRole(), database);
    }

    // The login role the server asks a password of (a SCRAM rule that
    // .ci/postgres writes), empty when it has none; the role is made or
    // given passwordOfRole() by passwordRoleReady().
    static QString passwordRole() { return qEnvironmentVariable("SAMORDNA_TEST_PG_PASSWORD_ROLE"); }
    static QString passwordOfRole() { return u"Rätt-lösen 7"_s; }
    bool passwordRoleReady()
    {
        return ensureRole(passwordRole())
            && admin(u"ALTER ROLE %1 LOGIN PASSWORD '%2'"_s.arg(passwordRole(), passwordOfRole()));
    }

    static QString adminUser()
    {
        QString error;
        const auto admin = samordna::StoreAddress::parse(adminAddress(), &error);
        return admin && !admin->user().isEmpty() ? admin->user() : u"postgres"_s;
    }

private:
    QStringList m_databases;
    int m_counter = 0;
};

// The store of one test row: files in a temporary folder, or new databases
// on the test server.
class TestStores
{
public:
    explicit TestStores(const QString &backend)
        : m_server(backend == u"postgresql")
    {
    }

    bool isServer() const { return m_server; }
    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // A store nobody has opened yet: a file named `name`, or a new database.
    QString fresh(const QString &name = u"store.sqlite"_s)
    {
        return m_server ? m_databases.createDatabase() : m_dir.filePath(name);
    }
    TestServer &server() { return m_databases; }

private:
    bool m_server;
    QTemporaryDir m_dir;
    TestServer m_databases;
};

} // namespace storeTest

// In a test's init(): the PostgreSQL row skips, with the reason, when no
// server can be used, and fails instead under CI.
#define STORE_TEST_REQUIRE_SERVER()                                                                                    \
    do {                                                                                                               \
        const QString why = storeTest::TestServer::unavailableReason();                                                \
        if (!why.isEmpty()) {                                                                                          \
            if (qEnvironmentVariable("CI") == u"true")                                                                 \
                QFAIL(qPrintable(u"CI must run the team-store tests: "_s + why));                                      \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)

// For the tests of a server that asks for a password.
#define STORE_TEST_REQUIRE_PASSWORD_ROLE()                                                                             \
    do {                                                                                                               \
        STORE_TEST_REQUIRE_SERVER();                                                                                   \
        if (storeTest::TestServer::passwordRole().isEmpty()) {                                                         \
            const QString why = u"the test server asks nobody for a password: set SAMORDNA_TEST_PG_PASSWORD_ROLE "_s   \
                                u"to a role pg_hba.conf gives scram-sha-256 (as .ci/postgres does)"_s;                 \
            if (qEnvironmentVariable("CI") == u"true")                                                                 \
                QFAIL(qPrintable(u"CI must run the password tests: "_s + why));                                        \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)

#define STORE_TEST_BACKEND(stores)                                                                                     \
    do {                                                                                                               \
        QFETCH_GLOBAL(QString, backend);                                                                               \
        if (backend == u"postgresql")                                                                                  \
            STORE_TEST_REQUIRE_SERVER();                                                                               \
        stores = std::make_unique<storeTest::TestStores>(backend);                                                     \
        QVERIFY(stores->isValid());                                                                                    \
    } while (false)

// For what only a file has (permissions, its header, SQLite's locks).
#define STORE_TEST_FILE_ONLY(stores)                                                                                   \
    do {                                                                                                               \
        if (stores->isServer())                                                                                        \
            QSKIP("a property of store files");                                                                        \
    } while (false)
