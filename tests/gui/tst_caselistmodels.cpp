// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreTestSupport.h"
#include "GuiTestStore.h"

#include "caselist/CaseFilterProxyModel.h"
#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "caselist/TodoFilterProxyModel.h"
#include "caselist/TodoModel.h"
#include "caselist/TodoPanel.h"
#include "demo/DemoGenerator.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

class TestCaseListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caseListFetchesInBatches();
    void proxyPassesTheTester();
    void todoPassesTheTester();
    void todoRefinesToTheAssessment();
    void refreshPicksUpChanges();
    void typedSearchMatchesAFreshOne();
    void namesSortInSwedishOrder();
    void damagedStoreIsNotListedAsWhole();
    void maskedNumbersAreSearchedByWhatIsShown();
    void revealIsOnRecordForEachCaseShown();
    // Adds cases to the shared store: last.
    void fkContactIsNotWatchedPastBox3();

private:
    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
};

void TestCaseListModels::initTestCase()
{
    Clock::setToday(m_today);
    // Above one batch, so fetching more is exercised.
    QVERIFY(m_store.open(m_today, CaseListModel::BatchSize + 120));
}

void TestCaseListModels::caseListFetchesInBatches()
{
    CaseListModel model(m_store.store.get());
    QCOMPARE(model.rowCount(), CaseListModel::BatchSize);
    QCOMPARE(model.totalCount(), CaseListModel::BatchSize + 120);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches what it can while it checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), CaseListModel::BatchSize + 120);
    QVERIFY(!model.canFetchMore({}));
    // Masked until revealed.
    const QString shown = model.index(0, CaseListModel::PersonnummerColumn).data().toString();
    QVERIFY2(shown.endsWith(u"-XXXX"_s), qPrintable(shown));
    QVERIFY(model.setRevealed(true).ok());
    QVERIFY(!model.index(0, CaseListModel::PersonnummerColumn).data().toString().contains(u"XXXX"_s));
    QCOMPARE(model.index(0, CaseListModel::NextDueColumn).data(CaseListModel::SortRole).typeId(),
             int(QMetaType::QDate));
}

void TestCaseListModels::proxyPassesTheTester()
{
    CaseListModel model(m_store.store.get());
    CaseFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(u"son"_s);
    QVERIFY(model.isFullyFetched()); // a search sees every case
    QVERIFY(proxy.rowCount() > 0);
    proxy.setStageFilter(Stage::Ruta3);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, CaseListModel::StageColumn).data(CaseListModel::SortRole).toInt(), int(Stage::Ruta3));
    proxy.setSearchText({});
    proxy.setStageFilter(std::nullopt);
    proxy.sort(CaseListModel::NextDueColumn, Qt::DescendingOrder);
    proxy.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestCaseListModels::todoPassesTheTester()
{
    TodoModel model(m_store.store.get());
    TodoFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.rebuild(m_today);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.isRefined());
    QSignalSpy refined(&model, &TodoModel::refined);
    QVERIFY(refined.wait(10000));
    QVERIFY(model.isRefined());
}

