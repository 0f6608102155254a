// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreBackend.h"
#include "StatsFixture.h"

#include "demo/DemoData.h"
#include "rules/RuleData.h"
#include "stats/Statistics.h"
#include "stats/StatsFormat.h"
#include "stats/StatsQueries.h"
#include "store/StoreDialect.h"
#include "store/StoreSchema.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace samordna::stats;
using namespace Qt::StringLiterals;

// The follow-up figures read from a store holding the fixture's cases,
// compared with the figures worked out by hand (tests/data/stats/README.md),
// on a store file and on a team store alike: each test is a row of
// initTestCase_data() (see tests/store/StoreBackend.h).
class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanupTestCase();

    void figures_data();
    void figures();
    void jsonShape();
    void csvRows();
    void nothingPersonal();
    void openingIsAudited();
    void badRequests_data();
    void badRequests();
    void emptyStore();
    void sameFiguresOnBothStores();
    void figuresFollowASave();
    void meetingFiguresFollowTheirCase();
    void olderStoreIsWorkedOut();
    void demoDataGivesLivingCharts();

private:
    // The fixture's store on one backend, with its reports by district.
    struct Fixture
    {
        std::unique_ptr<storeTest::TestStores> stores;
        std::unique_ptr<CaseService> store;
        QHash<QString, QJsonObject> json; // by district, "" for all
    };
    // The backend's fixture, made on first use; nullptr when it cannot be.
    Fixture *fixture(const QString &backend);
    // Another store, empty, of the current row's backend.
    QString freshStore(const QString &name);
    StatsReport report(const QString &district);
    static QJsonValue valueAt(const QJsonObject &json, const QString &path);

    QString m_backend;
    std::map<QString, Fixture> m_fixtures;
    CaseService *m_store = nullptr;
    QHash<QString, QJsonObject> m_json;
};

const QDate From(2026, 1, 1);
const QDate To(2026, 6, 30);
const QStringList Districts{u""_s, u"Norr"_s, u"Söder"_s, u"Innerstaden"_s, u"Väster"_s};

void TestStatistics::initTestCase_data()
{
    storeTest::addBackendRows();
}

void TestStatistics::initTestCase()
{
    Clock::setToday(statsFixture::today());
}

void TestStatistics::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql")
        STORE_TEST_REQUIRE_SERVER();
    m_backend = backend;
    Fixture *made = fixture(backend);
    QVERIFY(made);
    m_store = made->store.get();
    m_json = made->json;
}

TestStatistics::Fixture *TestStatistics::fixture(const QString &backend)
{
    if (const auto found = m_fixtures.find(backend); found != m_fixtures.end())
        return found->second.store ? &found->second : nullptr;
    Fixture &made = m_fixtures[backend];
    made.stores = std::make_unique<storeTest::TestStores>(backend);
    const QString address = made.stores->fresh(u"stats.sqlite"_s);
    if (address.isEmpty())
        return nullptr;
    auto opened = CaseService::open(address);
    if (!opened.store) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    const QString error = statsFixture::import(*opened.store);
    if (!error.isEmpty() || opened.store->caseCount().valueOr(0) != 46) {
        qWarning("the fixture was not imported: %s", qPrintable(error));
        return nullptr;
    }
    for (const QString &district : Districts) {
        const StatsOutcome outcome = openReport(*opened.store, {From, To, district}, statsFixture::today());
        if (!outcome.report) {
            qWarning("%s", qPrintable(outcome.error));
            return nullptr;
        }
        made.json.insert(district, toJson(*outcome.report));
    }
    made.store = std::move(opened.store);
    return &made;
}

QString TestStatistics::freshStore(const QString &name)
{
    // One TestStores per backend: its databases are numbered by it.
    return m_fixtures.at(m_backend).stores->fresh(name);
}

void TestStatistics::cleanupTestCase()
{
    m_store = nullptr;
    for (auto &[backend, made] : m_fixtures)
        made.store.reset();
    m_fixtures.clear();
}

StatsReport TestStatistics::report(const QString &district)
{
    const StatsOutcome outcome = openReport(*m_store, {From, To, district}, statsFixture::today());
    if (!outcome.report)
        qWarning("%s", qPrintable(outcome.error));
    return outcome.report.value_or(StatsReport{});
}

