// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseFilterProxyModel.h"
#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "caselist/NewCaseDialog.h"
#include "caselist/TodoFilterProxyModel.h"
#include "caselist/TodoModel.h"
#include "caselist/TodoPanel.h"
#include "common/MessageBox.h"
#include "common/StateColors.h"
#include "domain/Personnummer.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/MainWindow.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void screenshotsOfTheLists();
    void searchFiltersAsYouType_data();
    void searchFiltersAsYouType();
    void stageAndDistrictFilters();
    void sortingUsesTheValuesType();
    void revealIsAudited();
    void todoIsSoonestFirstAndOpensTheCase();
    void caseListActivationOpensTheCase();
    void newCaseRejectsAnInvalidPersonnummer();
    void newCaseIsCreatedAndOpened();
    void newCaseWarnsOfAnOpenCase();
    void keyboardShortcuts();
    void readOnlyStoreShowsABanner();
    void closingAsksAboutUnsavedChanges();
    void documentsOfTheOpenCase();
    void unwritableAuditRefusesAnExport();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return guiTest::namedChild<T>(m_window.get(), name);
    }
    QList<CaseSummary> summaries() const;
    int expectedMatches(const std::function<bool(const CaseSummary &)> &match) const;
    NewCaseDialog *openNewCaseDialog();
    void saveScreenshot(QWidget *widget, const QString &name);

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
    CaseListPanel *m_list = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SamordnaTest"_s);
    QApplication::setApplicationName(u"tst_mainwindow"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
}

void TestMainWindow::init()
{
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::takeAskedCount();
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    m_window->resize(1440, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_list = m_window->caseList();
    // The list starts with the open cases; these tests count every case.
    auto *openness = m_window->findChild<QComboBox *>(u"opennessFilterCombo"_s);
    QVERIFY(openness);
    openness->setCurrentIndex(openness->findData(int(CaseFilterProxyModel::Openness::All)));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_list = nullptr;
}

QList<CaseSummary> TestMainWindow::summaries() const
{
    QList<CaseSummary> all;
    m_store.store->forEachSummary([&](const CaseSummary &summary) { all << summary; });
    return all;
}

int TestMainWindow::expectedMatches(const std::function<bool(const CaseSummary &)> &match) const
{
    int count = 0;
    for (const CaseSummary &summary : summaries())
        count += match(summary);
    return count;
}

void TestMainWindow::saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestMainWindow::screenshotsOfTheLists()
{
    auto *tabs = child<QTabWidget>(u"sideTabs"_s);
    QVERIFY(tabs);
    // What the screenshots show, checked as a reader would: every case listed
    // and counted with its personnummer masked, the opened case beside the
    // list, and Att göra counted once every case has been checked.
    QCOMPARE(m_list->proxy()->rowCount(), GuiTestStore::Count);
    QCOMPARE(child<QLabel>(u"caseCountLabel"_s)->text(), u"%1 cases"_s.arg(GuiTestStore::Count));
    const QAbstractItemModel *cases = m_list->table()->model();
    for (int row = 0; row < cases->rowCount(); ++row) {
        const QString shown = cases->index(row, CaseListModel::PersonnummerColumn).data().toString();
        QVERIFY2(shown.endsWith(u"-XXXX"_s), qPrintable(u"row %1 shows the last four digits"_s.arg(row)));
    }
    const QString id = summaries().at(4).id;
    m_window->openCase(id);
    QCOMPARE(m_window->workspace()->caseId(), id);
    QVERIFY(m_window->workspace()->isVisible());
    QVERIFY(m_list->table()->isVisible());
    saveScreenshot(m_window.get(), u"mainwindow-caselist.png"_s);

    tabs->setCurrentWidget(m_window->todo());
    m_window->todo()->model()->refineAll();
    QTRY_VERIFY(m_window->todo()->model()->isRefined());
    const int items = m_window->todo()->proxy()->rowCount();
    QVERIFY(items > 0);
    QVERIFY(m_window->todo()->view()->isVisible());
    QTRY_COMPARE(child<QLabel>(u"todoSummaryLabel"_s)->text(),
                 u"%1 things to do across all cases. Overdue ones are red."_s.arg(items));
    saveScreenshot(m_window.get(), u"mainwindow-todo.png"_s);
}

void TestMainWindow::searchFiltersAsYouType_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("name fragment") << u"name"_s;
    QTest::newRow("personnummer prefix, 12 digits") << u"pnr12"_s;
    QTest::newRow("personnummer, 10 digits with separator") << u"pnr10"_s;
    QTest::newRow("case id") << u"id"_s;
}

