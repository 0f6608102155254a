// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/NewCaseDialog.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/MainWindow.h"
#include "meeting/Konsultationsteam.h"
#include "meeting/KonsultationsteamWindow.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "util/Language.h"
#include "workspace/CasePage.h"
#include "workspace/CaseWorkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

namespace {

// The letter Alt+letter reaches in `text` ("&Save" → 's'), or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

using Mnemonics = QMultiMap<QChar, QString>;

void add(Mnemonics &found, const QString &text)
{
    if (const QChar key = mnemonicOf(text); !key.isNull())
        found.insert(key, QString(text).remove(u'&'));
}

// The letters two things in one place answer to, named, one line each.
QStringList clashes(const Mnemonics &found)
{
    QStringList lines;
    for (const QChar key : found.uniqueKeys()) {
        const QStringList texts = found.values(key);
        if (texts.size() > 1)
            lines << u"Alt+%1: %2"_s.arg(key.toUpper(), texts.join(u" | "_s));
    }
    return lines;
}

// What Alt+letter can reach in `window` as it is shown now: its buttons,
// the labels with a buddy, group boxes, tabs and the menu bar's menus.
// Hidden widgets (another tab's page) answer to nothing.
Mnemonics windowMnemonics(QWidget *window)
{
    Mnemonics found;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(found, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(found, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(found, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(found, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    add(found, action->text());
            }
        }
    }
    return found;
}

// Each menu's own items, and each submenu's, must not share a letter.
void expectMenusClean(const QList<QAction *> &actions, const QString &where)
{
    for (QAction *action : actions) {
        QMenu *menu = action->menu();
        if (!menu)
            continue;
        Q_EMIT menu->aboutToShow(); // the menus that fill themselves as they open
        Mnemonics found;
        for (QAction *item : menu->actions()) {
            if (item->isVisible() && !item->isSeparator())
                add(found, item->text());
        }
        const QString name = where + u" › "_s + QString(action->text()).remove(u'&');
        const QStringList lines = clashes(found);
        QVERIFY2(lines.isEmpty(), qPrintable(name + u": "_s + lines.join(u"; "_s)));
        expectMenusClean(menu->actions(), name);
        if (QTest::currentTestFailed())
            return;
    }
}

void expectWindowClean(QWidget *window, const QString &where)
{
    QApplication::processEvents();
    const QStringList lines = clashes(windowMnemonics(window));
    QVERIFY2(lines.isEmpty(), qPrintable(where + u": "_s + lines.join(u"; "_s)));
}

} // namespace

// Alt+letter must reach one thing: two buttons, labels or menus sharing a
// letter in one window (or two items in one menu) make the keyboard user
// land on the wrong one. Run once per language (SAMORDNA_LANG), since each
// translation picks its own letters.
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void menus();
    void mainWindowWithoutCase();
    void everyBoxPage_data();
    void everyBoxPage();
    void dialogs();
    void meetingWindow();

private:
    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMnemonics::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_mnemonics"_s);
    QSettings().setValue(u"workspace/journalShown"_s, true);
    Clock::setToday(m_today);
    QVERIFY(language::install(language::chosen()));
    QVERIFY(m_store.open(m_today, 40));
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMnemonics::cleanupTestCase()
{
    m_window.reset();
}

void TestMnemonics::menus()
{
    QString id;
    m_store.store->forEachSummary([&id](const CaseSummary &summary) {
        if (id.isEmpty())
            id = summary.id;
    });
    QVERIFY(m_window->openCase(id)); // the case's own menus too
    expectMenusClean(m_window->menuBar()->actions(), u"menu"_s);
}

void TestMnemonics::mainWindowWithoutCase()
{
    MainWindow fresh(m_store.store.get());
    fresh.resize(1366, 768);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    auto *tabs = fresh.findChild<QTabWidget *>(u"sideTabs"_s);
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        expectWindowClean(&fresh, u"main window, %1"_s.arg(tabs->tabText(i)));
    }
}

void TestMnemonics::everyBoxPage_data()
{
    QTest::addColumn<Stage>("stage");
    for (Stage stage : allStages())
        QTest::newRow(qPrintable(stageCode(stage))) << stage;
}

void TestMnemonics::everyBoxPage()
{
    QFETCH(Stage, stage);
    QString id = m_store.firstCaseIn(stage);
    if (id.isEmpty())
        id = m_store.store->summaries(0, 1)->first().id; // the page shows for any case
    QVERIFY(m_window->openCase(id));
    auto *pageTabs = m_window->workspace()->findChild<QTabWidget *>(u"pageTabs"_s);
    QVERIFY(pageTabs);
    for (CasePage *page : m_window->workspace()->findChildren<CasePage *>()) {
        if (page->stage() == stage)
            pageTabs->setCurrentWidget(page);
    }
    auto *side = m_window->workspace()->findChild<QTabWidget *>(u"sideTabs"_s);
    QVERIFY(side);
    for (int i = 0; i < side->count(); ++i) {
        side->setCurrentIndex(i);
        expectWindowClean(m_window.get(), u"box %1 with %2"_s.arg(stageNumber(stage), side->tabText(i)));
    }
}

void TestMnemonics::dialogs()
{
    NewCaseDialog newCase(m_store.store.get(), m_window.get());
    newCase.show();
    QVERIFY(QTest::qWaitForWindowExposed(&newCase));
    expectWindowClean(&newCase, u"new case"_s);
    newCase.reject();

    SettingsDialog settings(m_window.get());
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    const QList<QTabWidget *> tabWidgets = settings.findChildren<QTabWidget *>();
    if (tabWidgets.isEmpty())
        expectWindowClean(&settings, u"settings"_s);
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            expectWindowClean(&settings, u"settings, %1"_s.arg(tabs->tabText(i)));
        }
    }
    settings.reject();

    HelpDialog help(m_window.get());
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    expectWindowClean(&help, u"help"_s);
    help.reject();
}

void TestMnemonics::meetingWindow()
{
    openKonsultationsteam(m_window.get(), m_store.store.get());
    auto *meeting = m_window->findChild<KonsultationsteamWindow *>(u"konsultationsteamWindow"_s);
    QVERIFY(meeting);
    QVERIFY(QTest::qWaitForWindowExposed(meeting));
    expectWindowClean(meeting, u"konsultationsteam"_s);
    meeting->close();
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