void TestCaseListModels::todoRefinesToTheAssessment()
{
    TodoModel model(m_store.store.get());
    TodoFilterProxyModel proxy(&model);
    model.rebuild(m_today);
    model.refineAll();
    // Every open deadline and every missing step of the assessment, nothing else.
    int expected = 0;
    m_store.store->forEachSummary([&](const CaseSummary &summary) {
        const auto stored = m_store.store->loadCase(summary.id);
        QVERIFY(stored);
        const Assessment assessment = assess(stored->record, m_today);
        {
            for (const Deadline &deadline : assessment.deadlines) {
                if (deadline.status == DeadlineStatus::Met
                    || !process::isWatched(deadline, stored->record.stage, stored->record.closure.reductionDuration))
                    continue;
                // A short invitation to a meeting already held is history.
                if (deadline.status == DeadlineStatus::NotMet
                    && stored->record.meetings.at(deadline.meetingIndex).date < m_today)
                    continue;
                ++expected;
            }
        }
        if (stored->record.stage == Stage::Ruta1 || stored->record.stage == Stage::Ruta2a)
            expected += int(assessment.missingBeforeApplication.size());
    });
    QCOMPARE(proxy.rowCount(), expected);
    // Soonest first, undated last.
    QDate previous;
    bool undated = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const TodoModel::Item &item = model.itemAt(proxy.mapToSource(proxy.index(row, 0)).row());
        QVERIFY(item.kind != TodoModel::Kind::Hint);
        if (!item.due.isValid()) {
            undated = true;
            continue;
        }
        QVERIFY2(!undated, "a dated row after an undated one");
        if (previous.isValid())
            QVERIFY(previous <= item.due);
        previous = item.due;
    }
}

void TestCaseListModels::fkContactIsNotWatchedPastBox3()
{
    // FK granted three weeks ago and has not made contact: its week has
    // passed. In box 3 that is on Att göra and is the case's next deadline;
    // once the case is in box 4 the week is spent and shows nowhere.
    CaseListModel list(m_store.store.get());
    CaseRecord record = m_store.store->loadCase(list.rowAt(0).summary.id)->record;
    record.id.clear();
    record.meetings.clear();
    record.plan.clear();
    record.stageHistory.clear();
    record.closure = {};
    record.fkContactDate = {};
    record.application.sentDate = m_today.addDays(-25);
    record.application.receivedByFkDate = m_today.addDays(-24);
    record.application.decision = Decision::Granted;
    record.application.decisionDate = m_today.addDays(-21);
    QHash<Stage, QString> ids;
    for (Stage stage : {Stage::Ruta3, Stage::Ruta4}) {
        record.stage = stage;
        const WriteResult created = m_store.store->createCase(record);
        QVERIFY2(created.ok(), qPrintable(created.message));
        ids.insert(stage, created.caseId);
    }
    TodoModel todo(m_store.store.get());
    todo.rebuild(m_today);
    todo.refineAll();
    const auto fkWeekRows = [&todo](const QString &id) {
        int rows = 0;
        for (int row = 0; row < todo.rowCount(); ++row) {
            const TodoModel::Item &item = todo.itemAt(row);
            rows += !item.hidden && item.caseId == id && item.deadline == DeadlineKind::FkContactWithinWeek;
        }
        return rows;
    };
    QCOMPARE(fkWeekRows(ids.value(Stage::Ruta3)), 1);
    QCOMPARE(fkWeekRows(ids.value(Stage::Ruta4)), 0);

    CaseListModel fresh(m_store.store.get());
    fresh.fetchAll();
    const auto nextDue = [&fresh](const QString &id) {
        return fresh.index(fresh.rowOfCase(id), CaseListModel::NextDueColumn).data().toString();
    };
    QCOMPARE(nextDue(ids.value(Stage::Ruta3)), m_today.addDays(-14).toString(Qt::ISODate));
    QCOMPARE(nextDue(ids.value(Stage::Ruta4)), QString());
}

void TestCaseListModels::refreshPicksUpChanges()
{
    CaseListModel model(m_store.store.get());
    model.fetchAll();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.rowAt(3).summary.id;
    auto stored = m_store.store->loadCase(id);
    QVERIFY(stored);
    // The list follows the case service: nobody tells it about a save.
    QSignalSpy changed(m_store.store.get(), &CaseService::caseChanged);
    QSignalSpy added(m_store.store.get(), &CaseService::casesAdded);
    stored->record.person.name = u"Ändrad Testsson"_s;
    const WriteResult saved = m_store.store->saveCase(stored->record, stored->revision);
    QVERIFY(saved.ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toString(), id);
    QCOMPARE(changed.constFirst().at(1).toLongLong(), saved.revision);
    QCOMPARE(model.index(3, CaseListModel::NameColumn).data().toString(), u"Ändrad Testsson"_s);

    CaseRecord fresh = stored->record;
    fresh.id.clear();
    const int before = model.rowCount();
    const WriteResult created = m_store.store->createCase(fresh);
    QVERIFY(created.ok());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.constFirst().at(0).toStringList(), QStringList{created.caseId});
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowCount(), m_store.store->caseCount().valueOr(-1));
    QCOMPARE(model.rowOfCase(created.caseId), before);
    QVERIFY(model.readError().isEmpty());
}

