// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseFilterProxyModel.h"
#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "rules/ProcessRules.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// The case list as a social worker starts it: open cases only, saying so
// beside the search; closed cases on request and without red dates; a
// search that does not care about diacritics.
class TestCaseListFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsWithTheOpenCases();
    void closedCasesShowNoDeadlines();
    void searchIgnoresDiacritics_data();
    void searchIgnoresDiacritics();

private:
    int count(const std::function<bool(const CaseSummary &)> &match) const;
    void search(const QString &text);

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<CaseListPanel> m_panel;
    QString m_kovacevic;
};

void TestCaseListFilters::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_caselistfilters"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
    CaseRecord record;
    record.person = {u"19850412-4416"_s, u"Dragan Kovačević"_s};
    record.district = u"Söder"_s;
    const WriteResult created = m_store.store->createCase(record);
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_kovacevic = created.caseId;
    m_panel = std::make_unique<CaseListPanel>(m_store.store.get());
    m_panel->resize(600, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

int TestCaseListFilters::count(const std::function<bool(const CaseSummary &)> &match) const
{
    int n = 0;
    m_store.store->forEachSummary([&](const CaseSummary &summary) { n += match(summary); });
    return n;
}

void TestCaseListFilters::search(const QString &text)
{
    auto *edit = m_panel->findChild<QLineEdit *>(u"searchEdit"_s);
    edit->clear();
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Down); // applies the search at once
}

void TestCaseListFilters::startsWithTheOpenCases()
{
    const int open = count([](const CaseSummary &s) { return !s.closed; });
    const int closed = count([](const CaseSummary &s) { return s.closed; });
    QVERIFY(open > 0 && closed > 0);
    // Closed is one rule: 2b, 6a, and 6b unless FK keeps the case open.
    m_store.store->forEachSummary([&](const CaseSummary &summary) {
        const auto stored = m_store.store->loadCase(summary.id);
        QCOMPARE(summary.closed, process::isClosed(stored->record));
    });

    QCOMPARE(m_panel->proxy()->rowCount(), open);
    auto *notice = m_panel->findChild<QLabel *>(u"filterNoticeLabel"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(u"open cases"_s), qPrintable(notice->text()));

    auto *openness = m_panel->findChild<QComboBox *>(u"opennessFilterCombo"_s);
    openness->setCurrentIndex(openness->findData(int(CaseFilterProxyModel::Openness::Closed)));
    QCOMPARE(m_panel->proxy()->rowCount(), closed);

    // "Show all" beside the notice clears every filter.
    auto *stages = m_panel->findChild<QComboBox *>(u"stageFilterCombo"_s);
    stages->setCurrentIndex(1);
    QVERIFY(notice->text().contains(stages->currentText()));
    QTest::mouseClick(m_panel->findChild<QToolButton *>(u"clearFiltersButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->proxy()->rowCount(), open + closed);
    QVERIFY(!notice->isVisible());
}

void TestCaseListFilters::closedCasesShowNoDeadlines()
{
    int closedRows = 0;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
        const CaseListModel::Row &line = m_panel->model()->rowAt(row);
        if (!line.summary.closed)
            continue;
        ++closedRows;
        const QModelIndex due = m_panel->model()->index(row, CaseListModel::NextDueColumn);
        QVERIFY(due.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!due.data(Qt::ForegroundRole).isValid());
    }
    QVERIFY(closedRows > 0);
}

void TestCaseListFilters::searchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("plain letters") << u"kovacevic"_s;
    QTest::newRow("upper case") << u"KOVACEVIC"_s;
    QTest::newRow("as written") << u"Kovačević"_s;
    QTest::newRow("first name and part") << u"dragan kova"_s;
}

void TestCaseListFilters::searchIgnoresDiacritics()
{
    QFETCH(QString, typed);
    auto *openness = m_panel->findChild<QComboBox *>(u"opennessFilterCombo"_s);
    openness->setCurrentIndex(openness->findData(int(CaseFilterProxyModel::Openness::All)));
    search(typed);
    bool found = false;
    for (int row = 0; row < m_panel->proxy()->rowCount(); ++row)
        found |= m_panel->proxy()->index(row, 0).data(CaseListModel::CaseIdRole).toString() == m_kovacevic;
    QVERIFY2(found, qPrintable(typed));
}

QTEST_MAIN(TestCaseListFilters)
#include "tst_caselistfilters.moc"
