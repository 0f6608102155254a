// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "demo/DemoGenerator.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace storeTest;
using namespace Qt::StringLiterals;

namespace {

CaseRecord minimalCase(const QString &id = {})
{
    CaseRecord record;
    record.id = id;
    record.person = {u"19850612-1238"_s, u"Fiktiv Person"_s};
    record.district = u"Öster"_s;
    return record;
}

int auditRows(CaseService &store, const QString &action)
{
    int rows = 0;
    for (const AuditEntry &entry : store.auditLog().valueOr({})) {
        if (entry.action == action)
            ++rows;
    }
    return rows;
}

} // namespace

// The store's paths for many cases: importCases (one transaction, all or
// none), summariesAfter (the list's batches, in id order) and the integrity
// check that runs beside the work after opening.
class TestStoreImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsEveryCaseAsStored();
    void numbersCasesWithoutId();
    void clashRefusesTheWholeList();
    void invalidCaseRefusesTheWholeList();
    void emptyListSavesNothing();
    void summariesAfterContinuesInIdOrder();
    void damageFoundAfterOpeningStopsWrites();

private:
    std::unique_ptr<CaseService> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreImport::initTestCase()
{
    Clock::setToday(referenceDate());
}

void TestStoreImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<CaseService> TestStoreImport::openStore()
{
    auto opened = CaseService::open(m_dir->filePath(u"store.sqlite"_s));
    if (!opened.store)
        qWarning("open failed: %s", qPrintable(opened.error));
    return std::move(opened.store);
}

void TestStoreImport::importsEveryCaseAsStored()
{
    auto store = openStore();
    QVERIFY(store);
    QList<CaseRecord> records = DemoGenerator::generate(40, referenceDate(), 7);
    for (qsizetype i = 0; i < records.size(); ++i)
        records[i].id = u"D-%1"_s.arg(QString::number(i + 1).rightJustified(3, u'0'));
    QStringList ids;
    const WriteResult result = store->importCases(records, &ids);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(ids.size(), records.size());
    QCOMPARE(store->caseCount().valueOr(-1), 40);
    for (const CaseRecord &record : std::as_const(records)) {
        const auto stored = store->loadCase(record.id);
        QVERIFY(stored);
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->record, record);
    }
    // The list columns are worked out as for a single import.
    auto single = CaseService::open(m_dir->filePath(u"single.sqlite"_s));
    QVERIFY(single.store);
    for (const CaseRecord &record : std::as_const(records))
        QVERIFY(single.store->importCase(record).ok());
    const auto bulkRows = store->summaries(0, 40).valueOr({});
    const auto singleRows = single.store->summaries(0, 40).valueOr({});
    QCOMPARE(bulkRows.size(), singleRows.size());
    for (qsizetype i = 0; i < bulkRows.size(); ++i) {
        QCOMPARE(bulkRows.at(i).id, singleRows.at(i).id);
        QCOMPARE(bulkRows.at(i).nextDue, singleRows.at(i).nextDue);
        QCOMPARE(bulkRows.at(i).nextDueKind, singleRows.at(i).nextDueKind);
        QCOMPARE(bulkRows.at(i).stage, singleRows.at(i).stage);
    }
    QCOMPARE(auditRows(*store, u"import"_s), 40);
    QVERIFY(store->check().isEmpty());
}

void TestStoreImport::numbersCasesWithoutId()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->createCase(minimalCase()).ok()); // S-000001
    // An id given further down the list is skipped when numbering.
    const QList<CaseRecord> records{minimalCase(), minimalCase(u"X-1"_s), minimalCase(), minimalCase(u"S-000004"_s),
                                    minimalCase()};
    QStringList ids;
    const WriteResult result = store->importCases(records, &ids);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(ids, (QStringList{u"S-000002"_s, u"X-1"_s, u"S-000003"_s, u"S-000004"_s, u"S-000005"_s}));
    QCOMPARE(store->caseCount().valueOr(-1), 6);
    QCOMPARE(store->createCase(minimalCase()).caseId, u"S-000006"_s);
}

