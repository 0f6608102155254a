// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team store (PostgreSQL, SAMORDNA_TEST_PG): the status bar
// names it, another workstation's save reaches the list and the open case,
// a lost session comes back by itself and saving works again; and "Open
// store…" checks what is typed, switches stores and remembers them.
#include "../store/StoreBackend.h"
#include "../workspace/WorkspaceTestSupport.h"
#include "GuiTestWindow.h"

#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "service/CaseService.h"
#include "store/ConnectionWatcher.h"
#include "store/OpenStoreDialog.h"
#include "store/RecentStores.h"
#include "store/StoreSession.h"
#include "store/TeamAccess.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

class TestTeamStoreGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarNamesTheTeamStore();
    void anotherWorkstationsSaveReachesTheWindow();
    void lostSessionComesBackAndSaves();
    void editFromAnOutageIsSavedAfterIt();
    void backoffWaitsLongerEachTime();
    void openStoreChecksWhatIsTyped();
    void openStoreSwitchesAndRemembers();
    void openStoreAsksForAPasswordOnlyWhenTheServerDoes();

private:
    bool needsServer() const;
    void showWindow();
    QString nameInList(const QString &id) const;
    void chooseYes(const QString &comboName);
    void terminateSessions();
    void saveScreenshot(QWidget *widget, const QString &name);
    template<typename T>
    T *child(const QString &name) const
    {
        return guiTest::namedChild<T>(m_window.get(), name);
    }

    const QDate m_today{2026, 11, 22};
    QTemporaryDir m_dir;
    std::unique_ptr<storeTest::TestServer> m_server;
    QString m_address;
    QString m_database;
    QStringList m_ids;
    std::unique_ptr<CaseService> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamStoreGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SamordnaTest"_s);
    QApplication::setApplicationName(u"tst_teamstoregui"_s);
    Clock::setToday(m_today);
    QVERIFY(m_dir.isValid());
    // This run's own settings: another build's run of these tests on the
    // same account would otherwise share the recent stores.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
}

bool TestTeamStoreGui::needsServer() const
{
    return !QByteArray(QTest::currentTestFunction()).startsWith("openStoreChecks");
}

void TestTeamStoreGui::init()
{
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::takeAskedCount();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s).removeRecursively();
    if (!needsServer())
        return;
    STORE_TEST_REQUIRE_SERVER();
    m_server = std::make_unique<storeTest::TestServer>();
    m_address = m_server->createDatabase();
    QVERIFY(!m_address.isEmpty());
    m_database = m_address.section(u'/', 3).section(u'?', 0, 0);
    auto opened = CaseService::open(m_address);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_ids.clear();
    const QStringList names{u"Testperson Ett"_s, u"Testperson Två"_s, u"Testperson Tre"_s};
    for (int i = 0; i < names.size(); ++i) {
        CaseRecord record;
        record.person = {test::personnummerFor(QDate(1970 + i, 3, 14)), names.at(i)};
        record.district = u"Norr"_s;
        const WriteResult created = m_store->createCase(record);
        QVERIFY2(created.ok(), qPrintable(created.message));
        m_ids << created.caseId;
    }
}

void TestTeamStoreGui::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_server.reset();
}

void TestTeamStoreGui::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

QString TestTeamStoreGui::nameInList(const QString &id) const
{
    const QAbstractItemModel *model = m_window->caseList()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CaseListModel::CaseIdRole).toString() == id)
            return model->index(row, CaseListModel::NameColumn).data().toString();
    }
    return {};
}

// Box 1's question answered "Yes" by keys, as a user would.
void TestTeamStoreGui::chooseYes(const QString &comboName)
{
    auto *combo = m_window->workspace()->findChild<QComboBox *>(comboName);
    QVERIFY(combo);
    combo->setFocus();
    while (combo->currentIndex() < 1)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > 1)
        QTest::keyClick(combo, Qt::Key_Up);
}