QJsonValue TestStatistics::valueAt(const QJsonObject &json, const QString &path)
{
    // "boxes.ruta1.entered": arrays are found by their element's "stage" or "quarter".
    QJsonValue value = json;
    for (const QString &part : path.split(u'.')) {
        if (value.isArray()) {
            QJsonValue found = QJsonValue::Undefined;
            for (const QJsonValue &item : value.toArray()) {
                if (item[u"stage"_s] == QJsonValue(part) || item[u"quarter"_s] == QJsonValue(part))
                    found = item;
            }
            value = found;
        } else {
            QJsonObject object = value.toObject();
            // A quarter's counts are under "entered".
            if (object.contains(u"quarter"_s) && !object.contains(part))
                object = object.value(u"entered"_s).toObject();
            value = object.value(part);
        }
    }
    return value;
}

void TestStatistics::figures_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonValue few(u"<5"_s);
    const QJsonValue hidden(QJsonValue::Null);
    const auto row = [](const QString &district, const QString &path, const QJsonValue &value) {
        QTest::addRow("%s %s", qPrintable(district.isEmpty() ? u"all"_s : district), qPrintable(path))
            << district << path << value;
    };
    const QString all;
    // In the process some day of the period: 11 + 13 + 16 + 5.
    row(all, u"cases"_s, 45);
    // Box 1: twelve stays ended in the period, Norr's six and Söder's six
    // (S5 twice, by way of 2a), sorted 7 10 10 11 14 20 28 30 40 50 60 90.
    row(all, u"boxes.ruta1.entered"_s, 11);
    row(all, u"boxes.ruta1.completed"_s, 12);
    row(all, u"boxes.ruta1.p25Days"_s, 10.75);
    row(all, u"boxes.ruta1.medianDays"_s, 24);
    row(all, u"boxes.ruta1.p75Days"_s, 42.5);
    row(all, u"boxes.ruta2a.entered"_s, few);
    row(all, u"boxes.ruta2a.completed"_s, few);
    row(all, u"boxes.ruta2a.medianDays"_s, hidden); // one stay
    row(all, u"boxes.ruta2b.entered"_s, 17);
    row(all, u"boxes.ruta2b.completed"_s, 0);
    row(all, u"boxes.ruta2b.medianDays"_s, hidden); // none
    row(all, u"boxes.ruta3.entered"_s, 11);
    row(all, u"boxes.ruta3.completed"_s, few); // X2's 92 days; X4's stay ends after the period
    row(all, u"boxes.ruta3.medianDays"_s, hidden);
    row(all, u"boxes.ruta4.entered"_s, few);
    row(all, u"boxes.ruta5.entered"_s, 0);
    row(all, u"boxes.ruta5.completed"_s, 5);
    row(all, u"boxes.ruta5.p25Days"_s, 160);
    row(all, u"boxes.ruta5.medianDays"_s, 170);
    row(all, u"boxes.ruta5.p75Days"_s, 200);
    row(all, u"boxes.ruta6a.entered"_s, 5);
    row(all, u"boxes.ruta6b.entered"_s, 8);
    row(all, u"endToEnd.ruta1ToRuta3.cases"_s, 11);
    row(all, u"endToEnd.ruta1ToRuta3.p25Days"_s, 17);
    row(all, u"endToEnd.ruta1ToRuta3.medianDays"_s, 30);
    row(all, u"endToEnd.ruta1ToRuta3.p75Days"_s, 45);
    row(all, u"endToEnd.ruta3ToRuta6.cases"_s, 5);
    row(all, u"endToEnd.ruta3ToRuta6.p25Days"_s, 222);
    row(all, u"endToEnd.ruta3ToRuta6.medianDays"_s, 232);
    row(all, u"endToEnd.ruta3ToRuta6.p75Days"_s, 262);
    row(all, u"outcomes.ruta2b"_s, 17);
    row(all, u"outcomes.ruta6a"_s, 5);
    row(all, u"outcomes.ruta6b"_s, 8);
    // 6b: five sjukersättning and three none; the three are "<5", so the
    // five go too (8 − 3 would tell them), and so does the city's five.
    row(all, u"benefits.aktivitetsersattning"_s, 0);
    row(all, u"benefits.sjukersattning"_s, hidden);
    row(all, u"benefits.none"_s, few);
    row(all, u"benefits.kept_open"_s, 0);
    row(all, u"advice.criteria_met"_s, 6);
    row(all, u"advice.complement_needed"_s, few);
    row(all, u"advice.not_relevant"_s, 0);
    row(all, u"konsultationsteam.discussed"_s, 8);
    // Five of six applied within 30 days: the one that did not would be 6 − 5.
    row(all, u"konsultationsteam.applicationWithin30Days"_s, hidden);
    row(all, u"invitationLeadTime.met"_s, 6);
    row(all, u"invitationLeadTime.not_met"_s, few); // 13 days' notice
    row(all, u"fkContact.met"_s, 9);
    row(all, u"fkContact.overdue"_s, few); // N5: 9 days
    // 11 cases entered box 1 and box 3: 8 and 3 by quarter in box 1, 7 and
    // 4 in box 3; the small second quarter takes the first with it.
    row(all, u"flow.2026-Q1.ruta1"_s, hidden);
    row(all, u"flow.2026-Q2.ruta1"_s, few);
    row(all, u"flow.2026-Q1.ruta3"_s, hidden);
    row(all, u"flow.2026-Q1.ruta2b"_s, 9);
    row(all, u"flow.2026-Q2.ruta2b"_s, 8);

    const QString norr = u"Norr"_s;
    row(norr, u"cases"_s, 11);
    row(norr, u"boxes.ruta1.entered"_s, 6); // N1 entered before the period; X1 in it
    row(norr, u"boxes.ruta1.completed"_s, 6);
    row(norr, u"boxes.ruta1.p25Days"_s, 22.5); // 10 20 30 40 50 90
    row(norr, u"boxes.ruta1.medianDays"_s, 35);
    row(norr, u"boxes.ruta1.p75Days"_s, 47.5);
    row(norr, u"boxes.ruta2b.entered"_s, few);
    row(norr, u"boxes.ruta3.entered"_s, 6);
    row(norr, u"boxes.ruta3.completed"_s, few);
    row(norr, u"boxes.ruta4.entered"_s, few);
    row(norr, u"endToEnd.ruta1ToRuta3.cases"_s, 6);
    row(norr, u"endToEnd.ruta1ToRuta3.medianDays"_s, 35);
    row(norr, u"outcomes.ruta2b"_s, few);
    row(norr, u"advice.criteria_met"_s, 6);
    // Söder's one discussed case is "<5": Norr's seven would give it away.
    row(norr, u"konsultationsteam.discussed"_s, hidden);
    row(norr, u"konsultationsteam.applicationWithin30Days"_s, hidden);
    row(norr, u"invitationLeadTime.met"_s, few);
    row(norr, u"invitationLeadTime.not_met"_s, few);
    row(norr, u"fkContact.met"_s, few);
    row(norr, u"fkContact.overdue"_s, few);

    const QString soder = u"Söder"_s;
    row(soder, u"cases"_s, 13);
    row(soder, u"boxes.ruta1.entered"_s, 5); // S5 entered twice: one case
    row(soder, u"boxes.ruta1.completed"_s, 6);
    row(soder, u"boxes.ruta1.p25Days"_s, 10.25); // 7 10 11 14 28 60
    row(soder, u"boxes.ruta1.medianDays"_s, 12.5);
    row(soder, u"boxes.ruta1.p75Days"_s, 24.5);
    row(soder, u"boxes.ruta2a.entered"_s, few);
    // Norr's three are "<5": the city's 17 less Innerstaden's 8 would tell
    // them if Söder's six were shown.
    row(soder, u"boxes.ruta2b.entered"_s, hidden);
    row(soder, u"outcomes.ruta2b"_s, hidden);
    row(soder, u"endToEnd.ruta1ToRuta3.cases"_s, 5); // 7 14 28 31 60
    row(soder, u"endToEnd.ruta1ToRuta3.p25Days"_s, 14);
    row(soder, u"endToEnd.ruta1ToRuta3.medianDays"_s, 28);
    row(soder, u"endToEnd.ruta1ToRuta3.p75Days"_s, 31);
    row(soder, u"fkContact.met"_s, hidden); // Norr's four are "<5"
    row(soder, u"fkContact.overdue"_s, 0);
    row(soder, u"konsultationsteam.discussed"_s, few);
    row(soder, u"advice.complement_needed"_s, few);

    const QString innerstaden = u"Innerstaden"_s;
    row(innerstaden, u"outcomes.ruta2b"_s, 8);
    row(innerstaden, u"outcomes.ruta6b"_s, 8);
    row(innerstaden, u"benefits.sjukersattning"_s, hidden);
    row(innerstaden, u"benefits.none"_s, few);
    row(innerstaden, u"boxes.ruta1.medianDays"_s, hidden);

    const QString vaster = u"Väster"_s;
    row(vaster, u"cases"_s, 5);
    row(vaster, u"boxes.ruta5.completed"_s, 5);
    row(vaster, u"boxes.ruta5.medianDays"_s, 170);
    row(vaster, u"outcomes.ruta6a"_s, 5);
    row(vaster, u"endToEnd.ruta3ToRuta6.medianDays"_s, 232);
}

