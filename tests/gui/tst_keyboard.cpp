// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseListPanel.h"
#include "caselist/TodoPanel.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// One case walked with the keyboard alone: find it, open it, leave the list,
// switch lists, reach box 1's first answer and change it, write a journal note.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkOneCase();

private:
    // Presses Tab until `target` has the focus; false if it never comes.
    bool tabTo(QWidget *target, int limit = 120);
    static QWidget *focused() { return QApplication::focusWidget(); }

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_keyboard"_s);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    QVERIFY(guiTest::showActive(m_window.get()));
}

bool TestKeyboard::tabTo(QWidget *target, int limit)
{
    for (int i = 0; i < limit && focused() != target; ++i)
        QTest::keyClick(focused() ? focused() : m_window.get(), Qt::Key_Tab);
    return focused() == target;
}

void TestKeyboard::walkOneCase()
{
    // A box 1 case, found by its id.
    const QString id = m_store.firstCaseIn(Stage::Ruta1);
    QVERIFY(!id.isEmpty());

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QTRY_COMPARE(focused(), search);
    QTest::keyClicks(search, id);

    // Down goes into the results, Enter opens the case.
    QTest::keyClick(search, Qt::Key_Down);
    QTableView *table = m_window->caseList()->table();
    QTRY_COMPARE(focused(), table);
    QVERIFY(table->currentIndex().isValid());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_window->workspace()->caseId(), id);

    // Tab leaves the list at once rather than walking its cells.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(focused() != table);

    // Ctrl+Tab switches between the case list and Att göra, and back.
    auto *lists = m_window->findChild<QTabWidget *>(u"sideTabs"_s);
    table->setFocus(Qt::OtherFocusReason); // where the search left the user
    QTRY_COMPARE(focused(), table);
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(lists->currentWidget(), m_window->todo());
    QVERIFY(focused() && m_window->todo()->isAncestorOf(focused()));
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(lists->currentWidget(), m_window->caseList());

    // Box 1's first answer is reached with Tab, and changed with the arrows.
    auto *noSgi = m_window->workspace()->findChild<QComboBox *>(u"noSgiCombo"_s);
    QVERIFY(noSgi);
    QVERIFY2(tabTo(noSgi), qPrintable(focused() ? focused()->objectName() : u"nothing"_s));
    const int before = noSgi->currentIndex();
    QTest::keyClick(noSgi, before + 1 < noSgi->count() ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(noSgi->currentIndex() != before);
    QVERIFY(m_window->workspace()->hasUnsavedChanges());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->workspace()->hasUnsavedChanges());

    // A journal note, written and added without the mouse. On a laptop the
    // journal starts put away: its button brings it back.
    auto *note = m_window->workspace()->findChild<QPlainTextEdit *>(u"journalNoteEdit"_s);
    auto *journal = m_window->workspace()->findChild<QToolButton *>(u"journalToggleButton"_s);
    QVERIFY(note && journal);
    if (!note->isVisible()) {
        QVERIFY(tabTo(journal));
        QTest::keyClick(journal, Qt::Key_Space);
        QTRY_VERIFY(note->isVisible());
    }
    const qsizetype notes = m_store.store->loadCase(id)->record.journal.size();
    QVERIFY2(tabTo(note), qPrintable(focused() ? focused()->objectName() : u"nothing"_s));
    QTest::keyClicks(note, u"Telefonsamtal, ny tid bokad."_s);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_store.store->loadCase(id)->record.journal.size(), notes + 1);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
