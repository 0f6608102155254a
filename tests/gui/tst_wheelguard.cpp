// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "caselist/CaseListPanel.h"
#include "mainwindow/MainWindow.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// Scrolling the long box 1 page with the pointer over a dropdown must
// scroll the page and leave the answer alone.
class TestWheelGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wheelOverAnUnfocusedComboScrollsThePage();
    void aFocusedComboStillTakesTheWheel();

private:
    QComboBox *openBox1Combo(const QString &name);
    static void turnWheel(QWidget *widget);

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestWheelGuard::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_wheelguard"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    QVERIFY(guiTest::showActive(m_window.get()));
}

QComboBox *TestWheelGuard::openBox1Combo(const QString &name)
{
    const QString id = m_store.firstCaseIn(Stage::Ruta1);
    if (id.isEmpty() || !m_window->openCase(id))
        return nullptr;
    auto *tabs = m_window->workspace()->findChild<QTabWidget *>(u"pageTabs"_s);
    QWidget *page = m_window->workspace()->findChild<QWidget *>(u"ruta1Page"_s);
    if (!tabs || !page)
        return nullptr;
    tabs->setCurrentWidget(page);
    QApplication::processEvents();
    return page->findChild<QComboBox *>(name);
}

void TestWheelGuard::turnWheel(QWidget *widget)
{
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    // Through QApplication, as a real wheel turn arrives: filters first,
    // then the widget, then its parents while nobody accepts it.
    QApplication::sendEvent(widget, &event);
}

void TestWheelGuard::wheelOverAnUnfocusedComboScrollsThePage()
{
    QComboBox *consent = openBox1Combo(u"consentGivenCombo"_s);
    QVERIFY(consent);
    QCOMPARE(consent->focusPolicy(), Qt::StrongFocus);
    QScrollArea *scroll = nullptr;
    for (QWidget *parent = consent->parentWidget(); parent && !scroll; parent = parent->parentWidget())
        scroll = qobject_cast<QScrollArea *>(parent);
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QVERIFY2(bar->maximum() > 0, "box 1 does not scroll at 1366×768, so the test shows nothing");
    m_window->caseList()->setFocus();
    QVERIFY(!consent->hasFocus());

    const int answer = consent->currentIndex();
    const int scrolled = bar->value();
    const QString caseId = m_window->workspace()->caseId();
    for (int turn = 0; turn < 3; ++turn)
        turnWheel(consent);
    QCOMPARE(consent->currentIndex(), answer);
    QVERIFY(!consent->hasFocus());
    QVERIFY2(bar->value() > scrolled, "the page did not scroll");
    QVERIFY(!m_window->workspace()->hasUnsavedChanges());
    QCOMPARE(m_window->workspace()->caseId(), caseId);
}

void TestWheelGuard::aFocusedComboStillTakesTheWheel()
{
    QComboBox *decision = openBox1Combo(u"applicationDecisionCombo"_s);
    QVERIFY(decision);
    decision->setCurrentIndex(0);
    decision->setFocus();
    QTRY_VERIFY(decision->hasFocus());
    turnWheel(decision);
    QCOMPARE(decision->currentIndex(), 1);
    decision->setCurrentIndex(0);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