void TestMainWindow::searchFiltersAsYouType()
{
    QFETCH(QString, kind);
    const CaseSummary target = summaries().at(7);
    const QString digits = QString(target.personnummer).remove(u'-');
    QString typed;
    std::function<bool(const CaseSummary &)> match;
    if (kind == u"name") {
        typed = target.name.split(u' ').last().left(4).toLower();
        match = [&](const CaseSummary &s) { return s.name.contains(typed, Qt::CaseInsensitive); };
    } else if (kind == u"pnr12") {
        typed = digits.left(8);
        match = [&](const CaseSummary &s) { return QString(s.personnummer).remove(u'-').startsWith(typed); };
    } else if (kind == u"pnr10") {
        typed = digits.mid(2, 6) + u'-' + digits.mid(8, 4);
        match = [&](const CaseSummary &s) { return s.personnummer == target.personnummer; };
    } else {
        typed = target.id;
        match = [&](const CaseSummary &s) { return s.id.contains(typed, Qt::CaseInsensitive); };
    }
    const int expected = expectedMatches(match);
    QVERIFY(expected >= 1);
    QVERIFY(expected < GuiTestStore::Count);

    // The whole number is searched only once it is shown: the masked list
    // matches the birth date it shows, never the hidden digits.
    auto *reveal = child<QCheckBox>(u"revealPersonalCheck"_s);
    QVERIFY(reveal);
    if (kind == u"pnr10") {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        reveal->setChecked(true);
        QVERIFY(reveal->isChecked());
    }
    auto *search = child<QLineEdit>(u"searchEdit"_s);
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, typed);
    QTRY_COMPARE(m_list->proxy()->rowCount(), expected);
    bool found = false;
    for (int row = 0; row < m_list->proxy()->rowCount(); ++row)
        found |= m_list->proxy()->index(row, 0).data(CaseListModel::CaseIdRole).toString() == target.id;
    QVERIFY(found);

    // Clearing the search shows every case again.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QTRY_COMPARE(m_list->proxy()->rowCount(), GuiTestStore::Count);
    reveal->setChecked(false);
}

void TestMainWindow::stageAndDistrictFilters()
{
    auto *stages = child<QComboBox>(u"stageFilterCombo"_s);
    auto *districts = child<QComboBox>(u"districtFilterCombo"_s);
    QVERIFY(stages && districts);
    QCOMPARE(stages->count(), 1 + int(allStages().size()));

    stages->setCurrentIndex(stages->findData(int(Stage::Ruta3)));
    const int inRuta3 = expectedMatches([](const CaseSummary &s) { return s.stage == Stage::Ruta3; });
    QVERIFY(inRuta3 > 0);
    QCOMPARE(m_list->proxy()->rowCount(), inRuta3);

    const QString district = summaries().at(3).district;
    districts->setCurrentIndex(districts->findText(district));
    QCOMPARE(m_list->proxy()->rowCount(),
             expectedMatches([&](const CaseSummary &s) { return s.stage == Stage::Ruta3 && s.district == district; }));
    for (int row = 0; row < m_list->proxy()->rowCount(); ++row)
        QCOMPARE(m_list->proxy()->index(row, CaseListModel::DistrictColumn).data().toString(), district);

    stages->setCurrentIndex(0);
    districts->setCurrentIndex(0);
    QCOMPARE(m_list->proxy()->rowCount(), GuiTestStore::Count);
}