void TestStatistics::figures()
{
    QFETCH(QString, district);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const QJsonObject json = m_json.value(district);
    QVERIFY(!json.isEmpty());
    QCOMPARE(valueAt(json, path), expected);
}

void TestStatistics::jsonShape()
{
    const QJsonObject json = m_json.value(u"Norr"_s);
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"2026-06-30"_s);
    QCOMPARE(json.value(u"district"_s).toString(), u"Norr"_s);
    QVERIFY(m_json.value(QString()).value(u"district"_s).isNull());
    const QStringList top{u"from"_s,
                          u"to"_s,
                          u"district"_s,
                          u"cases"_s,
                          u"boxes"_s,
                          u"endToEnd"_s,
                          u"outcomes"_s,
                          u"benefits"_s,
                          u"advice"_s,
                          u"konsultationsteam"_s,
                          u"invitationLeadTime"_s,
                          u"fkContact"_s,
                          u"flow"_s};
    QStringList keys = json.keys();
    keys.sort();
    QStringList expectedKeys = top;
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    const QJsonArray boxes = json.value(u"boxes"_s).toArray();
    QCOMPARE(boxes.size(), 8);
    QStringList stages;
    for (const QJsonValue &box : boxes) {
        stages << box[u"stage"_s].toString();
        QStringList boxKeys = box.toObject().keys();
        boxKeys.sort();
        QCOMPARE(boxKeys,
                 (QStringList{u"completed"_s, u"entered"_s, u"medianDays"_s, u"p25Days"_s, u"p75Days"_s, u"stage"_s}));
    }
    QCOMPARE(stages,
             (QStringList{u"ruta1"_s, u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s, u"ruta4"_s, u"ruta5"_s, u"ruta6a"_s,
                          u"ruta6b"_s}));
    QCOMPARE(json.value(u"outcomes"_s).toObject().keys(), (QStringList{u"ruta2b"_s, u"ruta6a"_s, u"ruta6b"_s}));
    QCOMPARE(json.value(u"advice"_s).toObject().keys(),
             (QStringList{u"complement_needed"_s, u"criteria_met"_s, u"not_relevant"_s}));
    QCOMPARE(json.value(u"invitationLeadTime"_s).toObject().keys(), (QStringList{u"met"_s, u"not_met"_s}));
    QCOMPARE(json.value(u"fkContact"_s).toObject().keys(), (QStringList{u"met"_s, u"overdue"_s}));
    QCOMPARE(json.value(u"benefits"_s).toObject().keys(),
             (QStringList{u"aktivitetsersattning"_s, u"kept_open"_s, u"none"_s, u"sjukersattning"_s}));
    QCOMPARE(json.value(u"endToEnd"_s).toObject().keys(), (QStringList{u"ruta1ToRuta3"_s, u"ruta3ToRuta6"_s}));
    const QJsonArray flow = json.value(u"flow"_s).toArray();
    QCOMPARE(flow.size(), 2);
    QCOMPARE(flow.at(0)[u"quarter"_s].toString(), u"2026-Q1"_s);
    QCOMPARE(flow.at(1)[u"entered"_s].toObject().size(), 8);
    // Every count is a whole number, "<5" or null; nothing else.
    const std::function<void(const QJsonValue &)> check = [&](const QJsonValue &value) {
        if (value.isObject()) {
            for (const QJsonValue &child : value.toObject())
                check(child);
        } else if (value.isArray()) {
            for (const QJsonValue &child : value.toArray())
                check(child);
        } else if (value.isString()) {
            const QString text = value.toString();
            QVERIFY2(text == u"<5" || text == u"Norr" || text.startsWith(u"ruta") || text.startsWith(u"20"),
                     qPrintable(text));
        } else {
            QVERIFY(value.isNull() || value.isDouble());
        }
    };
    check(json);
}

