// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "offline/CheckoutDialog.h"
#include "offline/ConflictView.h"
#include "offline/SyncDialog.h"
#include "service/CaseService.h"
#include "sync/OfflineFile.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// A social worker takes a case home, a colleague changes the same field in
// the office, and the sync window puts both values side by side for her to
// choose: what she sees and clicks.
class TestOfflineGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takeAlongChangeBothSidesAndChoose();
    void oldFileWarnsInTheWindow();

private:
    void saveScreenshot(QWidget *widget, const QString &name);
    // Takes the first case of the team store along into `file` through the
    // window; its id.
    QString takeAlong(const QString &file);
    QString fieldOf(QTableWidget *table, int row, int column) const { return table->item(row, column)->text(); }

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_team;
};

void TestOfflineGui::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_offlinegui"_s);
    Clock::setToday(m_today);
    QVERIFY(m_team.open(m_today, 12));
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
}

void TestOfflineGui::saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

QString TestOfflineGui::takeAlong(const QString &file)
{
    QString id;
    m_team.store->forEachSummary([&](const CaseSummary &row) {
        if (id.isEmpty() && !row.closed)
            id = row.id;
    });
    MainWindow window(m_team.store.get());
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openCase(id))
        return {};
    window.findChild<QAction *>(u"checkoutAction"_s)->trigger();
    auto *dialog = window.findChild<CheckoutDialog *>();
    if (!dialog)
        return {};
    // The open case is offered first.
    if (!dialog->findChild<QRadioButton *>(u"checkoutOpenCase"_s)->isChecked())
        return {};
    auto *path = dialog->findChild<QLineEdit *>(u"checkoutFile"_s);
    path->clear();
    QTest::keyClicks(path, file);
    saveScreenshot(dialog, u"offline-checkout.png"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkoutOkButton"_s), Qt::LeftButton);
    if (!MessageBox::lastText().contains(u"1 case"_s))
        qWarning("checkout said: %s", qPrintable(MessageBox::lastText()));
    // Colleagues opening the case see who has it.
    auto *note = window.findChild<QLabel *>(u"checkoutNoteLabel"_s);
    if (!note->isVisible() || !note->text().contains(u"checked out by"_s))
        return {};
    return id;
}

void TestOfflineGui::takeAlongChangeBothSidesAndChoose()
{
    QTemporaryDir laptop;
    const QString file = laptop.filePath(u"hembesok.sqlite"_s);
    const QString id = takeAlong(file);
    QVERIFY(!id.isEmpty());
    QVERIFY(QFileInfo::exists(file));

    // In the office, a colleague records FK's contact on one day …
    auto team = m_team.store->loadCase(id);
    QVERIFY(team);
    CaseRecord colleague = team->record;
    colleague.fkContactDate = QDate(2026, 11, 3);
    QVERIFY(m_team.store->saveCase(colleague, team->revision).ok());
    // … and on the laptop, the social worker records it on another.
    auto opened = CaseService::open(file);
    QVERIFY2(opened.store, qPrintable(opened.error));
    CaseService &offline = *opened.store;
    auto mine = offline.loadCase(id);
    QVERIFY(mine);
    CaseRecord edited = mine->record;
    edited.fkContactDate = QDate(2026, 11, 4);
    JournalEntry note;
    note.date = QDate(2026, 11, 21);
    note.author = u"Sara"_s;
    note.text = u"Hembesök, klienten berättade om kontakten med FK."_s;
    edited.journal << note;
    QVERIFY(offline.saveCase(edited, mine->revision).ok());

    MainWindow window(&offline);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"offlineBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"taken along"_s), qPrintable(banner->text()));
    QVERIFY(!window.findChild<QAction *>(u"checkoutAction"_s)->isEnabled());
    window.findChild<QAction *>(u"syncAction"_s)->trigger();
    auto *dialog = window.findChild<SyncDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QCheckBox *>(u"emptyAfterSync"_s)->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncNowButton"_s), Qt::LeftButton);

    // Both values, side by side; nothing overwritten on either side.
    auto *results = dialog->findChild<QTableWidget *>(u"syncResults"_s);
    QCOMPARE(results->rowCount(), 1);
    QVERIFY2(fieldOf(results, 0, 1).contains(u"Contact with FK"_s), qPrintable(fieldOf(results, 0, 1)));
    auto *view = dialog->conflictView();
    QVERIFY(view->isVisible());
    auto *table = view->findChild<QTableWidget *>(u"conflictTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(fieldOf(table, 0, 0), id);
    QCOMPARE(fieldOf(table, 0, 1), u"Contact with FK"_s);
    QCOMPARE(fieldOf(table, 0, 2), u"2026-11-03"_s);
    QCOMPARE(fieldOf(table, 0, 3), u"2026-11-04"_s);
    QCOMPARE(m_team.store->loadCase(id)->record.fkContactDate, QDate(2026, 11, 3));
    QCOMPARE(offline.loadCase(id)->record.fkContactDate, QDate(2026, 11, 4));
    saveScreenshot(dialog, u"offline-sync-conflict.png"_s);

    // She keeps her own value; the choice is on record.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 2)).center());
    QTest::mouseClick(view->findChild<QPushButton *>(u"keepOfflineButton"_s), Qt::LeftButton);
    QCOMPARE(fieldOf(table, 0, 4), u"this file's"_s);
    const auto audit = offline.auditLog(id);
    QVERIFY(audit);
    QCOMPARE(audit->constLast().action, u"choose"_s);
    QCOMPARE(audit->constLast().details, u"field=fkContactDate,kept=offline"_s);
    saveScreenshot(dialog, u"offline-sync-chosen.png"_s);

    // Synced again: all in, and the file is to be emptied when the window closes.
    QSignalSpy emptied(dialog, &SyncDialog::emptyRequested);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncNowButton"_s), Qt::LeftButton);
    QCOMPARE(emptied.count(), 1);
    QCOMPARE(qApp->property(SyncDialog::EmptyOnExitProperty).toString(), offline.path());
    const auto after = m_team.store->loadCase(id);
    QCOMPARE(after->record.fkContactDate, QDate(2026, 11, 4));
    QCOMPARE(after->record.journal.constLast().text, note.text);
    bool choiceArrived = false;
    const auto teamAudit = m_team.store->auditLog(id);
    QVERIFY(teamAudit);
    for (const AuditEntry &row : *teamAudit)
        choiceArrived = choiceArrived || (row.action == u"choose" && row.details.contains(u"kept=offline"_s));
    QVERIFY(choiceArrived);
    qApp->setProperty(SyncDialog::EmptyOnExitProperty, QVariant());
}

void TestOfflineGui::oldFileWarnsInTheWindow()
{
    QTemporaryDir laptop;
    const QString file = laptop.filePath(u"gammal.sqlite"_s);
    QVERIFY(!takeAlong(file).isEmpty());
    auto opened = CaseService::open(file);
    QVERIFY(opened.store);
    Clock::setToday(QDate::currentDate().addDays(15));
    MainWindow window(opened.store.get());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"offlineBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"15 days"_s) || banner->text().contains(u"15 day"_s), qPrintable(banner->text()));
    saveScreenshot(&window, u"offline-old-file.png"_s);
    Clock::setToday(m_today);
}

QTEST_MAIN(TestOfflineGui)
#include "tst_offlinegui.moc"