// What a server restart or a DBA does to the program's sessions.
void TestTeamStoreGui::terminateSessions()
{
    QVERIFY(m_server->admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = '%1' AND application_name = 'samordna'"_s.arg(m_database)));
}

// Runs `answer` on the next password question, once it is shown.
void whenPasswordAsked(std::function<void(QInputDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || dialog->objectName() != u"storePasswordDialog")
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

void TestTeamStoreGui::saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestTeamStoreGui::statusBarNamesTheTeamStore()
{
    showWindow();
    const auto parsed = StoreAddress::parse(m_address, nullptr);
    QVERIFY(parsed);
    // Which store, on which server, as whom: the server's session user.
    QCOMPARE(child<QLabel>(u"storePathLabel"_s)->text(),
             u"Team store: %1 on %2, user %3"_s.arg(m_database, parsed->displayHost(), storeTest::ownerRole()));
    QVERIFY(child<QLabel>(u"storePathLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"connectionStateLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"caseCountStatusLabel"_s)->text(), u"3 cases"_s);
    saveScreenshot(m_window.get(), u"teamstore-statusbar.png"_s);
}

void TestTeamStoreGui::anotherWorkstationsSaveReachesTheWindow()
{
    showWindow();
    const QString id = m_ids.at(1);
    QVERIFY(m_window->openCase(id));
    auto other = CaseService::open(m_address);
    QVERIFY2(other.store, qPrintable(other.error));

    // Nothing unsaved here: the list and the open case show the change.
    StoredCase elsewhere = *other.store->loadCase(id);
    elsewhere.record.person.name = u"Testperson Två Ändrad"_s;
    QVERIFY(other.store->saveCase(elsewhere.record, elsewhere.revision).ok());
    QTRY_COMPARE_WITH_TIMEOUT(nameInList(id), u"Testperson Två Ändrad"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(u"headerName"_s)->text(), u"Testperson Två Ändrad"_s, 5000);
    QVERIFY(!m_window->workspace()->hasUnsavedChanges());

    // A case created there appears in the list here.
    CaseRecord record;
    record.person = {test::personnummerFor(QDate(1988, 8, 8)), u"Testperson Fyra"_s};
    record.district = u"Norr"_s;
    const WriteResult created = other.store->createCase(record);
    QVERIFY(created.ok());
    QTRY_COMPARE_WITH_TIMEOUT(nameInList(created.caseId), u"Testperson Fyra"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(u"caseCountStatusLabel"_s)->text(), u"4 cases"_s, 5000);

    // Unsaved edits here: the open case says so, and saving offers to reload.
    chooseYes(u"medicalDocumentationCombo"_s);
    QVERIFY(m_window->workspace()->hasUnsavedChanges());
    elsewhere = *other.store->loadCase(id);
    elsewhere.record.person.name = u"Testperson Två Igen"_s;
    QVERIFY(other.store->saveCase(elsewhere.record, elsewhere.revision).ok());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(u"saveStateLabel"_s)->text(),
                              u"Changed elsewhere: save to see whether it conflicts"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(nameInList(id), u"Testperson Två Igen"_s, 5000);
    QCOMPARE(child<QLabel>(u"headerName"_s)->text(), u"Testperson Två Ändrad"_s);
    saveScreenshot(m_window.get(), u"teamstore-changed-elsewhere.png"_s);
    MessageBox::setNextAnswer(QMessageBox::Reset); // Reload…
    MessageBox::setNextAnswer(QMessageBox::Yes);   // discard my edits
    QVERIFY(!m_window->workspace()->saveChanges());
    QCOMPARE(MessageBox::takeAskedCount(), 2);
    QVERIFY(MessageBox::lastText().contains(u"load the version saved elsewhere"_s));
    QCOMPARE(child<QLabel>(u"headerName"_s)->text(), u"Testperson Två Igen"_s);
    QVERIFY(!m_window->workspace()->hasUnsavedChanges());
}

void TestTeamStoreGui::lostSessionComesBackAndSaves()
{
    showWindow();
    const QString id = m_ids.at(0);
    QVERIFY(m_window->openCase(id));
    QSignalSpy lost(m_store.get(), &CaseService::connectionLost);
    QSignalSpy restored(m_store.get(), &CaseService::connectionRestored);
    auto *state = child<QLabel>(u"connectionStateLabel"_s);

    terminateSessions();
    // Noticed while idle, from the session's socket, not at the next save.
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
    QVERIFY(!m_store->isConnected());
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), u"The connection to the team store was lost – trying again in 1 s"_s);
    QVERIFY(m_window->isEnabled());
    saveScreenshot(m_window.get(), u"teamstore-connection-lost.png"_s);

    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QVERIFY(m_store->isConnected());
    QCOMPARE(state->text(), u"Connected to the team store again."_s);
    saveScreenshot(m_window.get(), u"teamstore-connected-again.png"_s);

    // Saving works on the new session, and other clients are heard again.
    chooseYes(u"needsMappedCombo"_s);
    QVERIFY(m_window->workspace()->saveChanges());
    storeTest::RawConnection owner(m_address);
    QCOMPARE(owner.value(u"SELECT revision FROM cases WHERE id = '%1'"_s.arg(id)).toInt(), 2);
    auto other = CaseService::open(m_address);
    QVERIFY(other.store);
    StoredCase elsewhere = *other.store->loadCase(m_ids.at(2));
    elsewhere.record.person.name = u"Testperson Tre Ändrad"_s;
    QVERIFY(other.store->saveCase(elsewhere.record, elsewhere.revision).ok());
    QTRY_COMPARE_WITH_TIMEOUT(nameInList(m_ids.at(2)), u"Testperson Tre Ändrad"_s, 5000);
}