void TestMainWindow::sortingUsesTheValuesType()
{
    QTableView *table = child<QTableView>(u"caseTable"_s);
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    // A list given the room shows every column (a narrow one puts some away).
    auto *splitter = child<QSplitter>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({1100, 340});
    QTRY_VERIFY(!header->isSectionHidden(CaseListModel::UpdatedColumn));
    auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    };
    const QAbstractItemModel *model = table->model();

    clickHeader(CaseListModel::NextDueColumn);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::NextDueColumn));
    QDate previous;
    bool undated = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate due = model->index(row, CaseListModel::NextDueColumn).data(CaseListModel::SortRole).toDate();
        if (!due.isValid()) {
            undated = true;
            continue;
        }
        QVERIFY2(!undated, "a case with a deadline after one without");
        if (previous.isValid())
            QVERIFY(previous <= due);
        previous = due;
    }
    // An overdue date is red.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CaseListModel::NextDueColumn);
        const QDate due = index.data(CaseListModel::SortRole).toDate();
        if (due.isValid() && due < m_today)
            QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(),
                     StateColors::fromApplication().text(ColorState::Overdue));
    }

    // Names whose order differs between Swedish and the letters' codes: Å,
    // Ä, Ö come after Z in that order, and É sorts with E.
    const QStringList swedishOrder{u"Émile Dufour"_s, u"Zacharias Ek"_s, u"Åsa Holm"_s, u"Ärla Sund"_s, u"Östen Ny"_s};
    const QList<CaseSummary> all = summaries();
    for (qsizetype i = 0; i < swedishOrder.size(); ++i) {
        const QString id = all.at(i).id;
        const auto stored = m_store.store->loadCase(id);
        QVERIFY(stored);
        CaseRecord renamed = stored->record;
        renamed.person.name = swedishOrder.at(swedishOrder.size() - 1 - i);
        QVERIFY(m_store.store->saveCase(renamed, stored->revision).ok());
    }
    const auto namesShown = [&] {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->index(row, CaseListModel::NameColumn).data().toString();
            if (swedishOrder.contains(name))
                shown << name;
        }
        return shown;
    };
    QTRY_COMPARE(namesShown().size(), swedishOrder.size()); // the list follows the saves
    clickHeader(CaseListModel::NameColumn);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::NameColumn));
    QCOMPARE(namesShown(), swedishOrder);
    QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString before = model->index(row - 1, CaseListModel::NameColumn).data().toString();
        const QString after = model->index(row, CaseListModel::NameColumn).data().toString();
        QVERIFY2(swedish.compare(before, after) <= 0, qPrintable(before + u" before "_s + after));
    }

    clickHeader(CaseListModel::StageColumn);
    clickHeader(CaseListModel::StageColumn); // descending
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, CaseListModel::StageColumn).data(CaseListModel::SortRole).toInt()
                >= model->index(row, CaseListModel::StageColumn).data(CaseListModel::SortRole).toInt());

    clickHeader(CaseListModel::UpdatedColumn);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, CaseListModel::UpdatedColumn).data(CaseListModel::SortRole).toDateTime()
                <= model->index(row, CaseListModel::UpdatedColumn).data(CaseListModel::SortRole).toDateTime());
}

void TestMainWindow::revealIsAudited()
{
    auto *reveal = child<QCheckBox>(u"revealPersonalCheck"_s);
    QVERIFY(reveal);
    const auto reveals = [&] {
        QStringList cases;
        for (const AuditEntry &entry : m_store.store->auditLog().valueOr({})) {
            if (entry.action == u"reveal")
                cases << entry.caseId;
        }
        return cases;
    };
    const qsizetype before = reveals().size();
    const QModelIndex cell = m_list->proxy()->index(0, CaseListModel::PersonnummerColumn);
    QVERIFY(cell.data().toString().endsWith(u"-XXXX"_s));

    // Declined: still hidden, nothing audited.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
    QVERIFY(!reveal->isChecked());
    QCOMPARE(reveals().size(), before);
    QVERIFY(cell.data().toString().endsWith(u"-XXXX"_s));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
    QVERIFY(reveal->isChecked());
    // One row per case in the list, each naming its case.
    const QStringList revealed = reveals().mid(before);
    QCOMPARE(revealed.size(), m_list->model()->rowCount());
    for (int row = 0; row < m_list->model()->rowCount(); ++row)
        QVERIFY(revealed.contains(m_list->model()->rowAt(row).summary.id));
    QVERIFY(!cell.data().toString().contains(u"XXXX"_s));

    QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
    QVERIFY(!reveal->isChecked());
    QVERIFY(cell.data().toString().endsWith(u"-XXXX"_s));
    QCOMPARE(reveals().size(), before + revealed.size()); // hiding again is no reveal
}

