// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreBackend.h"
#include "MeetingTestCases.h"

#include "common/MessageBox.h"
#include "domain/Codes.h"
#include "mainwindow/MainWindow.h"
#include "meeting/AktanteckningPanel.h"
#include "meeting/AktanteckningWindow.h"
#include "meeting/Konsultationsteam.h"
#include "meeting/KonsultationsteamWindow.h"
#include "meeting/PresentationView.h"
#include "store/KonsultationsteamMeetings.h"
#include "store/StoreConnection.h"
#include "store/TeamAccess.h"
#include "util/Clock.h"
#include "workspace/CaseWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// A konsultationsteam meeting run through the window as a social worker
// would: agenda, presentation on the shared screen, FK's advice, and the
// aktanteckning afterwards, checked against what the store holds.
class TestKonsultationsteamWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runAMeeting();
    void revealShowsOnlyTheCaseOnScreen();
    void namesAreShownOnlyWhenRevealed();
    void emptyAgendaCannotBePresented();
    void mainWindowMenuOpensIt();
    void adviceReachesTheCaseOpenInTheMainWindow();
    void teamStoreMeetingIsOfAChosenDistrict();

private:
    KonsultationsteamWindow *openWindow();
    void createMeeting(const QDate &date, const QString &participants);
    void addCase(const QString &search, const QString &caseId);
    QStringList agendaCaseIds(qint64 meetingId) const;
    PresentationView *startPresentation();
    void assertNothingPersonal(QWidget *root, const QString &when);
    QList<AuditEntry> rows(const QString &caseId, const QString &action) const;
    void saveScreenshot(QWidget *widget, const QString &name);

    const QDate m_today{2026, 11, 22};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseService> m_store;
    QStringList m_ids;
    QList<CaseRecord> m_records;
    QPointer<KonsultationsteamWindow> m_window;
};

void TestKonsultationsteamWindow::initTestCase()
{
    Clock::setToday(m_today);
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
}

void TestKonsultationsteamWindow::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::takeAskedCount();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = CaseService::open(m_dir->filePath(u"cases.sqlite"_s));
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_ids = MeetingTestCases::create(*m_store, m_today, 5);
    QCOMPARE(m_ids.size(), 5);
    m_records.clear();
    for (const QString &id : std::as_const(m_ids))
        m_records << m_store->loadCase(id)->record;
}

void TestKonsultationsteamWindow::cleanup()
{
    delete m_window.data();
    m_store.reset();
    m_dir.reset();
}

KonsultationsteamWindow *TestKonsultationsteamWindow::openWindow()
{
    openKonsultationsteam(nullptr, m_store.get());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<KonsultationsteamWindow *>(widget)) {
            m_window = window;
            return window;
        }
    }
    return nullptr;
}

void TestKonsultationsteamWindow::createMeeting(const QDate &date, const QString &participants)
{
    auto *dateEdit = m_window->findChild<QDateEdit *>(u"meetingDateEdit"_s);
    auto *participantsEdit = m_window->findChild<QLineEdit *>(u"participantsEdit"_s);
    QVERIFY(dateEdit && participantsEdit);
    dateEdit->setDate(date);
    participantsEdit->clear();
    // QTest types ASCII only; the rest goes in as a paste would.
    participantsEdit->insert(participants);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"createMeetingButton"_s), Qt::LeftButton);
    QVERIFY(m_window->currentMeetingId() != 0);
}

void TestKonsultationsteamWindow::addCase(const QString &search, const QString &caseId)
{
    auto *searchEdit = m_window->findChild<QLineEdit *>(u"caseSearchEdit"_s);
    auto *list = m_window->findChild<QListView *>(u"casePickList"_s);
    auto *add = m_window->findChild<QPushButton *>(u"addToAgendaButton"_s);
    QVERIFY(searchEdit && list && add);
    searchEdit->clear();
    QTest::keyClicks(searchEdit, search);
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex index = list->model()->index(0, 0);
    QVERIFY(index.data().toString().startsWith(caseId));
    list->setCurrentIndex(index);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
}

QStringList TestKonsultationsteamWindow::agendaCaseIds(qint64 meetingId) const
{
    QStringList ids;
    for (const AgendaItem &item : m_window->meetings()->agenda(meetingId))
        ids << item.caseId;
    return ids;
}