void TestTeamStoreGui::editFromAnOutageIsSavedAfterIt()
{
    showWindow();
    const QString id = m_ids.at(2);
    QVERIFY(m_window->openCase(id));
    QSignalSpy restored(m_store.get(), &CaseService::connectionRestored);
    auto *state = child<QLabel>(u"connectionStateLabel"_s);

    // The database refuses every new session until it is back.
    QVERIFY(m_server->admin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(m_database)));
    terminateSessions();
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"The connection to the team store was lost"_s), 5000);
    chooseYes(u"consentGivenCombo"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->workspace()->saveChanges());
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"Your changes are kept here and in a draft"_s),
             qPrintable(MessageBox::lastText()));
    // The edit is still in the window and in its draft.
    QVERIFY(m_window->workspace()->hasUnsavedChanges());
    QVERIFY(QFile::exists(CaseWorkspace::draftPath(*m_store, id)));
    // The first tries fail, and the wait grows.
    QTRY_VERIFY_WITH_TIMEOUT(state->text().endsWith(u"trying again in 2 s"_s), 5000);
    QVERIFY(!state->toolTip().isEmpty());
    QVERIFY(restored.isEmpty());
    saveScreenshot(m_window.get(), u"teamstore-outage.png"_s);

    QVERIFY(m_server->admin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(m_database)));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
    QCOMPARE(state->text(), u"Connected to the team store again."_s);
    QVERIFY(m_window->workspace()->hasUnsavedChanges());
    QVERIFY(m_window->workspace()->saveChanges());
    QVERIFY(!m_window->workspace()->hasUnsavedChanges());
    QVERIFY(!QFile::exists(CaseWorkspace::draftPath(*m_store, id)));
    storeTest::RawConnection owner(m_address);
    QCOMPARE(owner.value(u"SELECT revision FROM cases WHERE id = '%1'"_s.arg(id)).toInt(), 2);
}

void TestTeamStoreGui::backoffWaitsLongerEachTime()
{
    QCOMPARE(ConnectionWatcher::delaySeconds(0), 1);
    QCOMPARE(ConnectionWatcher::delaySeconds(1), 2);
    QCOMPARE(ConnectionWatcher::delaySeconds(2), 4);
    QCOMPARE(ConnectionWatcher::delaySeconds(4), 16);
    QCOMPARE(ConnectionWatcher::delaySeconds(5), 30);
    QCOMPARE(ConnectionWatcher::delaySeconds(40), 30);
}