void TestStatistics::csvRows()
{
    const QByteArray csv = toCsv(report(u"Norr"_s));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("figure,value\r"));
    QVERIFY(csv.contains("\r\nfrom,2026-01-01\r\n"));
    QVERIFY(csv.contains("\r\ndistrict,Norr\r\n"));
    QVERIFY(csv.contains("\r\ncases,11\r\n"));
    QVERIFY(csv.contains("\r\nboxes.ruta1.medianDays,35\r\n"));
    QVERIFY(csv.contains("\r\nboxes.ruta1.p25Days,22.5\r\n"));
    QVERIFY(csv.contains("\r\nboxes.ruta2b.entered,<5\r\n"));
    QVERIFY(csv.contains("\r\nboxes.ruta2a.medianDays,\r\n"));
    QVERIFY(csv.contains("\r\nkonsultationsteam.discussed,\r\n"));
    QVERIFY(csv.contains("\r\nflow.2026-Q2.ruta3,<5\r\n"));
    // One row per figure: the header, the period and district, 8 boxes × 5,
    // 2 × 4 end to end, 3 + 4 + 3 + 2 + 2 + 2 counts, 2 quarters × 8.
    QCOMPARE(lines.size() - 1, 1 + 3 + 1 + 40 + 8 + 16 + 16);
}