PresentationView *TestKonsultationsteamWindow::startPresentation()
{
    auto *start = m_window->findChild<QPushButton *>(u"startPresentationButton"_s);
    if (!start || !start->isEnabled())
        return nullptr;
    QTest::mouseClick(start, Qt::LeftButton);
    return m_window->findChild<PresentationView *>(u"presentationView"_s);
}

QList<AuditEntry> TestKonsultationsteamWindow::rows(const QString &caseId, const QString &action) const
{
    QList<AuditEntry> result;
    for (const AuditEntry &entry : m_store->auditLog(caseId).valueOr({})) {
        if (entry.action == action)
            result << entry;
    }
    return result;
}

void TestKonsultationsteamWindow::saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // pending layout, as the event loop would
    const QString path = QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// Every text the view can show, in any widget, visible or not, against every
// agenda case's name and personnummer in every written form.
void TestKonsultationsteamWindow::assertNothingPersonal(QWidget *root, const QString &when)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->whatsThis()
              << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            texts << edit->toPlainText() << edit->toHtml();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            texts << edit->toPlainText();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        // Lists and dropdowns: every row their model holds, shown or scrolled away.
        QAbstractItemModel *model = nullptr;
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            model = view->model();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            model = combo->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            }
        }
    }
    QCOMPARE_GT(texts.size(), 40);
    static const QRegularExpression separators(u"[\\s\\-+]"_s);
    for (const CaseRecord &record : std::as_const(m_records)) {
        const QStringList forms = MeetingTestCases::personnummerForms(record.person.personnummer, m_today);
        QStringList nameParts = record.person.name.split(u' ', Qt::SkipEmptyParts);
        nameParts.removeIf([](const QString &part) { return part.size() < 3; });
        for (const QString &text : std::as_const(texts)) {
            QString joined = text;
            joined.remove(separators);
            QVERIFY2(!text.contains(record.person.name, Qt::CaseInsensitive),
                     qPrintable(u"%1: a name is shown"_s.arg(when)));
            for (const QString &part : std::as_const(nameParts)) {
                const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(part) + u"\\b"_s);
                QVERIFY2(!word.match(text).hasMatch(), qPrintable(u"%1: part of a name is shown"_s.arg(when)));
            }
            for (const QString &form : forms) {
                QString compact = form;
                compact.remove(separators);
                QVERIFY2(!text.contains(form) && !joined.contains(compact),
                         qPrintable(u"%1: a personnummer is shown"_s.arg(when)));
            }
        }
    }
}