void TestTeamStoreGui::openStoreChecksWhatIsTyped()
{
    const QString file = m_dir.filePath(u"mine.sqlite"_s);
    OpenStoreDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(u"storeAddressEdit"_s);
    auto *problem = dialog.findChild<QLabel *>(u"storeAddressProblem"_s);
    auto *open = dialog.findChild<QPushButton *>(u"openStoreButton"_s);
    QVERIFY(edit && problem && open);
    QCOMPARE(edit->text(), QDir::toNativeSeparators(file));

    // A password in the address is refused: Samordna never keeps one.
    edit->clear();
    QTest::keyClicks(edit, u"postgresql://anna:hemligt@db.kommun.se/samordna"_s);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"contains a password"_s), qPrintable(problem->text()));
    saveScreenshot(&dialog, u"open-store-refused.png"_s);
    // Typing again takes the message away; a folder is not a store.
    edit->clear();
    QTest::keyClicks(edit, m_dir.path());
    QVERIFY(!problem->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->text().contains(u"is a folder"_s), qPrintable(problem->text()));

    edit->clear();
    QTest::keyClicks(edit, u"postgresql://anna@db.kommun.se/samordna?sslmode=require"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.address(), u"postgresql://anna@db.kommun.se/samordna?sslmode=require"_s);

    // What is remembered: addresses only, never one with a password.
    recentStores::remember(u"postgresql://anna:hemligt@db.kommun.se/samordna"_s);
    recentStores::remember(u"postgresql://anna@db.kommun.se/samordna"_s);
    recentStores::remember(file);
    QCOMPARE(recentStores::load(), (QStringList{file, u"postgresql://anna@db.kommun.se/samordna"_s}));
    for (int i = 0; i < 12; ++i)
        recentStores::remember(m_dir.filePath(u"store%1.sqlite"_s.arg(i)));
    QCOMPARE(recentStores::load().size(), recentStores::MaximumCount);
    QCOMPARE(recentStores::load().constFirst(), m_dir.filePath(u"store11.sqlite"_s));
}