void TestStatistics::nothingPersonal()
{
    // No case id, name or personnummer in any form of any report.
    QByteArray everything;
    for (const QString &district : m_json.keys()) {
        everything += QJsonDocument(m_json.value(district)).toJson();
        everything += toCsv(report(district));
    }
    for (const QString &path : statsFixture::files()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(file.readAll()).object().value(u"case"_s).toObject();
        const QString id = c.value(u"id"_s).toString();
        QVERIFY2(!everything.contains(QByteArray('"' + id.toUtf8() + '"')), qPrintable(id));
        QVERIFY2(!everything.contains(QByteArray(',' + id.toUtf8() + ',')), qPrintable(id));
        const QJsonObject person = c.value(u"person"_s).toObject();
        QVERIFY(!everything.contains(person.value(u"name"_s).toString().toUtf8()));
        const QString personnummer = person.value(u"personnummer"_s).toString();
        QVERIFY(!everything.contains(personnummer.toUtf8()));
        QVERIFY(!everything.contains(QString(personnummer).remove(u'-').toUtf8()));
    }
}

void TestStatistics::openingIsAudited()
{
    const qsizetype before = m_store->auditLog().valueOr({}).size();
    QVERIFY(openReport(*m_store, {From, To, u"Söder"_s}, statsFixture::today()).report);
    const QList<AuditEntry> log = m_store->auditLog().valueOr({});
    QCOMPARE(log.size(), before + 1);
    const AuditEntry &entry = log.constLast();
    QCOMPARE(entry.action, u"statistics"_s);
    QVERIFY(entry.caseId.isEmpty());
    QCOMPARE(entry.details, u"from=2026-01-01 to=2026-06-30 district=Söder"_s);
    QVERIFY(!entry.user.isEmpty());
    QVERIFY(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(openReport(*m_store, {From, To, {}}, statsFixture::today()).report);
    QCOMPARE(m_store->auditLog().valueOr({}).constLast().details, u"from=2026-01-01 to=2026-06-30 district=all"_s);
}

void TestStatistics::badRequests_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("message");
    QTest::newRow("backwards") << To << From << QString() << u"ends (2026-01-01) before it begins (2026-06-30)"_s;
    QTest::newRow("no end") << From << QDate() << QString() << u"first and a last day"_s;
    QTest::newRow("unknown district") << From << To << u"Nord"_s << u"no district \"Nord\""_s;
}