void TestMainWindow::todoIsSoonestFirstAndOpensTheCase()
{
    auto *tabs = child<QTabWidget>(u"sideTabs"_s);
    tabs->setCurrentWidget(m_window->todo());
    auto *view = child<QTableView>(u"todoView"_s);
    QVERIFY(view);
    QTRY_VERIFY(m_window->todo()->model()->isRefined());
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);

    QDate previous;
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, TodoModel::DueColumn).data().toString();
        if (text.isEmpty())
            continue;
        const QDate due = QDate::fromString(text, Qt::ISODate);
        if (previous.isValid())
            QVERIFY(previous <= due);
        previous = due;
        // FK's week reads as its escalation path; other deadlines as overdue.
        const QString status = model->index(row, TodoModel::StatusColumn).data().toString();
        if (status == u"Overdue" || status == u"Week passed") {
            ++overdue;
            QCOMPARE(model->index(row, TodoModel::WhatColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                     StateColors::fromApplication().text(ColorState::Overdue));
        }
    }
    QVERIFY(overdue > 0);
    // Missing steps are listed by name.
    bool missing = false;
    for (int row = 0; row < model->rowCount(); ++row)
        missing |= model->index(row, TodoModel::WhatColumn).data().toString() == displayName(Missing::Consent);
    QVERIFY(missing);

    const int row = qMin(2, model->rowCount() - 1);
    const QString id = model->index(row, TodoModel::CaseColumn).data(TodoModel::CaseIdRole).toString();
    view->setFocus();
    view->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->workspace()->caseId(), id);
}

void TestMainWindow::caseListActivationOpensTheCase()
{
    QTableView *table = child<QTableView>(u"caseTable"_s);
    const QModelIndex index = table->model()->index(5, CaseListModel::NameColumn);
    const QString id = index.data(CaseListModel::CaseIdRole).toString();
    const QRect rect = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->workspace()->caseId(), id);
    QCOMPARE(child<QWidget>(u"caseWorkspace"_s)->isVisible(), true);
}