void TestCaseListModels::typedSearchMatchesAFreshOne()
{
    // Typing narrows from the previous keystroke's answer; every step must
    // show what the same text typed at once shows.
    CaseListModel model(m_store.store.get());
    CaseFilterProxyModel typed(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ids = [](const CaseFilterProxyModel &proxy) {
        QStringList found;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found << proxy.index(row, 0).data(CaseListModel::CaseIdRole).toString();
        return found;
    };
    const CaseListModel::Row &sample = model.rowAt(7);
    const QString number = sample.digits.left(8);
    const QString name = sample.summary.name.left(4);
    for (const QString &text : {name, number, u"s-0001"_s}) {
        for (qsizetype length = 1; length <= text.size(); ++length) {
            typed.setSearchText(text.left(length));
            CaseFilterProxyModel fresh(&model);
            fresh.setSearchText(text.left(length));
            QCOMPARE(ids(typed), ids(fresh));
        }
        QVERIFY(typed.rowCount() > 0);
        typed.setSearchText({});
    }

    // A case renamed between two keystrokes is judged afresh.
    typed.setSearchText(u"zq"_s);
    QCOMPARE(typed.rowCount(), 0);
    const QString id = model.rowAt(3).summary.id;
    auto stored = m_store.store->loadCase(id);
    QVERIFY(stored);
    CaseRecord renamed = stored->record;
    renamed.person.name = u"Zqx Fiktiv"_s;
    QVERIFY(m_store.store->saveCase(renamed, stored->revision).ok());
    model.refreshCase(id);
    typed.setSearchText(u"zqx"_s);
    QCOMPARE(ids(typed), QStringList{id});
    QVERIFY(m_store.store->saveCase(stored->record, stored->revision + 1).ok());
    model.refreshCase(id);
}

void TestCaseListModels::maskedNumbersAreSearchedByWhatIsShown()
{
    // Searching the whole number of a masked row would tell its hidden four
    // digits, one guess at a time, with no reveal on record.
    CaseListModel model(m_store.store.get());
    CaseFilterProxyModel proxy(&model);
    model.fetchAll();
    const CaseListModel::Row &sample = model.rowAt(5);
    const QString full = sample.digits;
    QCOMPARE(full.size(), 12);
    proxy.setSearchText(full);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(full.mid(2)); // the ten-digit form
    QCOMPARE(proxy.rowCount(), 0);
    // The birth date, which the list shows, still finds it.
    proxy.setSearchText(full.left(8));
    QVERIFY(proxy.rowCount() > 0);
    // Revealed, the whole number finds it.
    QVERIFY(model.setRevealed(true).ok());
    proxy.setSearchText({});
    proxy.setSearchText(full);
    QVERIFY(proxy.rowCount() > 0);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toString(), sample.summary.id);
}