// From a file to the team store through the dialog: a new window shows the
// team store, and both are offered next time.
void TestTeamStoreGui::openStoreSwitchesAndRemembers()
{
    const QString file = m_dir.filePath(u"switch.sqlite"_s);
    auto opened = CaseService::open(file);
    QVERIFY(opened.store);
    recentStores::remember(file);
    StoreSession session(std::move(opened.store));
    session.show();
    MainWindow *first = session.window();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    QCOMPARE(first->findChild<QLabel *>(u"storePathLabel"_s)->text(),
             u"Store: %1"_s.arg(QDir::toNativeSeparators(file)));

    test::whenModalShown([this](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>(u"storeAddressEdit"_s);
        QVERIFY(edit);
        QCOMPARE(modal->findChild<QListWidget *>(u"recentStoresList"_s)->count(), 1);
        edit->clear();
        QTest::keyClicks(edit, m_address);
        saveScreenshot(modal, u"open-store-dialog.png"_s);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QSignalSpy switched(&session, &StoreSession::switched);
    first->findChild<QAction *>(u"openStoreAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 10000);
    QVERIFY(session.window() != first);
    QVERIFY(session.store()->connection().isServer());
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QVERIFY(session.window()
                ->findChild<QLabel *>(u"storePathLabel"_s)
                ->text()
                .startsWith(u"Team store: %1 on "_s.arg(m_database)));
    QCOMPARE(session.window()->findChild<QLabel *>(u"caseCountStatusLabel"_s)->text(), u"3 cases"_s);
    QCOMPARE(recentStores::load(), (QStringList{m_address, file}));
    saveScreenshot(session.window(), u"teamstore-opened-from-dialog.png"_s);
    session.end();
}

// A server that asks this user for a password (SCRAM): "Open store…" asks
// for it then and only then, says when one was not accepted, and the
// password is kept nowhere but in the running program.
void TestTeamStoreGui::openStoreAsksForAPasswordOnlyWhenTheServerDoes()
{
    STORE_TEST_REQUIRE_PASSWORD_ROLE();
    const QString role = storeTest::TestServer::passwordRole();
    const QString password = storeTest::TestServer::passwordOfRole();
    const QString wrong = u"fel-lösen"_s;
    QVERIFY(m_server->passwordRoleReady());
    QString error;
    QVERIFY2(TeamAccess(m_store->connection()).addUser(role, {u"Norr"_s}, &error), qPrintable(error));
    // Nothing of this machine's own: no PGPASSWORD, no ~/.pgpass.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(u"no-pgpass"_s).toUtf8());
    const QString address = storeTest::TestServer::address(role, m_database);

    auto opened = CaseService::open(m_dir.filePath(u"before.sqlite"_s));
    QVERIFY(opened.store);
    StoreSession session(std::move(opened.store));
    session.show();
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QSignalSpy switched(&session, &StoreSession::switched);

    QStringList asked;
    test::whenModalShown([&](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>(u"storeAddressEdit"_s);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, address);
        whenPasswordAsked([&](QInputDialog *dialog) {
            asked << dialog->labelText();
            auto *passwordEdit = dialog->findChild<QLineEdit *>();
            QVERIFY(passwordEdit);
            QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
            test::typeText(passwordEdit, wrong);
            saveScreenshot(dialog, u"store-password-asked.png"_s);
            whenPasswordAsked([&](QInputDialog *again) {
                asked << again->labelText();
                auto *againEdit = again->findChild<QLineEdit *>();
                QVERIFY(againEdit);
                QVERIFY(againEdit->text().isEmpty());
                saveScreenshot(again, u"store-password-not-accepted.png"_s);
                test::typeText(againEdit, password);
                QTest::keyClick(againEdit, Qt::Key_Return);
            });
            QTest::keyClick(passwordEdit, Qt::Key_Return);
        });
        QTest::keyClick(edit, Qt::Key_Return);
    });
    session.window()->findChild<QAction *>(u"openStoreAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 20000);
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).startsWith(u"The server "_s)
                 && asked.at(0).contains(u"asks for the password of %1"_s.arg(role))
                 && asked.at(0).contains(u"never writes it anywhere"_s),
             qPrintable(asked.at(0)));
    QVERIFY2(asked.at(1).startsWith(u"That password was not accepted."_s), qPrintable(asked.at(1)));
    QVERIFY(session.store()->connection().isServer());
    QCOMPARE(session.store()->connection().address().user(), role);
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QCOMPARE(session.window()->findChild<QLabel *>(u"caseCountStatusLabel"_s)->text(), u"3 cases"_s);
    saveScreenshot(session.window(), u"teamstore-opened-with-password.png"_s);

    // Remembered: the address, which holds no password; the settings on
    // disk hold neither password.
    QCOMPARE(recentStores::load().constFirst(), address);
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString() + settings.value(key).toStringList().join(u' ');
        QVERIFY2(!value.contains(password) && !value.contains(wrong), qPrintable(key));
    }
    QFile stored(settings.fileName());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray bytes = stored.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(password.toUtf8()) && !bytes.contains(wrong.toUtf8()));

    // The owner's sessions are trusted by this server: no question then.
    int askedAgain = 0;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, [&askedAgain] {
        auto *dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible() && dialog->objectName() == u"storePasswordDialog") {
            ++askedAgain;
            dialog->close();
        }
    });
    watch.start();
    test::whenModalShown([this](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>(u"storeAddressEdit"_s);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, m_address);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    session.window()->findChild<QAction *>(u"openStoreAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 2, 20000);
    QCOMPARE(askedAgain, 0);
    QCOMPARE(session.store()->connection().address().user(), storeTest::ownerRole());
    session.end();
}

QTEST_MAIN(TestTeamStoreGui)
#include "tst_teamstoregui.moc"