NewCaseDialog *TestMainWindow::openNewCaseDialog()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    NewCaseDialog *dialog = m_window->findChild<NewCaseDialog *>(u"newCaseDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestMainWindow::newCaseRejectsAnInvalidPersonnummer()
{
    NewCaseDialog *dialog = openNewCaseDialog();
    QVERIFY(dialog);
    auto *pnr = dialog->findChild<QLineEdit *>(u"personnummerEdit"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    auto *error = dialog->findChild<QLabel *>(u"personnummerError"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(pnr && name && error && ok);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(name, u"Test Testsson"_s);
    QTest::keyClicks(pnr, u"19900315-2386"_s); // the check digit is 7
    QCOMPARE(error->text(), u"The check digit is wrong"_s);
    QVERIFY(!ok->isEnabled());
    saveScreenshot(dialog, u"newcase-invalid-personnummer.png"_s);

    pnr->clear();
    QTest::keyClicks(pnr, u"19901345-2389"_s); // a valid check digit on a 45th day
    QCOMPARE(error->text(), u"The birth date does not exist"_s);
    QVERIFY(!ok->isEnabled());

    const int before = m_store.store->caseCount().valueOr(-1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<NewCaseDialog *>());
    QCOMPARE(m_store.store->caseCount().valueOr(-1), before);
}

void TestMainWindow::newCaseIsCreatedAndOpened()
{
    NewCaseDialog *dialog = openNewCaseDialog();
    QVERIFY(dialog);
    auto *pnr = dialog->findChild<QLineEdit *>(u"personnummerEdit"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    auto *district = dialog->findChild<QComboBox *>(u"districtCombo"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    auto *workerName = dialog->findChild<QLineEdit *>(u"socialWorkerNameEdit"_s);
    auto *workerPhone = dialog->findChild<QLineEdit *>(u"socialWorkerPhoneEdit"_s);
    QVERIFY(pnr && name && district && ok && workerName && workerPhone);

    // Ten digits with a hyphen: stored in the twelve-digit form.
    QTest::keyClicks(pnr, u"900315-2387"_s);
    QTest::keyClicks(name, u"Test Testsson"_s);
    district->setCurrentIndex(district->findText(u"Söder"_s));
    QTest::keyClicks(workerName, u"Sara Svensson"_s);
    QTest::keyClicks(workerPhone, u"040-123456"_s);
    QVERIFY(ok->isEnabled());
    const int before = m_store.store->caseCount().valueOr(-1);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewCaseDialog *>());

    QCOMPARE(m_store.store->caseCount().valueOr(-1), before + 1);
    const QStringList ids = m_store.store->caseIdsForPersonnummer(u"19900315-2387"_s).valueOr({});
    QCOMPARE(ids.size(), 1);
    const auto stored = m_store.store->loadCase(ids.first());
    QVERIFY(stored);
    QCOMPARE(stored->record.person.name, u"Test Testsson"_s);
    QCOMPARE(stored->record.person.personnummer, u"19900315-2387"_s);
    QCOMPARE(stored->record.district, u"Söder"_s);
    QCOMPARE(stored->record.stage, Stage::Ruta1);
    QVERIFY(stored->record.socialWorker);
    QCOMPARE(stored->record.socialWorker->phone, u"040-123456"_s);
    // Opened, listed, and on the to-do list with its missing steps.
    QCOMPARE(m_window->workspace()->caseId(), ids.first());
    QVERIFY(m_list->model()->rowOfCase(ids.first()) >= 0);
    bool onTodo = false;
    const TodoModel *todo = m_window->todo()->model();
    for (int row = 0; row < todo->rowCount(); ++row)
        onTodo |= todo->itemAt(row).caseId == ids.first() && !todo->itemAt(row).hidden;
    QVERIFY(onTodo);
    // The social worker is remembered for the next case.
    QCOMPARE(QSettings().value(u"newCase/socialWorkerName"_s).toString(), u"Sara Svensson"_s);
}

void TestMainWindow::newCaseWarnsOfAnOpenCase()
{
    CaseSummary open;
    for (const CaseSummary &summary : summaries()) {
        if (!isEndStage(summary.stage) && summary.name != u"Test Testsson") {
            open = summary;
            break;
        }
    }
    QVERIFY(!open.id.isEmpty());
    NewCaseDialog *dialog = openNewCaseDialog();
    QVERIFY(dialog);
    auto *pnr = dialog->findChild<QLineEdit *>(u"personnummerEdit"_s);
    auto *warning = dialog->findChild<QLabel *>(u"existingCaseWarning"_s);
    QVERIFY(pnr && warning);
    QVERIFY(!warning->isVisible());
    QTest::keyClicks(pnr, open.personnummer);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(open.id), qPrintable(warning->text()));
    saveScreenshot(dialog, u"newcase-existing-case.png"_s);
    dialog->reject();
}

void TestMainWindow::keyboardShortcuts()
{
    for (const QString &name :
         {u"newCaseAction"_s, u"findAction"_s, u"saveAction"_s, u"undoAction"_s, u"redoAction"_s, u"helpAction"_s})
        QVERIFY2(m_window->findChild<QAction *>(name), qPrintable(name));
    QCOMPARE(child<QAction>(u"redoAction"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+Z"_s));

    auto *tabs = child<QTabWidget>(u"sideTabs"_s);
    tabs->setCurrentWidget(m_window->todo());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_list);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(u"searchEdit"_s));

    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<HelpDialog *>();
    QVERIFY(help);
    QVERIFY(HelpDialog::helpHtml().contains(stageTitle(Stage::Ruta6b)));
    help->close();

    // The language is kept for the next start.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>(u"languageEnAction"_s)->trigger();
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
}

void TestMainWindow::readOnlyStoreShowsABanner()
{
    QVERIFY(!child<QLabel>(u"readOnlyBanner"_s)->isVisible());
    m_window.reset();
    auto opened = CaseService::open(m_store.store->path(), CaseService::Mode::ReadOnly);
    QVERIFY(opened.store);
    QVERIFY(opened.store->isReadOnly());
    MainWindow window(opened.store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"opened read-only"_s), qPrintable(banner->text()));
    QVERIFY(!window.findChild<QAction *>(u"newCaseAction"_s)->isEnabled());

    // A case is not shown when its opening cannot be audited, and the
    // message says why rather than that the case is missing.
    const int openedBefore = int(opened.store->auditLog().valueOr({}).size());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openCase(summaries().constFirst().id));
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"audit log cannot be written"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(u"not in the store"_s));
    QVERIFY(window.workspace()->caseId().isEmpty());
    QCOMPARE(int(opened.store->auditLog().valueOr({}).size()), openedBefore);
}