void TestCaseListModels::revealIsOnRecordForEachCaseShown()
{
    // As the command line's list does: each case whose number is shown has
    // its own reveal row, written before the number shows.
    const auto revealedCases = [this] {
        QStringList ids;
        for (const AuditEntry &entry : m_store.store->auditLog().valueOr({})) {
            if (entry.action == u"reveal")
                ids << entry.caseId;
        }
        return ids;
    };
    const qsizetype before = revealedCases().size();
    CaseListModel model(m_store.store.get());
    QCOMPARE(model.rowCount(), CaseListModel::BatchSize);
    QVERIFY(model.setRevealed(true).ok());
    QStringList audited = revealedCases().mid(before);
    QCOMPARE(audited.size(), CaseListModel::BatchSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(audited.contains(model.rowAt(row).summary.id));

    // The cases fetched while shown are put on record as they come.
    model.fetchMore({});
    QVERIFY(model.rowCount() > CaseListModel::BatchSize);
    QCOMPARE(model.rowCount(), model.totalCount());
    audited = revealedCases().mid(before);
    QCOMPARE(audited.size(), model.rowCount());
    QCOMPARE(QSet<QString>(audited.cbegin(), audited.cend()).size(), model.rowCount());
    QVERIFY(!audited.contains(QString()));
    const QString last = model.index(model.rowCount() - 1, CaseListModel::PersonnummerColumn).data().toString();
    QVERIFY2(!last.contains(u"XXXX"_s), qPrintable(last));

    // Reloading what is already on record writes nothing more; hiding is no reveal.
    model.reload();
    model.fetchAll();
    QVERIFY(model.setRevealed(false).ok());
    QCOMPARE(revealedCases().size() - before, model.rowCount());
    QVERIFY(model.index(0, CaseListModel::PersonnummerColumn).data().toString().endsWith(u"-XXXX"_s));
}

void TestCaseListModels::namesSortInSwedishOrder()
{
    // Å, Ä and Ö come after Z in Swedish; an accented É sorts with E.
    const QStringList expected{u"Adam Berg"_s, u"Émile Dufour"_s, u"erik Lind"_s, u"Zacharias Ek"_s,
                               u"Åsa Holm"_s,  u"Ärla Sund"_s,    u"Östen Ny"_s};
    QTemporaryDir dir;
    auto opened = CaseService::open(dir.filePath(u"names.sqlite"_s));
    QVERIFY(opened.store);
    QList<CaseRecord> records = DemoGenerator::generate(int(expected.size()), Clock::today(), 7);
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].id.clear();
        records[i].person.name = expected.at(expected.size() - 1 - i); // stored in reverse
        QVERIFY(opened.store->createCase(records.at(i)).ok());
    }
    CaseListModel model(opened.store.get());
    CaseFilterProxyModel proxy(&model);
    proxy.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, CaseListModel::NameColumn).data().toString();
    QCOMPARE(shown, expected);
}

void TestCaseListModels::damagedStoreIsNotListedAsWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        auto opened = CaseService::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->importCases(DemoGenerator::generate(120, m_today, 9)).ok());
    }
    QVERIFY(storeTest::zeroLeafPage(path, u"cases"_s, 3));
    auto opened = CaseService::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error)); // opening reads only the first rows

    CaseListPanel list(opened.store.get());
    list.resize(700, 500);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    list.model()->fetchAll();
    QVERIFY(list.model()->rowCount() < 120);
    auto *readError = list.findChild<QLabel *>(u"caseListReadError"_s);
    QVERIFY(readError);
    QVERIFY(readError->isVisible());
    QVERIFY2(readError->text().startsWith(list.model()->rowCount() == 0 ? u"The cases cannot be listed"_s
                                                                        : u"The list is incomplete"_s),
             qPrintable(readError->text()));
    // Damage said in the user's words, not SQLite's "malformed".
    QVERIFY2(readError->text().contains(u"damaged"_s), qPrintable(readError->text()));
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
    QVERIFY(list.grab().save(QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(u"caselist-damaged.png"_s)));

    TodoPanel todo(opened.store.get());
    todo.rebuild();
    auto *summary = todo.findChild<QLabel *>(u"todoSummaryLabel"_s);
    QVERIFY2(summary->text().contains(u"The list is incomplete"_s), qPrintable(summary->text()));
}

QTEST_MAIN(TestCaseListModels)
#include "tst_caselistmodels.moc"
