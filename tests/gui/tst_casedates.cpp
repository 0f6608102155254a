// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestStore.h"
#include "GuiTestWindow.h"

#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/DateEdit.h"
#include "workspace/MeetingModel.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// Dates as a social worker enters them on box 1: an impossible order is
// refused at the field, naming both dates; a calendar opens from every date
// field; FK's advice recorded in the table goes to the journal.
class TestCaseDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void receivedBeforeSentIsRefused();
    void calendarFillsTheField();
    void recordedAdviceIsNoted();

private:
    template<typename T>
    T *onBox1(const QString &name) const
    {
        QWidget *page = m_window->workspace()->findChild<QWidget *>(u"ruta1Page"_s);
        return page ? page->findChild<T *>(name) : nullptr;
    }
    static void type(DateEdit *edit, const QString &text);
    CaseRecord stored() const { return m_store.store->loadCase(m_id)->record; }

    const QDate m_today{2026, 11, 22};
    GuiTestStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;
};

void TestCaseDates::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_casedates"_s);
    Clock::setToday(m_today);
    QVERIFY(m_store.open(m_today));
    CaseRecord record;
    record.person = {u"19850412-4416"_s, u"Test Testsson"_s};
    record.district = u"Norr"_s;
    const WriteResult created = m_store.store->createCase(record);
    QVERIFY(created.ok());
    m_id = created.caseId;
    m_window = std::make_unique<MainWindow>(m_store.store.get());
    QVERIFY(guiTest::showActive(m_window.get()));
    QVERIFY(m_window->openCase(m_id));
}

void TestCaseDates::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestCaseDates::type(DateEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestCaseDates::receivedBeforeSentIsRefused()
{
    auto *sent = onBox1<DateEdit>(u"applicationSentEdit"_s);
    auto *received = onBox1<DateEdit>(u"applicationReceivedEdit"_s);
    auto *problems = m_window->workspace()->findChild<QLabel *>(u"dateProblemLabel"_s);
    QVERIFY(sent && received && problems);
    type(sent, u"2026-10-10"_s);
    QVERIFY(m_window->workspace()->saveChanges());
    QCOMPARE(stored().application.sentDate, QDate(2026, 10, 10));

    type(received, u"2026-10-05"_s);
    // Not taken into the case, and said at the field and above the pages, with both dates.
    QVERIFY(m_window->workspace()->saveChanges());
    QVERIFY(stored().application.receivedByFkDate.isNull());
    QVERIFY(problems->isVisible());
    for (const QString &text : {problems->text(), received->problem()}) {
        QVERIFY2(text.contains(u"2026-10-05"_s) && text.contains(u"2026-10-10"_s), qPrintable(text));
    }
    QVERIFY(!sent->problem().isEmpty());
    QVERIFY(received->date().isNull()); // back to what the case holds

    // A possible date is taken, and the warnings go.
    type(received, u"2026-10-12"_s);
    QVERIFY(m_window->workspace()->saveChanges());
    QCOMPARE(stored().application.receivedByFkDate, QDate(2026, 10, 12));
    QVERIFY(!problems->isVisible());
    QVERIFY(received->problem().isEmpty());
}

void TestCaseDates::calendarFillsTheField()
{
    auto *consentDate = onBox1<DateEdit>(u"consentDateEdit"_s);
    QVERIFY(consentDate);
    consentDate->setFocus();
    QTest::keyClick(consentDate, Qt::Key_Down, Qt::AltModifier);
    QWidget *popup = nullptr;
    QTRY_VERIFY((popup = consentDate->findChild<QWidget *>(u"calendarPopup"_s)) && popup->isVisible());
    auto *calendar = popup->findChild<QCalendarWidget *>(u"calendar"_s);
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), m_today); // no date yet: today
    calendar->setSelectedDate(QDate(2026, 9, 30));
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(consentDate->text(), u"2026-09-30"_s);
    QVERIFY(m_window->workspace()->saveChanges());
    QCOMPARE(stored().consent.date, QDate(2026, 9, 30));
}

void TestCaseDates::recordedAdviceIsNoted()
{
    auto *add = onBox1<QPushButton>(u"addKonsultationButton"_s);
    auto *table = onBox1<QTableView>(u"konsultationsteamTable"_s);
    QVERIFY(add && table);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(m_window->workspace()->saveChanges());
    const qsizetype notes = stored().journal.size();
    const QModelIndex advice = table->model()->index(table->model()->rowCount() - 1, MeetingModel::AdviceColumn);
    QVERIFY(table->model()->setData(advice, int(Advice::ComplementNeeded), Qt::EditRole));
    // Documented at once, in the journal.
    const CaseRecord after = stored();
    QCOMPARE(after.meetings.constLast().outcome, Advice::ComplementNeeded);
    QCOMPARE(after.journal.size(), notes + 1);
    QVERIFY2(after.journal.constLast().text.contains(u"FK's advice"_s), qPrintable(after.journal.constLast().text));
    QVERIFY(!m_window->workspace()->hasUnsavedChanges());
}

QTEST_MAIN(TestCaseDates)
#include "tst_casedates.moc"