void TestMainWindow::closingAsksAboutUnsavedChanges()
{
    QString id;
    for (const CaseSummary &summary : summaries()) {
        if (summary.stage == Stage::Ruta1) {
            id = summary.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(m_window->openCase(id));
    QLineEdit *nameEdit = nullptr;
    for (QLineEdit *edit : m_window->workspace()->findChildren<QLineEdit *>(u"socialWorkerNameEdit"_s)) {
        if (edit->isVisible())
            nameEdit = edit;
    }
    QVERIFY(nameEdit);
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Nora Nyberg"_s);
    QVERIFY(m_window->workspace()->hasUnsavedChanges());

    // Cancel keeps the window and the typed text.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY(m_window->isVisible());
    QCOMPARE(nameEdit->text(), u"Nora Nyberg"_s);

    // Save stores the edit before the window closes.
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    const auto stored = m_store.store->loadCase(id);
    QVERIFY(stored && stored->record.socialWorker);
    QCOMPARE(stored->record.socialWorker->name, u"Nora Nyberg"_s);
}

void TestMainWindow::documentsOfTheOpenCase()
{
    QMenu *documents = m_window->findChild<QMenu *>(u"documentsMenu"_s);
    QVERIFY(documents);
    QVERIFY(!documents->isEnabled()); // no case open yet

    const QString id = summaries().constFirst().id;
    QVERIFY(m_window->openCase(id));
    QVERIFY(documents->isEnabled());
    const auto documentRows = [this, &id] {
        int count = 0;
        for (const AuditEntry &entry : m_store.store->auditLog(id).valueOr({}))
            count += entry.action == u"document" && entry.details.contains(u"underlag-7434"_s);
        return count;
    };
    const int before = documentRows();

    QAction *preview = m_window->findChild<QAction *>(u"documentAction_underlag-7434"_s);
    QVERIFY(preview);
    preview->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QPrintPreviewDialog *>(u"documentPreviewDialog"_s)));
    QTRY_VERIFY(dialog->isVisible());
    saveScreenshot(dialog, u"mainwindow-document-preview.png"_s);
    QCOMPARE(documentRows(), before + 1);
    dialog->reject();
}

void TestMainWindow::unwritableAuditRefusesAnExport()
{
    const QString id = summaries().at(1).id;
    QVERIFY(m_window->openCase(id));
    const auto auditRows = [this] { return m_store.store->auditLog().valueOr({}).size(); };

    // The audit log stops taking rows, as a full disk or a damaged table
    // would make it; the rest of the store reads as before.
    const auto runRaw = [this](const QString &statement) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_store.store->path());
            ok = db.open() && QSqlQuery(db).exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    };
    QVERIFY(runRaw(u"CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'no room for the row'); END"_s));
    const auto dropTrigger = qScopeGuard([&] { runRaw(u"DROP TRIGGER audit_refused"_s); });
    const qsizetype rowsBefore = auditRows();

    // Save as PDF from the menu: the file is chosen, then refused.
    const QString target = QDir(m_store.dir.path()).filePath(u"refused.pdf"_s);
    QTimer::singleShot(0, this, [target] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides the public slot
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QAction *save = m_window->findChild<QAction *>(u"documentPdfAction_underlag-7434"_s);
    QVERIFY(save);
    save->trigger();
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"no document was written"_s), qPrintable(MessageBox::lastText()));
    // The reason in the user's words, not SQLite's English.
    QVERIFY2(MessageBox::lastText().contains(u"cannot write the audit log"_s), qPrintable(MessageBox::lastText()));
    QVERIFY2(!MessageBox::lastText().contains(u"no room for the row"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(target));

    // The print preview shows the same document, so it is refused alike.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(u"documentAction_underlag-7434"_s)->trigger();
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY(!m_window->findChild<QPrintPreviewDialog *>(u"documentPreviewDialog"_s));
    QCOMPARE(auditRows(), rowsBefore);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
