// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreBackend.h"
#include "StatsFixture.h"

#include "store/AuditLog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using samordna::AuditLog;

// `samordna-cli stats` as a unit manager would run it: cases with known
// histories imported through samordna-cli, then the figures compared with
// those worked out by hand, suppressed cells included. On a store file and
// on a team store alike: each test is a row of initTestCase_data() (see
// tests/store/StoreBackend.h).
class TestStatsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void json();
    void csv();
    void defaultPeriodIsTheYearToToday();
    void badInput_data();
    void badInput();
    void auditNamesPeriodAndDistrict();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const;
    // The fixture imported into a store of `backend`, once; its address,
    // empty when it cannot be made.
    QString fixtureStore(const QString &backend);

    std::map<QString, std::unique_ptr<storeTest::TestStores>> m_stores; // by backend
    QHash<QString, QString> m_addresses;                                // by backend
    QString m_backend;
    QString m_store;
};

TestStatsCli::Run TestStatsCli::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SAMORDNA_LANG"_s, u"en"_s);
    environment.insert(u"USER"_s, u"unit-manager"_s);
    environment.remove(u"SAMORDNA_DB"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAMORDNA_CLI_PATH),
                  QStringList{u"--db"_s, m_store, u"--today"_s, statsFixture::today().toString(Qt::ISODate)}
                      + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestStatsCli::initTestCase_data()
{
    storeTest::addBackendRows();
}

void TestStatsCli::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql")
        STORE_TEST_REQUIRE_SERVER();
    m_backend = backend;
    m_store = fixtureStore(backend);
    QVERIFY2(!m_store.isEmpty(), "the fixture could not be imported");
}

QString TestStatsCli::fixtureStore(const QString &backend)
{
    if (const auto found = m_addresses.constFind(backend); found != m_addresses.cend())
        return *found;
    m_addresses.insert(backend, QString()); // tried once
    auto &stores = m_stores[backend];
    stores = std::make_unique<storeTest::TestStores>(backend);
    if (!stores->isValid())
        return {};
    m_store = stores->fresh(u"unit.sqlite"_s);
    if (m_store.isEmpty() || cli({u"init"_s}).exitCode != 0)
        return {};
    const Run imported = cli(QStringList{u"import"_s} + statsFixture::files());
    if (imported.exitCode != 0 || imported.out.count('\n') != 46) {
        qWarning("import: %s", imported.err.constData());
        return {};
    }
    m_addresses.insert(backend, m_store);
    return m_store;
}

void TestStatsCli::json()
{
    const Run run = cli(
        {u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s, u"--district"_s, u"Norr"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"2026-06-30"_s);
    QCOMPARE(json.value(u"district"_s).toString(), u"Norr"_s);
    QCOMPARE(json.value(u"cases"_s).toInt(), 11);
    const QJsonObject box1 = json.value(u"boxes"_s).toArray().at(0).toObject();
    QCOMPARE(box1.value(u"stage"_s).toString(), u"ruta1"_s);
    QCOMPARE(box1.value(u"entered"_s).toInt(), 6);
    QCOMPARE(box1.value(u"completed"_s).toInt(), 6);
    QCOMPARE(box1.value(u"medianDays"_s).toDouble(), 35.0);
    QCOMPARE(box1.value(u"p25Days"_s).toDouble(), 22.5);
    QCOMPARE(box1.value(u"p75Days"_s).toDouble(), 47.5);
    const QJsonObject box2b = json.value(u"boxes"_s).toArray().at(2).toObject();
    QCOMPARE(box2b.value(u"entered"_s), QJsonValue(u"<5"_s));
    QVERIFY(box2b.value(u"medianDays"_s).isNull());
    QCOMPARE(json.value(u"outcomes"_s)[u"ruta2b"_s], QJsonValue(u"<5"_s));
    QCOMPARE(json.value(u"advice"_s)[u"criteria_met"_s].toInt(), 6);
    QVERIFY(json.value(u"konsultationsteam"_s)[u"discussed"_s].isNull());
    QCOMPARE(json.value(u"fkContact"_s)[u"overdue"_s], QJsonValue(u"<5"_s));
}

void TestStatsCli::csv()
{
    const Run run = cli(
        {u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("figure,value\r\nfrom,2026-01-01\r\nto,2026-06-30\r\ndistrict,\r\ncases,45\r\n"));
    QVERIFY(run.out.contains("\r\nboxes.ruta1.medianDays,24\r\n"));
    QVERIFY(run.out.contains("\r\nboxes.ruta1.p25Days,10.75\r\n"));
    QVERIFY(run.out.contains("\r\nboxes.ruta3.completed,<5\r\n"));
    QVERIFY(run.out.contains("\r\nbenefits.sjukersattning,\r\n"));
    QVERIFY(run.out.contains("\r\nendToEnd.ruta3ToRuta6.medianDays,232\r\n"));
}

void TestStatsCli::defaultPeriodIsTheYearToToday()
{
    const Run run = cli({u"stats"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"from"_s).toString(), u"2025-08-02"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"2026-08-01"_s);
    QVERIFY(json.value(u"district"_s).isNull());
}

void TestStatsCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("date") << QStringList{u"--from"_s, u"2026-13-01"_s} << u"--from: \"2026-13-01\" is not a date"_s;
    QTest::newRow("backwards") << QStringList{u"--from"_s, u"2026-07-01"_s, u"--to"_s, u"2026-06-30"_s}
                               << u"the period ends (2026-06-30) before it begins (2026-07-01)"_s;
    QTest::newRow("district") << QStringList{u"--district"_s, u"Nord"_s} << u"there is no district \"Nord\""_s;
    QTest::newRow("format") << QStringList{u"--format"_s, u"xml"_s} << u"--format: \"xml\" is neither json nor csv"_s;
}

void TestStatsCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"stats"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("error: ") && QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestStatsCli::auditNamesPeriodAndDistrict()
{
    QCOMPARE(cli({u"stats"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-06-30"_s, u"--district"_s, u"Väster"_s})
                 .exitCode,
             0);
    const Run audit = cli({u"audit"_s});
    QCOMPARE(audit.exitCode, 0);
    const QList<QByteArray> lines = audit.out.trimmed().split('\n');
    const QByteArray last = lines.constLast();
    // The OS account, whatever $USER says (set to "unit-manager" above); on
    // a team store the database's user.
    const QString user = m_backend == u"postgresql" ? storeTest::ownerRole() : AuditLog::systemUser();
    QVERIFY2(last.contains(user.toUtf8()) && !last.contains("unit-manager") && last.contains("statistics")
                 && last.contains("from=2026-04-01 to=2026-06-30 district=Väster"),
             last.constData());
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