void TestStatistics::badRequests()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, district);
    QFETCH(QString, message);
    const qsizetype before = m_store->auditLog().valueOr({}).size();
    const StatsOutcome outcome = openReport(*m_store, {from, to, district}, statsFixture::today());
    QVERIFY(!outcome.report);
    QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
    // Nothing was shown, so nothing was opened.
    QCOMPARE(m_store->auditLog().valueOr({}).size(), before);
}

void TestStatistics::emptyStore()
{
    auto opened = CaseService::open(freshStore(u"empty.sqlite"_s));
    QVERIFY2(opened.store, qPrintable(opened.error));
    const StatsOutcome outcome = openReport(*opened.store, {From, To, {}}, statsFixture::today());
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    const QJsonObject json = toJson(*outcome.report);
    QCOMPARE(json.value(u"cases"_s), QJsonValue(0));
    QCOMPARE(valueAt(json, u"boxes.ruta1.medianDays"_s), QJsonValue(QJsonValue::Null));
}

void TestStatistics::sameFiguresOnBothStores()
{
    // The same cases in a file and in a team store: every figure of every
    // district, suppression included, must agree.
    if (m_backend != u"postgresql")
        QSKIP("compared in the team store's row");
    Fixture *file = fixture(u"sqlite"_s);
    QVERIFY(file);
    for (const QString &district : Districts)
        QCOMPARE(QJsonDocument(m_json.value(district)).toJson(), QJsonDocument(file->json.value(district)).toJson());
}

void TestStatistics::figuresFollowASave()
{
    // The store works out what the figures read of a history when a case is
    // written: a case saved is counted as it is now, at once.
    auto opened = CaseService::open(freshStore(u"saved.sqlite"_s));
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &store = *opened.store;
    QVERIFY(statsFixture::import(store).isEmpty());
    const auto figure = [&](const QString &district, const QString &path) {
        const StatsOutcome outcome = openReport(store, {From, To, district}, statsFixture::today());
        return outcome.report ? valueAt(toJson(*outcome.report), path) : QJsonValue(QJsonValue::Undefined);
    };
    const QString stays = u"boxes.ruta5.completed"_s;
    QCOMPARE(figure(u"Väster"_s, stays), QJsonValue(5));
    QCOMPARE(figure(u"Väster"_s, u"boxes.ruta5.medianDays"_s), QJsonValue(170));
    QCOMPARE(figure(u"Norr"_s, stays), QJsonValue(0));

    // A sixth case of Väster leaves box 5 in the period after 400 days:
    // 150 160 170 200 300 400, h = 3.5 for the median.
    const ReadResult<StoredCase> opened1 = store.openCase(u"V1"_s);
    QVERIFY2(opened1.value, qPrintable(opened1.error));
    CaseRecord sixth = opened1.value->record;
    sixth.id = u"V6"_s;
    sixth.person.personnummer = u"19900101-0017"_s;
    sixth.stageHistory = {{Stage::Ruta3, QDate(2024, 6, 1)},
                          {Stage::Ruta4, QDate(2024, 7, 1)},
                          {Stage::Ruta5, QDate(2025, 1, 1)},
                          {Stage::Ruta6a, QDate(2026, 2, 5)}};
    sixth.closure.closedDate = QDate(2026, 2, 5);
    const WriteResult imported = store.importCases({sixth});
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(figure(u"Väster"_s, stays), QJsonValue(6));
    QCOMPARE(figure(u"Väster"_s, u"boxes.ruta5.medianDays"_s), QJsonValue(185));

    // Moved to Norr, it is counted there: one stay, "<5"; Väster's five
    // would tell it from the city's six, so they are hidden too.
    const ReadResult<StoredCase> stored = store.openCase(u"V6"_s);
    QVERIFY2(stored.value, qPrintable(stored.error));
    CaseRecord moved = stored.value->record;
    moved.district = u"Norr"_s;
    const WriteResult saved = store.saveCase(moved, stored.value->revision);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(figure(u"Norr"_s, stays), QJsonValue(u"<5"_s));
    QCOMPARE(figure(u"Väster"_s, stays), QJsonValue(QJsonValue::Null));
    QCOMPARE(figure({}, stays), QJsonValue(6));
}