void TestKonsultationsteamWindow::runAMeeting()
{
    QVERIFY(openWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QDate meetingDate = m_today.addDays(1);
    createMeeting(meetingDate, u"FK: handläggare; IoF Söder"_s);
    const qint64 meetingId = m_window->currentMeetingId();
    QCOMPARE(m_window->meetings()->meeting(meetingId)->participants, u"FK: handläggare; IoF Söder"_s);

    // Cases are found by case id, by name and by personnummer.
    addCase(m_ids.at(0), m_ids.at(0));
    addCase(m_records.at(1).person.name, m_ids.at(1));
    addCase(m_records.at(2).person.personnummer, m_ids.at(2));
    addCase(m_ids.at(3), m_ids.at(3));
    QCOMPARE(agendaCaseIds(meetingId), m_ids.mid(0, 4));
    // The window may be on the shared screen: it names nobody, whatever was searched.
    assertNothingPersonal(m_window, u"agenda built"_s);

    auto *agenda = m_window->findChild<QListWidget *>(u"agendaList"_s);
    auto *up = m_window->findChild<QPushButton *>(u"moveUpButton"_s);
    auto *down = m_window->findChild<QPushButton *>(u"moveDownButton"_s);
    auto *remove = m_window->findChild<QPushButton *>(u"removeFromAgendaButton"_s);
    QVERIFY(agenda && up && down && remove);
    QCOMPARE(agenda->count(), 4);

    // Remove the fourth again, then put the third first.
    agenda->setCurrentRow(3);
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(agendaCaseIds(meetingId), m_ids.mid(0, 3));
    agenda->setCurrentRow(2);
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(agenda->currentRow(), 1);
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(agenda->currentRow(), 0);
    QVERIFY(!up->isEnabled());
    QCOMPARE(agendaCaseIds(meetingId), (QStringList{m_ids.at(2), m_ids.at(0), m_ids.at(1)}));
    agenda->setCurrentRow(1);
    QTest::mouseClick(down, Qt::LeftButton);
    const QStringList order{m_ids.at(2), m_ids.at(1), m_ids.at(0)};
    QCOMPARE(agendaCaseIds(meetingId), order);
    QVERIFY(agenda->item(0)->text().startsWith(u"1. "_s + order.at(0)));
    const CaseRecord &first = m_records.at(m_ids.indexOf(order.at(0)));
    QVERIFY2(agenda->item(0)->text().contains(first.district), qPrintable(agenda->item(0)->text()));
    QVERIFY2(agenda->item(0)->text().contains(u" years"_s), qPrintable(agenda->item(0)->text()));
    assertNothingPersonal(m_window, u"agenda ordered"_s);
    saveScreenshot(m_window, u"meeting_setup.png"_s);

    // The question to put to FK, written beside the agenda, kept as the field is left.
    agenda->setCurrentRow(0);
    auto *question = m_window->findChild<QLineEdit *>(u"agendaQuestionEdit"_s);
    QVERIFY(question && question->isEnabled());
    question->setFocus();
    question->insert(u"Räcker läkarintyget för en ansökan?"_s);
    QTest::keyClick(question, Qt::Key_Return);
    QCOMPARE(m_window->meetings()->agenda(meetingId).at(0).question, u"Räcker läkarintyget för en ansökan?"_s);
    agenda->setCurrentRow(1);
    QVERIFY(question->text().isEmpty());
    agenda->setCurrentRow(0);
    QCOMPARE(question->text(), u"Räcker läkarintyget för en ansökan?"_s);

    const qsizetype openedBefore = rows(order.at(0), u"open"_s).size();
    PresentationView *view = startPresentation();
    QVERIFY(view);
    QVERIFY(view->windowState() & Qt::WindowFullScreen);
    // Showing a case to the room opens it, and is audited as such.
    QCOMPARE(rows(order.at(0), u"open"_s).size(), openedBefore + 1);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(view->caseCount(), 3);
    QCOMPARE(view->currentIndex(), 0);
    assertNothingPersonal(m_window, u"presentation started"_s);

    // Large type: scaled to the screen (a 30th of its height or a 52nd of
    // its width, whichever is less), never below 16 pixels.
    auto *criteria = view->findChild<QLabel *>(u"criteriaLabel"_s);
    auto *age = view->findChild<QLabel *>(u"ageLabel"_s);
    QVERIFY(criteria && age);
    QCOMPARE(view->size(), view->screen()->size());
    const int expectedSize = std::max(16, std::min(view->height() / 30, view->width() / 52));
    QTRY_VERIFY(QFontInfo(criteria->font()).pixelSize() >= expectedSize);
    QCOMPARE_GE(expectedSize, 36); // on the projector-sized screen
    QCOMPARE_GT(QFontInfo(age->font()).pixelSize(), QFontInfo(criteria->font()).pixelSize());

    // Walk the agenda with the buttons and the keys, checking every screen.
    auto *next = view->findChild<QPushButton *>(u"nextCaseButton"_s);
    auto *previous = view->findChild<QPushButton *>(u"previousCaseButton"_s);
    QVERIFY(next && previous);
    QVERIFY(!previous->isEnabled());
    auto *number = view->findChild<QLabel *>(u"agendaNumberLabel"_s);
    auto *district = view->findChild<QLabel *>(u"districtLabel"_s);
    const auto expectOnScreen = [&](int index) {
        QCOMPARE(view->currentIndex(), index);
        QCOMPARE(number->text(), QString::number(index + 1));
        const CaseRecord &record = m_records.at(m_ids.indexOf(order.at(index)));
        QCOMPARE(district->text(), record.district);
        assertNothingPersonal(view, u"case %1"_s.arg(index + 1));
    };
    expectOnScreen(0);
    QTest::mouseClick(next, Qt::LeftButton);
    expectOnScreen(1);
    QTest::keyClick(view, Qt::Key_Right);
    expectOnScreen(2);
    QVERIFY(!next->isEnabled());
    QTest::keyClick(view, Qt::Key_PageDown); // stays on the last
    expectOnScreen(2);
    QTest::keyClick(view, Qt::Key_Left);
    expectOnScreen(1);
    QTest::mouseClick(previous, Qt::LeftButton);
    expectOnScreen(0);
    QTest::keyClick(view, Qt::Key_PageDown);
    QTest::keyClick(view, Qt::Key_PageUp);
    expectOnScreen(0);
    QCOMPARE(view->findChild<QLabel *>(u"questionToFkLabel"_s)->text(), u"Räcker läkarintyget för en ansökan?"_s);
    saveScreenshot(view, u"presentation.png"_s);

    // FK's advice: one button per case, with a note.
    auto *note = view->findChild<QLineEdit *>(u"adviceNoteEdit"_s);
    auto *criteriaMet = view->findChild<QPushButton *>(u"adviceCriteriaMetButton"_s);
    auto *complement = view->findChild<QPushButton *>(u"adviceComplementButton"_s);
    auto *notRelevant = view->findChild<QPushButton *>(u"adviceNotRelevantButton"_s);
    auto *result = view->findChild<QLabel *>(u"adviceResultLabel"_s);
    QVERIFY(note && criteriaMet && complement && notRelevant && result);
    note->insert(u"Läkarintyg visar nedsatt arbetsförmåga."_s);
    QTest::mouseClick(criteriaMet, Qt::LeftButton);
    QVERIFY(criteriaMet->isChecked());
    QVERIFY2(result->text().contains(u"Suggested next box: <b>1 – "_s), qPrintable(result->text()));
    QVERIFY(view->findChild<QLabel *>(u"adviceExplanationLabel"_s)->text().contains(u"7434"_s));

    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(note->text().isEmpty());
    QVERIFY(!criteriaMet->isChecked());
    note->insert(u"Be läkaren förtydliga."_s);
    QTest::mouseClick(complement, Qt::LeftButton);
    QVERIFY(complement->isChecked());
    QVERIFY2(result->text().contains(u"Suggested next box: <b>2a – "_s), qPrintable(result->text()));
    assertNothingPersonal(view, u"after advice"_s);
    saveScreenshot(view, u"presentation_advice.png"_s);

    // Back on the first case, its advice is shown as recorded.
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(criteriaMet->isChecked());
    QCOMPARE(note->text(), u"Läkarintyg visar nedsatt arbetsförmåga."_s);

    // The store: agenda items, the cases' meetings, the audit log.
    const QList<AgendaItem> items = m_window->meetings()->agenda(meetingId);
    QCOMPARE(items.at(0).advice, Advice::CriteriaMet);
    QCOMPARE(items.at(0).note, u"Läkarintyg visar nedsatt arbetsförmåga."_s);
    QCOMPARE(items.at(1).advice, Advice::ComplementNeeded);
    QVERIFY(!items.at(2).advice);
    const struct
    {
        QString caseId;
        Advice advice;
        QString note;
    } expected[] = {
        {order.at(0), Advice::CriteriaMet, u"Läkarintyg visar nedsatt arbetsförmåga."_s},
        {order.at(1), Advice::ComplementNeeded, u"Be läkaren förtydliga."_s},
    };
    for (const auto &each : expected) {
        const auto stored = m_store->loadCase(each.caseId);
        QVERIFY(stored);
        QCOMPARE(stored->revision, 2);
        const Meeting &meeting = stored->record.meetings.constLast();
        QCOMPARE(meeting.kind, MeetingKind::Konsultationsteam);
        QCOMPARE(meeting.date, meetingDate);
        QCOMPARE(meeting.outcome, each.advice);
        QCOMPARE(meeting.notes, each.note);
        QCOMPARE(rows(each.caseId, u"change"_s).size(), 1);
        QVERIFY(rows(each.caseId, u"change"_s).at(0).details.split(u',').contains(u"meetings"_s));
        // FK's advice is in the journal too, with the question asked.
        QVERIFY(stored->record.journal.constLast().text.contains(displayName(each.advice)));
        QCOMPARE(stored->record.journal.constLast().text.contains(u"Räcker läkarintyget"_s),
                 each.caseId == order.at(0));
        QCOMPARE(rows(each.caseId, u"advice"_s).size(), 1);
        QCOMPARE(rows(each.caseId, u"advice"_s).at(0).details,
                 u"meeting=%1,advice=%2"_s.arg(meetingId).arg(code(each.advice)));
    }
    QCOMPARE(m_store->loadCase(order.at(2))->revision, 1);
    QVERIFY(rows(order.at(2), u"advice"_s).isEmpty());
    QVERIFY(rows({}, u"reveal"_s).isEmpty());

    // Esc leaves the shared screen, and what is behind it names nobody either.
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation());
    assertNothingPersonal(m_window, u"after Esc"_s);

    // After the meeting: the aktanteckning per case, with the advice and the
    // next step. It names the client, so it is never shown in this window:
    // it opens in a window of its own, or is copied unseen.
    QVERIFY(!m_window->findChild<QPlainTextEdit *>(u"aktanteckningText"_s));
    auto *panel = m_window->findChild<AktanteckningPanel *>(u"aktanteckningPanel"_s);
    auto *open = m_window->findChild<QPushButton *>(u"openAktanteckningButton"_s);
    auto *copy = m_window->findChild<QPushButton *>(u"copyAktanteckningButton"_s);
    QVERIFY(panel && open && copy);
    agenda->setCurrentRow(0);
    assertNothingPersonal(m_window, u"aktanteckning chosen"_s);
    QVERIFY(rows(order.at(0), u"document"_s).isEmpty()); // nothing shown, nothing produced
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    AktanteckningWindow *own = panel->openWindow();
    QVERIFY(own);
    QVERIFY(own->isWindow());
    QVERIFY(!m_window->isAncestorOf(own));
    QVERIFY(QTest::qWaitForWindowExposed(own));
    QVERIFY(!own->windowTitle().contains(first.person.name));
    QVERIFY(own->windowTitle().contains(order.at(0)));
    const QString firstNote = own->text();
    QVERIFY2(firstNote.contains(u"Criteria met"_s), qPrintable(firstNote));
    QVERIFY(firstNote.contains(u"7434"_s));
    QVERIFY(firstNote.contains(u"Läkarintyg visar nedsatt arbetsförmåga."_s));
    QVERIFY(firstNote.contains(u"Suggested: box 1, "_s));
    QVERIFY(firstNote.contains(order.at(0)));
    QCOMPARE(rows(order.at(0), u"document"_s).size(), 1);
    assertNothingPersonal(m_window, u"aktanteckning open in its own window"_s);
    saveScreenshot(own, u"meeting_aktanteckning_window.png"_s);

    // The print preview opens over the aktanteckning's own window.
    QTest::mouseClick(own->findChild<QPushButton *>(u"previewAktanteckningButton"_s), Qt::LeftButton);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = own->findChild<QPrintPreviewDialog *>(u"documentPreviewDialog"_s)));
    preview->close();
    own->close();
    QTRY_VERIFY(!panel->openWindow());

    agenda->setCurrentRow(1);
    QVERIFY(panel->text().contains(u"Complement needed"_s));
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(u"Be läkaren förtydliga."_s));
    QVERIFY2(copied.contains(u"Suggested: box 2a, "_s), qPrintable(copied));
    QVERIFY(!panel->openWindow());
    QCOMPARE(rows(order.at(1), u"document"_s).size(), 1);
    QCOMPARE(rows(order.at(1), u"document"_s).constLast().details, u"aktanteckning,clipboard"_s);
    assertNothingPersonal(m_window, u"aktanteckning copied"_s);
    agenda->setCurrentRow(2);
    QVERIFY(panel->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!open->isEnabled());
    saveScreenshot(m_window, u"meeting_after.png"_s);
}