void TestStoreImport::clashRefusesTheWholeList()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->importCase(minimalCase(u"A-1"_s)).ok());
    const int auditBefore = int(store->auditLog().valueOr({}).size());

    WriteResult result = store->importCases({minimalCase(u"A-2"_s), minimalCase(u"A-1"_s)});
    QCOMPARE(result.status, WriteResult::Invalid);
    QCOMPARE(result.caseId, u"A-1"_s);
    QCOMPARE(store->caseCount().valueOr(-1), 1);
    QVERIFY(!store->loadCase(u"A-2"_s));

    result = store->importCases({minimalCase(u"B-1"_s), minimalCase(), minimalCase(u"B-1"_s)});
    QCOMPARE(result.status, WriteResult::Invalid);
    QCOMPARE(store->caseCount().valueOr(-1), 1);
    QCOMPARE(int(store->auditLog().valueOr({}).size()), auditBefore);
}

void TestStoreImport::invalidCaseRefusesTheWholeList()
{
    auto store = openStore();
    QVERIFY(store);
    CaseRecord wrong = minimalCase(u"C-2"_s);
    wrong.person.personnummer = u"19850612-1239"_s; // check digit
    const WriteResult result = store->importCases({minimalCase(u"C-1"_s), wrong});
    QCOMPARE(result.status, WriteResult::Invalid);
    QCOMPARE(result.caseId, u"C-2"_s);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(store->caseCount().valueOr(-1), 0);
    QCOMPARE(auditRows(*store, u"import"_s), 0);
}

void TestStoreImport::emptyListSavesNothing()
{
    auto store = openStore();
    QVERIFY(store);
    QStringList ids{u"left over"_s};
    QVERIFY(store->importCases({}, &ids).ok());
    QVERIFY(ids.isEmpty());
    QCOMPARE(store->caseCount().valueOr(-1), 0);
    QVERIFY(store->auditLog().valueOr({}).isEmpty());
}

void TestStoreImport::summariesAfterContinuesInIdOrder()
{
    auto store = openStore();
    QVERIFY(store);
    QList<CaseRecord> records = DemoGenerator::generate(23, referenceDate(), 11);
    // Ids out of order and of mixed form: batches follow SQLite's id order.
    for (qsizetype i = 0; i < records.size(); ++i)
        records[i].id = (i % 3 == 0 ? u"B-"_s : u"A-"_s) + QString::number(100 - i);
    QVERIFY(store->importCases(records).ok());

    const QList<CaseSummary> all = store->summaries(0, 100).valueOr({});
    QCOMPARE(all.size(), 23);
    QList<CaseSummary> batched;
    for (;;) {
        const auto batch = store->summariesAfter(batched.isEmpty() ? QString() : batched.constLast().id, 5).valueOr({});
        QVERIFY(batch.size() <= 5);
        if (batch.isEmpty())
            break;
        batched += batch;
    }
    QCOMPARE(batched.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(batched.at(i).id, all.at(i).id);
        QCOMPARE(batched.at(i).name, all.at(i).name);
        QCOMPARE(batched.at(i).nextDue, all.at(i).nextDue);
    }
    QCOMPARE(store->summariesAfter(all.at(4).id, 2).valueOr({}).constFirst().id, all.at(5).id);
    const auto past = store->summariesAfter(all.constLast().id, 5);
    QVERIFY2(past.ok(), qPrintable(past.error));
    QVERIFY(past->isEmpty());
}

void TestStoreImport::damageFoundAfterOpeningStopsWrites()
{
    const QString path = m_dir->filePath(u"store.sqlite"_s);
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->importCases(DemoGenerator::generate(300, referenceDate(), 5)).ok());
    }
    // A leaf page of the journal far from its first rows: opening does not
    // read it, the whole check does.
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT pageno FROM dbstat WHERE name = 'journal_entries' AND pagetype = 'leaf' "
                           "ORDER BY pageno DESC LIMIT 1"_s));
        QVERIFY(query.next());
        page = query.value(0).toLongLong();
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QVERIFY(page > 2);
    QByteArray bytes = readAll(path);
    for (qsizetype i = (page - 1) * pageSize + 8; i < page * pageSize; ++i)
        bytes[i] = char(0xa5 ^ (i & 0x3f));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = sha256(path);

    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->caseCount().valueOr(-1), 300);
        const WriteResult result = store->createCase(minimalCase());
        QCOMPARE(result.status, WriteResult::Failed);
        QVERIFY2(result.message.contains(u"damaged"_s), qPrintable(result.message));
        const WriteResult audited = store->audit({}, u"export"_s);
        QVERIFY(!audited.ok());
        QVERIFY2(audited.message.contains(u"damaged"_s), qPrintable(audited.message));
    }
    QCOMPARE(sha256(path), before);
}

QTEST_GUILESS_MAIN(TestStoreImport)
#include "tst_storeimport.moc"