void TestStatistics::meetingFiguresFollowTheirCase()
{
    // A case's meetings are counted by what the case says now: its district
    // and its application's day, written with the meetings on every save.
    // Compared before suppression, district by district.
    auto opened = CaseService::open(freshStore(u"meetings.sqlite"_s));
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &store = *opened.store;
    QVERIFY(statsFixture::import(store).isEmpty());
    const auto raw = [&]() {
        QString error;
        const std::optional<RawFigures> figures = StatsQueries(store.connection().name(), RuleData::standard())
                                                      .run({From, To, {}}, statsFixture::today(), &error);
        if (!figures)
            qWarning("%s", qPrintable(error));
        return figures.value_or(RawFigures{});
    };
    const auto count = [](const RawFigures &figures, const QString &key, const QString &district) {
        return figures.counts.value(key).value(district);
    };
    const QString norr = u"Norr"_s;
    const QString soder = u"Söder"_s;
    RawFigures before = raw();
    // Norr's avstämningsmöten were invited 19, 14, 13 and 24 days ahead,
    // Söder's (S1–S3) 28; seven Norr cases were discussed, five of them
    // with an application within 30 days of "criteria met".
    QCOMPARE(count(before, keys::invitationMet(), norr), 3);
    QCOMPARE(count(before, keys::invitationNotMet(), norr), 1);
    QCOMPARE(count(before, keys::invitationMet(), soder), 3);
    QCOMPARE(count(before, keys::discussed(), norr), 7);
    QCOMPARE(count(before, keys::appliedWithin30Days(), norr), 5);

    // S1 moves to Norr: its avstämningsmöte is counted there.
    const auto save = [&](const QString &id, const std::function<void(CaseRecord &)> &change) {
        const ReadResult<StoredCase> stored = store.openCase(id);
        QVERIFY2(stored.value, qPrintable(stored.error));
        CaseRecord record = stored.value->record;
        change(record);
        const WriteResult saved = store.saveCase(record, stored.value->revision);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    };
    save(u"S1"_s, [&](CaseRecord &record) { record.district = norr; });
    RawFigures after = raw();
    QCOMPARE(count(after, keys::invitationMet(), norr), 4);
    QCOMPARE(count(after, keys::invitationMet(), soder), 2);

    // N6 sent its application 79 days after "criteria met"; sent 10 days
    // after it instead, it is one more within 30 days.
    save(u"N6"_s, [](CaseRecord &record) {
        record.application.sentDate = QDate(2026, 4, 20);
        record.application.receivedByFkDate = QDate(2026, 4, 22);
    });
    after = raw();
    QCOMPARE(count(after, keys::appliedWithin30Days(), norr), 6);
    QCOMPARE(count(after, keys::discussed(), norr), 7);
    // Without an application day at all, it is none.
    save(u"N6"_s, [](CaseRecord &record) {
        record.application.sentDate = {};
        record.application.receivedByFkDate = {};
        record.application.decision.reset();
        record.application.decisionDate = {};
    });
    QCOMPARE(count(raw(), keys::appliedWithin30Days(), norr), 5);
}