void TestKonsultationsteamWindow::namesAreShownOnlyWhenRevealed()
{
    QVERIFY(openWindow());
    createMeeting(m_today, u"FK"_s);
    addCase(m_ids.at(0), m_ids.at(0));
    auto *reveal = m_window->findChild<QCheckBox *>(u"revealNamesCheck"_s);
    auto *agenda = m_window->findChild<QListWidget *>(u"agendaList"_s);
    QVERIFY(reveal && agenda);
    const qsizetype revealsBefore = rows({}, u"reveal"_s).size();

    // Declined: nothing shown, nothing audited.
    MessageBox::setNextAnswer(QMessageBox::No);
    reveal->click();
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY(!reveal->isChecked());
    assertNothingPersonal(m_window, u"names declined"_s);
    QCOMPARE(rows({}, u"reveal"_s).size(), revealsBefore);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    reveal->click();
    QVERIFY(reveal->isChecked());
    QVERIFY2(agenda->item(0)->text().contains(m_records.at(0).person.name), qPrintable(agenda->item(0)->text()));
    QCOMPARE(rows({}, u"reveal"_s).size(), revealsBefore + 1);
    QVERIFY(!rows({}, u"reveal"_s).constLast().details.contains(m_records.at(0).person.name));

    // The room's screen starts anonymous again.
    agenda->setCurrentRow(0);
    PresentationView *view = startPresentation();
    QVERIFY(view);
    QVERIFY(!reveal->isChecked());
    assertNothingPersonal(m_window, u"names hidden for the presentation"_s);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation());
    assertNothingPersonal(m_window, u"after the presentation"_s);
}

void TestKonsultationsteamWindow::revealShowsOnlyTheCaseOnScreen()
{
    QVERIFY(openWindow());
    createMeeting(m_today, u"FK"_s);
    addCase(m_ids.at(0), m_ids.at(0));
    addCase(m_ids.at(1), m_ids.at(1));
    // The presentation starts at the agenda case chosen in the list.
    m_window->findChild<QListWidget *>(u"agendaList"_s)->setCurrentRow(0);
    PresentationView *view = startPresentation();
    QVERIFY(view);
    QCOMPARE(view->currentIndex(), 0);
    auto *reveal = view->findChild<QPushButton *>(u"revealPersonalButton"_s);
    auto *personal = view->findChild<QLabel *>(u"personalDataLabel"_s);
    QVERIFY(reveal && personal);

    // Declined: nothing shown, nothing audited.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY(!MessageBox::lastText().contains(m_records.at(0).person.name));
    assertNothingPersonal(view, u"declined"_s);
    QVERIFY(rows(m_ids.at(0), u"reveal"_s).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(personal->isVisible());
    QVERIFY(personal->text().contains(m_records.at(0).person.name));
    QVERIFY(personal->text().contains(m_records.at(0).person.personnummer));
    QVERIFY(!personal->text().contains(m_records.at(1).person.name));
    const QList<AuditEntry> reveals = rows(m_ids.at(0), u"reveal"_s);
    QCOMPARE(reveals.size(), 1);
    QVERIFY(!reveals.at(0).details.contains(m_records.at(0).person.name));
    QVERIFY(rows(m_ids.at(1), u"reveal"_s).isEmpty());

    // The next case starts hidden again.
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(!personal->isVisible());
    assertNothingPersonal(view, u"after reveal, next case"_s);
    QTest::keyClick(view, Qt::Key_Left);
    assertNothingPersonal(view, u"after reveal, back"_s);
    QTest::mouseClick(view->findChild<QPushButton *>(u"endPresentationButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->presentation());
}

void TestKonsultationsteamWindow::emptyAgendaCannotBePresented()
{
    QVERIFY(openWindow());
    auto *start = m_window->findChild<QPushButton *>(u"startPresentationButton"_s);
    auto *add = m_window->findChild<QPushButton *>(u"addToAgendaButton"_s);
    QVERIFY(start && add);
    QVERIFY(!start->isEnabled());
    QVERIFY(!add->isEnabled()); // no meeting yet
    createMeeting(m_today, {});
    QVERIFY(!start->isEnabled());
    QVERIFY(!startPresentation());
    // The same window is raised, not a second one opened.
    openKonsultationsteam(nullptr, m_store.get());
    int windows = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        windows += qobject_cast<KonsultationsteamWindow *>(widget) ? 1 : 0;
    QCOMPARE(windows, 1);
}

void TestKonsultationsteamWindow::mainWindowMenuOpensIt()
{
    MainWindow main(m_store.get());
    auto *action = main.findChild<QAction *>(u"konsultationsteamAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+K"_s));
    action->trigger();
    auto *window = main.findChild<KonsultationsteamWindow *>(u"konsultationsteamWindow"_s);
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->store(), m_store.get());
    action->trigger(); // raised again, not opened twice
    QCOMPARE(main.findChildren<KonsultationsteamWindow *>().size(), 1);
}

void TestKonsultationsteamWindow::adviceReachesTheCaseOpenInTheMainWindow()
{
    // The case is open in the main window, with nothing unsaved, while the
    // meeting records FK's advice on it in the other window.
    MainWindow main(m_store.get());
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    const QString id = m_ids.at(0);
    main.openCase(id);
    CaseWorkspace *workspace = main.workspace();
    QCOMPARE(workspace->caseId(), id);
    auto *table = workspace->findChild<QTableView *>(u"konsultationsteamTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    QVERIFY(openWindow());
    createMeeting(m_today, u"FK"_s);
    addCase(id, id);
    m_window->findChild<QListWidget *>(u"agendaList"_s)->setCurrentRow(0);
    PresentationView *view = startPresentation();
    QVERIFY(view);
    QSignalSpy changed(m_store.get(), &CaseService::caseChanged);
    QTest::mouseClick(view->findChild<QPushButton *>(u"adviceCriteriaMetButton"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toString(), id);
    view->close();

    // The open case shows the advice at once, without a reload asked of anyone.
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!workspace->hasUnsavedChanges());
    auto *state = workspace->findChild<QLabel *>(u"saveStateLabel"_s);
    QCOMPARE(state->text(), u"All changes saved"_s);

    // An edit made there afterwards saves without a conflict, and keeps both.
    auto *medical = workspace->findChild<QComboBox *>(u"medicalDocumentationCombo"_s);
    QVERIFY(medical);
    medical->setFocus();
    QTest::keyClick(medical, medical->currentIndex() + 1 < medical->count() ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(workspace->hasUnsavedChanges());
    QVERIFY(workspace->saveChanges());
    QCOMPARE(MessageBox::takeAskedCount(), 0);
    const auto stored = m_store->loadCase(id);
    QVERIFY(stored);
    QCOMPARE(stored->record.meetings.size(), 1);
    QCOMPARE(stored->record.meetings.constFirst().outcome, std::optional<Advice>(Advice::CriteriaMet));
    QVERIFY(stored->record.facts.medicalDocumentation != m_records.at(0).facts.medicalDocumentation);
    QVERIFY(rows(id, u"change"_s).size() >= 2);
    QVERIFY(rows(id, u"advice"_s).size() == 1);
}

// On a team store a meeting is one district's: a user of two districts
// chooses which beside "New meeting"; on a store file there is nothing to
// choose.
void TestKonsultationsteamWindow::teamStoreMeetingIsOfAChosenDistrict()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->findChild<QComboBox *>(u"meetingDistrictCombo"_s)->isHidden());
    delete m_window.data();

    STORE_TEST_REQUIRE_SERVER();
    storeTest::TestServer server;
    const QString owner = server.createDatabase();
    QVERIFY(!owner.isEmpty());
    QVERIFY(server.ensureRole(u"samordna_test_soder"_s));
    {
        auto opened = CaseService::open(owner);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QString error;
        QVERIFY2(
            TeamAccess(opened.store->connection()).addUser(u"samordna_test_soder"_s, {u"Söder"_s, u"Väster"_s}, &error),
            qPrintable(error));
    }
    const QString database = owner.section(u'/', 3).section(u'?', 0, 0);
    auto opened = CaseService::open(storeTest::TestServer::address(u"samordna_test_soder"_s, database));
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);

    QVERIFY(openWindow());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *districts = m_window->findChild<QComboBox *>(u"meetingDistrictCombo"_s);
    QVERIFY(districts->isVisible());
    QCOMPARE(districts->count(), 2);
    QCOMPARE(districts->itemText(0), u"Söder"_s);
    QCOMPARE(districts->itemText(1), u"Väster"_s);
    districts->setCurrentIndex(1);
    createMeeting(m_today, u"FK, IoF Väster"_s);
    saveScreenshot(m_window, u"konsultationsteam-team-district.png"_s);
    KonsultationsteamMeetings meetings(*m_store);
    const auto meeting = meetings.meeting(m_window->currentMeetingId());
    QVERIFY(meeting);
    QCOMPARE(meeting->district, u"Väster"_s);
    delete m_window.data();
    m_store.reset(); // before its database goes
}

// The presentation is meant for a projector, so the offscreen screen is
// given a projector's size (1920×1080) and the screenshots show what the
// room sees.
int main(int argc, char *argv[])
{
    QTemporaryDir configDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && configDir.isValid()) {
        const QString config = configDir.filePath(u"screens.json"_s);
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)
            && file.write(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                > 0) {
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestKonsultationsteamWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_konsultationsteamwindow.moc"