void TestStatistics::olderStoreIsWorkedOut()
{
    // A store written at schema 6 kept nothing beside its history's entries:
    // opening it works out what the figures read of every case's history,
    // and they are the same.
    const QString address = freshStore(u"older.sqlite"_s);
    {
        auto opened = CaseService::open(address);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(statsFixture::import(*opened.store).isEmpty());
    }
    {
        storeTest::RawConnection raw(address);
        QStringList statements;
        // Version 12's index for the meetings, and what it left of version 7's.
        for (const QString &index : StoreSchema::afterData(7) + StoreSchema::afterData(12))
            statements << u"DROP INDEX IF EXISTS "_s + index.section(u' ', 2, 2);
        // Nor had its meetings their case's district and application day (version 12).
        for (const QString &column : {u"district"_s, u"application_date"_s})
            statements << u"ALTER TABLE meetings DROP COLUMN "_s + column;
        for (const QString &column : {u"district"_s, u"left_date"_s, u"stay_days"_s, u"span_days"_s, u"previous_date"_s,
                                      u"previous_in_box_date"_s})
            statements << u"ALTER TABLE stage_history DROP COLUMN "_s + column;
        // Version 8 undone too: the journal's stamps, with the guard version 1 made.
        const bool file = m_backend == u"sqlite";
        statements << (file ? u"DROP TRIGGER journal_entries_no_edit"_s
                            : u"DROP TRIGGER journal_entries_guard ON journal_entries"_s);
        for (const QString &column : {u"registered_at"_s, u"marked_wrong_by"_s, u"marked_wrong_at"_s})
            statements << u"ALTER TABLE journal_entries DROP COLUMN "_s + column;
        statements << u"ALTER TABLE cases DROP COLUMN no_coordination_reason"_s
                   << u"ALTER TABLE konsultationsteam_agenda DROP COLUMN question"_s;
        const StoreDialect dialect(file ? StoreDialect::Backend::Sqlite : StoreDialect::Backend::Postgres);
        for (const QString &statement : StoreSchema::migration(1, dialect)) {
            if (statement.startsWith(u"CREATE TRIGGER journal_entries_no_edit"_s)
                || statement.startsWith(u"CREATE TRIGGER journal_entries_guard "_s))
                statements << statement;
        }
        statements << StoreSchema::migration(5, dialect);
        // Nor had it the audit log's chain (versions 9, 10 and 13, which
        // took version 10's trigger away again).
        if (m_backend == u"sqlite") {
            statements << u"ALTER TABLE audit_log DROP COLUMN hash"_s;
        } else {
            statements << u"DROP FUNCTION samordna_after_commit(TEXT)"_s << u"DROP SEQUENCE audit_log_pending_id"_s
                       << u"DROP TRIGGER audit_log_stamp ON audit_log"_s << u"DROP TABLE audit_chain_head"_s
                       << u"ALTER TABLE audit_log DROP COLUMN hash"_s;
        }
        // Nor its meetings' districts (version 11), nor the policy that reads them.
        if (m_backend != u"sqlite")
            statements << u"DROP POLICY IF EXISTS samordna_district ON konsultationsteam_meetings"_s;
        statements << u"ALTER TABLE konsultationsteam_meetings DROP COLUMN district"_s;
        statements << (m_backend == u"sqlite" ? u"PRAGMA user_version = 6"_s
                                              : u"UPDATE samordna_schema SET version = 6"_s);
        for (const QString &statement : std::as_const(statements)) {
            QString error;
            QVERIFY2(raw.exec(statement, &error), qPrintable(statement + u": "_s + error));
        }
    }
    auto opened = CaseService::open(address);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.store->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
    for (const QString &district : Districts) {
        const StatsOutcome outcome = openReport(*opened.store, {From, To, district}, statsFixture::today());
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QCOMPARE(QJsonDocument(toJson(*outcome.report)).toJson(), QJsonDocument(m_json.value(district)).toJson());
    }
}

void TestStatistics::demoDataGivesLivingCharts()
{
    // A new user's demo store: the last year has stays in the boxes of the
    // main path, long enough to show, cases ending, and a flow through every
    // quarter.
    if (m_backend != u"sqlite")
        QSKIP("the demo's cases are the same in a team store");
    QTemporaryDir dir;
    auto opened = CaseService::open(dir.filePath(u"demo.sqlite"_s));
    QVERIFY(opened.store);
    const QDate today(2026, 11, 23);
    QString error;
    QVERIFY2(DemoData::fill(*opened.store, DemoData::DefaultCount * 5, today, 2026, &error), qPrintable(error));
    const StatsOutcome outcome = openReport(*opened.store, {today.addYears(-1).addDays(1), today, {}}, today);
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    const StatsReport &report = *outcome.report;
    for (Stage stage : {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5}) {
        QVERIFY2(report.count(keys::completed(stage)).isShown(), qPrintable(stageCode(stage)));
        QVERIFY2(report.daysOf(keys::median(keys::boxDurations(stage))), qPrintable(stageCode(stage)));
    }
    for (Stage stage : outcomeStages())
        QVERIFY2(report.count(keys::outcome(stage)).value > 0, qPrintable(stageCode(stage)));
    QVERIFY(report.daysOf(keys::median(keys::ruta1ToRuta3())));
    int quartersWithFlow = 0;
    for (const QString &quarter : report.quarters)
        quartersWithFlow += report.count(keys::flow(quarter, Stage::Ruta3)).value > 0;
    QVERIFY2(quartersWithFlow >= 4, qPrintable(QString::number(quartersWithFlow)));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
