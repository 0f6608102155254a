// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceTestSupport.h"

#include "common/MessageBox.h"
#include "domain/Codes.h"
#include "io/CaseDocument.h"
#include "service/CaseService.h"
#include "settings/MyDetails.h"
#include "util/Clock.h"
#include "workspace/CasePage.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/ContactModel.h"
#include "workspace/DateEdit.h"
#include "workspace/FactCombo.h"
#include "workspace/MedicalDocumentModel.h"
#include "workspace/MeetingModel.h"
#include "workspace/PlanModel.h"
#include "workspace/ProcessMapWidget.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace samordna;
using namespace samordna::ui;

namespace {

const QDate Today(2025, 3, 10);

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("missing widget %s", qPrintable(name));
    return found;
}

// Chooses the item at `index` the way a user at the keyboard does.
void chooseWithKeys(QComboBox *combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    test::typeText(edit, text);
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types into the current cell of a table and commits with Enter.
void typeInCell(QTableView *view, const QString &text)
{
    view->setFocus();
    // F2 opens the cell's editor, as in any table.
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor != view,
             qPrintable(u"no cell editor opened at %1,%2; focus %3"_s.arg(view->currentIndex().row())
                            .arg(view->currentIndex().column())
                            .arg(editor ? QString::fromLatin1(editor->metaObject()->className()) : u"none"_s)));
    test::typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes on the next turn of the event loop.
    QTRY_COMPARE(QApplication::focusWidget(), view);
}

} // namespace

class TestCaseWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void caseFromBox1ToBox6b();
    void refusedTransitionShowsReason();
    void keptOpenCaseReturnsToPlanning();
    void undoAndRedoAnEdit();
    void unsavedChangesAreSavedAndDrafted();
    void conflictOffersReload();
    void draftIsOfferedAfterACrash();
    void draftOfAnotherStoreIsNeverOffered();
    void draftPathIsNeverBuiltFromAHostileId();
    void closingWithUndoHistoryTearsDownCleanly();
    void journalNoteMarkedWrongStaysVisible();
    void medicalDocumentsContactsAndWhatGoesToFk();
    void movesAndMarkingsAreSignedWithMyName();
    void box2bKeepsItsOwnReason();

private:
    QString createCase(const CaseRecord &record);
    // A new box 1 case of someone born on `born`; its id.
    QString createCase(const QDate &born, const QString &name, const QString &district);
    static bool leaveCrashDraft(const QString &path, const CaseRecord &drafted);
    QWidget *page(Stage stage) const;
    void goToPage(Stage stage);
    void transitionWithNote(Stage target, const QString &note);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseService> m_store;
    std::unique_ptr<CaseWorkspace> m_workspace;
};

void TestCaseWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaseWorkspace::init()
{
    Clock::setToday(Today);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::takeAskedCount();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s).removeRecursively();
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    auto opened = CaseService::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_store->setUser(u"handläggare"_s);
    // The journal is put away on small screens; these tests use it.
    QSettings().setValue(u"workspace/journalShown"_s, true);
    m_workspace = std::make_unique<CaseWorkspace>(m_store.get());
    m_workspace->resize(1400, 900);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    // Keys go to the focus widget of the active window.
    QApplication::setActiveWindow(m_workspace.get());
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void TestCaseWorkspace::cleanup()
{
    m_workspace.reset();
    m_store.reset();
    Clock::setToday({});
}

// What a crashed session leaves behind: a draft newer than the store.
bool TestCaseWorkspace::leaveCrashDraft(const QString &path, const CaseRecord &drafted)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(caseDocument::write(drafted)) < 0)
        return false;
    file.close();
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime);
}

QString TestCaseWorkspace::createCase(const CaseRecord &record)
{
    const WriteResult result = m_store->createCase(record);
    if (!result.ok())
        qWarning("createCase: %s", qPrintable(result.message));
    return result.caseId;
}

QString TestCaseWorkspace::createCase(const QDate &born, const QString &name, const QString &district)
{
    CaseRecord record;
    record.person = {test::personnummerFor(born), name};
    record.district = district;
    return createCase(record);
}

QWidget *TestCaseWorkspace::page(Stage stage) const
{
    return m_workspace->findChild<QWidget *>(stageCode(stage) + u"Page"_s);
}

void TestCaseWorkspace::goToPage(Stage stage)
{
    auto *tabs = child<QTabWidget>(m_workspace.get(), u"pageTabs"_s);
    const int index = tabs->indexOf(page(stage));
    QVERIFY(index >= 0);
    // Through the tab bar, as a user would click it.
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void TestCaseWorkspace::transitionWithNote(Stage target, const QString &note)
{
    auto *button = child<QPushButton>(m_workspace.get(), u"transitionButton_"_s + stageCode(target));
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    test::typeIntoNextDialog(u"transitionNoteEdit"_s, note);
    QTest::mouseClick(button, Qt::LeftButton);
    // The note dialog took the activation with it when it closed.
    QApplication::setActiveWindow(m_workspace.get());
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void TestCaseWorkspace::caseFromBox1ToBox6b()
{
    const QString id = createCase(QDate(1985, 3, 12), u"Testperson Ett"_s, u"Norr"_s);
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(m_store.get(), &CaseService::caseChanged);
    m_workspace->openCase(id);
    QCOMPARE(m_workspace->caseId(), id);
    QWidget *w = m_workspace.get();
    QCOMPARE(child<QLabel>(w, u"headerSocialWorker"_s)->text(), u"Social worker: Unknown"_s);
    // The birth date shows, the last four digits do not.
    QCOMPARE(child<QLabel>(w, u"headerPersonnummer"_s)->text(), u"19850312-XXXX"_s);
    QCOMPARE(child<QLabel>(w, u"headerAge"_s)->text(), u"39 years"_s);

    // Box 1: the criteria, what is needed before the application.
    QWidget *box1 = page(Stage::Ruta1);
    auto *ready = child<QLabel>(box1, u"readyToApplyLabel"_s);
    QVERIFY(ready->text().startsWith(u"Not ready"_s));
    QVERIFY(child<QLabel>(box1, u"workCapacityReference"_s)->text().contains(u"29 kap. 2 §"_s));
    // Facts yet to be found out keep a new case in box 1; 2a is FK's call.
    const QString incomplete = child<QLabel>(box1, u"eligibilityLabel"_s)->text();
    QVERIFY2(incomplete.contains(u"stays in box 1"_s) && !incomplete.contains(u"2a"_s), qPrintable(incomplete));
    for (const char *name :
         {"noSgiCombo", "insuredCombo", "workCapacityCombo", "needsRehabilitationCombo", "needsCoordinationCombo",
          "consentGivenCombo", "medicalDocumentationCombo", "needsMappedCombo"})
        chooseWithKeys(child<QComboBox>(box1, QString::fromLatin1(name)), 1); // Yes
    // Insured in Sweden; the EU row answers its own question, citing the EU regulation.
    const QString insured = child<QLabel>(box1, u"insuredReference"_s)->text();
    const QString eu = child<QLabel>(box1, u"euAsIfInsuredReference"_s)->text();
    QVERIFY2(insured.startsWith(displayName(CriterionStatus::Met)), qPrintable(insured));
    QVERIFY2(eu.startsWith(displayName(CriterionStatus::Unknown)) && eu.contains(u"förordning (EG) nr 883/2004"_s),
             qPrintable(eu));
    chooseWithKeys(child<QComboBox>(box1, u"euAsIfInsuredCombo"_s), 2); // No
    QVERIFY2(child<QLabel>(box1, u"euAsIfInsuredReference"_s)->text().startsWith(displayName(CriterionStatus::NotMet)),
             qPrintable(child<QLabel>(box1, u"euAsIfInsuredReference"_s)->text()));
    QVERIFY(child<QLabel>(box1, u"insuredReference"_s)->text().startsWith(displayName(CriterionStatus::Met)));
    auto *missing = child<QListWidget>(box1, u"missingList"_s);
    QCOMPARE(missing->count(), 1);
    QCOMPARE(missing->item(0)->text(), displayName(Missing::SocialWorkerContact));
    auto *unknown = child<QCheckBox>(box1, u"socialWorkerUnknownCheck"_s);
    QVERIFY(unknown->isChecked());
    unknown->setFocus();
    QTest::keyClick(unknown, Qt::Key_Space);
    typeInto(child<QLineEdit>(box1, u"socialWorkerNameEdit"_s), u"Sara Socialsekreterare"_s);
    typeInto(child<QLineEdit>(box1, u"socialWorkerPhoneEdit"_s), u"040-123456"_s);
    QVERIFY2(ready->text().startsWith(u"Ready to apply"_s), qPrintable(ready->text()));
    QCOMPARE(missing->item(0)->text(), u"Nothing is missing."_s);
    QVERIFY(child<QLabel>(box1, u"eligibilityLabel"_s)->text().contains(u"All criteria are met"_s));

    typeInto(child<DateEdit>(box1, u"applicationSentEdit"_s), u"2025-03-03"_s);
    chooseWithKeys(child<QComboBox>(box1, u"applicationDecisionCombo"_s), 2); // Granted
    QCOMPARE(child<DateEdit>(box1, u"applicationDecisionDateEdit"_s)->date(), Today);
    QVERIFY(m_workspace->hasUnsavedChanges());
    test::saveScreenshot(box1, u"workspace_ruta1.png"_s);
    test::saveScreenshot(w, u"workspace.png"_s);

    transitionWithNote(Stage::Ruta3, u"FK beviljade samordning"_s);
    QTRY_COMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta3);
    QVERIFY(!m_workspace->hasUnsavedChanges());
    QCOMPARE(child<QTabWidget>(w, u"pageTabs"_s)->currentWidget(), page(Stage::Ruta3));
    QVERIFY(changed.count() >= 2); // the save before the move, and the move

    // Box 3: FK's contact within a week; box 4's meeting before moving on.
    QWidget *box3 = page(Stage::Ruta3);
    QVERIFY(child<QLabel>(box3, u"fkContactStatusLabel"_s)->text().contains(u"2025-03-17"_s));
    typeInto(child<DateEdit>(box3, u"fkContactDateEdit"_s), u"2025-03-10"_s);
    QVERIFY(child<QLabel>(box3, u"fkContactStatusLabel"_s)->text().contains(u"met"_s));
    QVERIFY(!child<QPushButton>(w, u"transitionButton_ruta4"_s)->isEnabled());
    test::saveScreenshot(box3, u"workspace_ruta3.png"_s);

    goToPage(Stage::Ruta4);
    QWidget *box4 = page(Stage::Ruta4);
    click(child<QPushButton>(box4, u"addMeetingButton"_s));
    auto *meetings = child<QTableView>(box4, u"meetingsTable"_s);
    QCOMPARE(meetings->currentIndex().column(), int(MeetingModel::DateColumn));
    // Held on the day the case entered box 3, two weeks after FK's invitation.
    typeInCell(meetings, u"2025-03-10"_s);
    QTest::keyClick(meetings, Qt::Key_Right);
    typeInCell(meetings, u"2025-02-24"_s);
    const QModelIndex check = meetings->model()->index(0, MeetingModel::CheckColumn);
    QVERIFY2(check.data().toString().startsWith(u"OK"_s), qPrintable(check.data().toString()));
    QTRY_VERIFY(child<QPushButton>(w, u"transitionButton_ruta4"_s)->isEnabled());
    transitionWithNote(Stage::Ruta4, u"Avstämningsmöte hållet"_s);
    QTRY_COMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta4);

    // Box 4: the rehabiliteringsplan with a responsible party.
    QVERIFY(!child<QPushButton>(w, u"transitionButton_ruta5"_s)->isEnabled());
    click(child<QPushButton>(box4, u"addMeasureButton"_s));
    auto *plan = child<QTableView>(box4, u"planTable"_s);
    QCOMPARE(plan->currentIndex().column(), int(PlanModel::MeasureColumn));
    typeInCell(plan, u"Arbetsträning"_s);
    QTest::keyClick(plan, Qt::Key_Right);
    QTest::keyClick(plan, Qt::Key_F2);
    auto *choice = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(choice);
    QTest::keyClick(choice, Qt::Key_Down); // Försäkringskassan
    QTest::keyClick(choice, Qt::Key_Down); // Arbetsförmedlingen
    QTest::keyClick(choice, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), plan);
    QCOMPARE(plan->model()->index(0, PlanModel::ResponsibleColumn).data().toString(), displayName(Party::AF));
    test::saveScreenshot(box4, u"workspace_ruta4.png"_s);
    transitionWithNote(Stage::Ruta5, u"Planen klar"_s);
    QTRY_COMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta5);

    // Box 5: the closure, no work capacity for the foreseeable future.
    QWidget *box5 = page(Stage::Ruta5);
    QCOMPARE(child<QTableView>(box5, u"followUpTable"_s)->model()->rowCount(), 1);
    chooseWithKeys(child<QComboBox>(box5, u"closureWorkCapacityCombo"_s), 3);
    chooseWithKeys(child<QComboBox>(box5, u"closureDurationCombo"_s), 3);
    chooseWithKeys(child<QComboBox>(box5, u"wholeLabourMarketCombo"_s), 1);
    typeInto(child<QLineEdit>(box5, u"continuedByEdit"_s), u"IoF"_s);
    // Box 6b follows once FK has closed the coordination.
    QVERIFY(!child<QPushButton>(w, u"transitionButton_ruta6b"_s)->isEnabled());
    typeInto(child<DateEdit>(box5, u"closedDateEdit"_s), u"2025-03-10"_s);
    QTRY_VERIFY(child<QPushButton>(w, u"transitionButton_ruta6b"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(w, u"transitionButton_ruta6a"_s)->isEnabled());
    test::saveScreenshot(box5, u"workspace_ruta5.png"_s);
    transitionWithNote(Stage::Ruta6b, u"Ingen arbetsförmåga"_s);
    QTRY_COMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta6b);

    // Box 6b: the guidance, in the widget and in the store.
    QWidget *box6b = page(Stage::Ruta6b);
    const QString guidance = child<QLabel>(box6b, u"benefitGuidanceLabel"_s)->text();
    QVERIFY2(guidance.contains(u"Sjukersättning"_s) && guidance.contains(u"may apply for sjukersättning"_s),
             qPrintable(guidance));
    QVERIFY(!guidance.contains(u"Preview"_s));
    test::saveScreenshot(box6b, u"workspace_ruta6b.png"_s);

    const StoredCase stored = *m_store->loadCase(id);
    QCOMPARE(stored.record.stage, Stage::Ruta6b);
    QCOMPARE(stored.record.plan.size(), 1);
    QCOMPARE(stored.record.plan.first().measure, u"Arbetsträning"_s);
    QCOMPARE(stored.record.plan.first().responsible, Party::AF);
    QCOMPARE(stored.record.closure.workCapacity, WorkCapacity::None);
    QCOMPARE(stored.record.closure.continuedBy, u"IoF"_s);
    QCOMPARE(stored.record.fkContactDate, QDate(2025, 3, 10));
    QCOMPARE(stored.record.meetings.size(), 1);
    QCOMPARE(stored.record.meetings.first().invitationSentDate, QDate(2025, 2, 24));
    QStringList notes;
    for (const JournalEntry &entry : stored.record.journal)
        notes << entry.text;
    QCOMPARE(notes.size(), 4);
    QVERIFY(notes.at(0).contains(u"FK beviljade samordning"_s));
    QVERIFY(notes.at(3).contains(u"Ingen arbetsförmåga"_s));
    auto *map = child<ProcessMapWidget>(w, u"processMap"_s);
    QCOMPARE(map->currentStage(), Stage::Ruta6b);
    for (Stage passed : {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5})
        QVERIFY(map->isPassed(passed));
    QCOMPARE(child<QListWidget>(w, u"journalList"_s)->count(), 4);

    // The remaining pages, for the screenshots.
    for (Stage stage : {Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta6a}) {
        goToPage(stage);
        test::saveScreenshot(page(stage), u"workspace_%1.png"_s.arg(stageCode(stage)));
    }
    goToPage(Stage::Ruta6b);
    test::saveScreenshot(w, u"workspace_end.png"_s);
}

void TestCaseWorkspace::refusedTransitionShowsReason()
{
    const QString id = createCase(QDate(1990, 6, 1), u"Testperson Två"_s, u"Söder"_s);
    m_workspace->openCase(id);
    QWidget *w = m_workspace.get();
    auto *toBox3 = child<QPushButton>(w, u"transitionButton_ruta3"_s);
    QVERIFY(toBox3);
    QVERIFY(!toBox3->isEnabled());
    QVERIFY2(toBox3->toolTip().contains(u"FK has received the application"_s), qPrintable(toBox3->toolTip()));
    QVERIFY(child<QLabel>(w, u"transitionReasonsLabel"_s)->text().contains(u"FK has received the application"_s));
    QVERIFY(child<QPushButton>(w, u"transitionButton_ruta2a"_s)->isEnabled());
    // No button for a box the method document does not lead to from here.
    QVERIFY(!w->findChild<QPushButton *>(u"transitionButton_ruta5"_s));
    auto *map = child<ProcessMapWidget>(w, u"processMap"_s);
    QVERIFY(!map->isClickable(Stage::Ruta3));
    QVERIFY(map->toolTipFor(Stage::Ruta3).contains(u"FK has received the application"_s));
    // A click on the greyed box moves nothing.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->boxRect(Stage::Ruta3).center().toPoint());
    QCOMPARE(MessageBox::takeAskedCount(), 0);
    QCOMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta1);
    test::saveScreenshot(map, u"process_map_refused.png"_s);
}

void TestCaseWorkspace::keptOpenCaseReturnsToPlanning()
{
    // No work capacity, but only for a while: FK keeps the case open, and
    // the planning in box 4 starts again.
    CaseRecord record;
    record.person = {test::personnummerFor(QDate(1979, 5, 2)), u"Testperson Sex"_s};
    record.district = u"Norr"_s;
    record.stage = Stage::Ruta6b;
    record.closure.workCapacity = WorkCapacity::None;
    record.closure.reductionDuration = ReductionDuration::Temporary;
    record.closure.againstWholeLabourMarket = false;
    const QString id = createCase(record);
    QVERIFY(!id.isEmpty());
    m_workspace->openCase(id);
    QWidget *w = m_workspace.get();

    QVERIFY(!child<QLabel>(w, u"transitionReasonsLabel"_s)->text().contains(u"no box follows"_s));
    auto *map = child<ProcessMapWidget>(w, u"processMap"_s);
    QVERIFY(map->isClickable(Stage::Ruta4));
    QVERIFY(map->isArrowLive(Stage::Ruta6b, Stage::Ruta4));
    test::saveScreenshot(w, u"workspace_6b_kept_open.png"_s);

    transitionWithNote(Stage::Ruta4, u"Tillfällig försämring, ny planering"_s);
    QTRY_COMPARE(m_store->loadCase(id)->record.stage, Stage::Ruta4);
    QCOMPARE(map->currentStage(), Stage::Ruta4);
    QVERIFY(map->isPassed(Stage::Ruta6b));
}

void TestCaseWorkspace::undoAndRedoAnEdit()
{
    const QString id = createCase(QDate(2001, 1, 20), u"Testperson Tre"_s, u"Väster"_s);
    m_workspace->openCase(id);
    QWidget *box1 = page(Stage::Ruta1);
    auto *insured = child<FactCombo>(box1, u"insuredCombo"_s);
    chooseWithKeys(insured, 1);
    QCOMPARE(insured->fact(), Fact(true));
    chooseWithKeys(insured, 2);
    QCOMPARE(m_workspace->undoStack()->count(), 2);
    QVERIFY(m_workspace->hasUnsavedChanges());

    QTest::keyClick(insured, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(insured->fact(), Fact(true));
    QTest::keyClick(insured, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(insured->fact(), Fact());
    QVERIFY(!m_workspace->hasUnsavedChanges()); // back where the store is
    QTest::keyClick(insured, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(insured->fact(), Fact(true));
    QVERIFY(m_workspace->hasUnsavedChanges());

    // Typing in one field is one undo step.
    auto *name = child<QLineEdit>(page(Stage::Ruta3), u"socialWorkerNameEdit"_s);
    click(child<QCheckBox>(page(Stage::Ruta3), u"socialWorkerUnknownCheck"_s));
    const int before = m_workspace->undoStack()->count();
    typeInto(name, u"Kim"_s);
    QCOMPARE(m_workspace->undoStack()->count(), before + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(name->text(), QString());

    // A switch of case starts a new history.
    const QString otherId = createCase(QDate(1970, 5, 5), u"Testperson Fyra"_s, u"Väster"_s);
    m_workspace->openCase(otherId);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    // and the first case's edits were saved on the way out.
    QCOMPARE(m_store->loadCase(id)->record.facts.insuredInSweden, Fact(true));
}

void TestCaseWorkspace::unsavedChangesAreSavedAndDrafted()
{
    const QString id = createCase(QDate(1980, 10, 2), u"Testperson Fem"_s, u"Norr"_s);
    m_workspace->openCase(id);
    QSignalSpy changed(m_store.get(), &CaseService::caseChanged);
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"medicalDocumentationCombo"_s), 1);
    QVERIFY(m_workspace->hasUnsavedChanges());

    const QString draft = CaseWorkspace::draftPath(*m_store, id);
    QVERIFY(QFile::exists(draft));
    QCOMPARE(QFileInfo(draft).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    QVERIFY(m_workspace->saveChanges());
    QVERIFY(!m_workspace->hasUnsavedChanges());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!QFile::exists(draft));
    QCOMPARE(m_store->loadCase(id)->record.facts.medicalDocumentation, Fact(true));
    QCOMPARE(child<QLabel>(m_workspace.get(), u"saveStateLabel"_s)->text(), u"All changes saved"_s);

    // Auto-save after the edits stop.
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"needsMappedCombo"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->hasUnsavedChanges(), 4000);
    QCOMPARE(m_store->loadCase(id)->record.facts.needsMapped, Fact(true));
}

void TestCaseWorkspace::conflictOffersReload()
{
    const QString id = createCase(QDate(1975, 4, 4), u"Testperson Sex"_s, u"Öster"_s);
    m_workspace->openCase(id);
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"insuredCombo"_s), 1);

    // The same case saved elsewhere first.
    auto other = CaseService::open(m_store->path());
    QVERIFY(other.store);
    StoredCase elsewhere = *other.store->loadCase(id);
    elsewhere.record.facts.needsRehabilitation = true;
    elsewhere.record.person.name = u"Testperson Sex Ändrad"_s;
    QVERIFY(other.store->saveCase(elsewhere.record, elsewhere.revision).ok());

    MessageBox::setNextAnswer(QMessageBox::Reset); // Reload
    MessageBox::setNextAnswer(QMessageBox::Yes);   // yes, discard my edits
    QVERIFY(!m_workspace->saveChanges());
    QCOMPARE(MessageBox::takeAskedCount(), 2);
    QVERIFY(!m_workspace->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(m_workspace.get(), u"headerName"_s)->text(), u"Testperson Sex Ändrad"_s);
    QCOMPARE(child<FactCombo>(page(Stage::Ruta1), u"needsRehabilitationCombo"_s)->fact(), Fact(true));
    QCOMPARE(child<FactCombo>(page(Stage::Ruta1), u"insuredCombo"_s)->fact(), Fact());
    // After the reload, saving works against the new revision.
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"insuredCombo"_s), 1);
    QVERIFY(m_workspace->saveChanges());

    // Keep editing instead: nothing is lost and nothing saves by itself.
    elsewhere = *other.store->loadCase(id);
    elsewhere.record.district = u"Norr"_s;
    QVERIFY(other.store->saveCase(elsewhere.record, elsewhere.revision).ok());
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"medicalDocumentationCombo"_s), 1);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_workspace->saveChanges());
    QVERIFY(m_workspace->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(m_workspace.get(), u"saveStateLabel"_s)->text(), u"Not saved: changed elsewhere"_s);
    QVERIFY(QFile::exists(CaseWorkspace::draftPath(*m_store, id)));
}

void TestCaseWorkspace::draftIsOfferedAfterACrash()
{
    const QString id = createCase(QDate(1995, 8, 8), u"Testperson Sju"_s, u"Innerstaden"_s);

    // What a crashed session left behind: a draft newer than the store.
    CaseRecord drafted = m_store->loadCase(id)->record;
    drafted.facts.workCapacityReducedByIllness = true;
    drafted.fkContactDate = QDate(2025, 3, 1);
    const QString path = CaseWorkspace::draftPath(*m_store, id);
    QVERIFY(leaveCrashDraft(path, drafted));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_workspace->openCase(id);
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QVERIFY(m_workspace->hasUnsavedChanges());
    QCOMPARE(child<FactCombo>(page(Stage::Ruta1), u"workCapacityCombo"_s)->fact(), Fact(true));
    // The restore itself can be undone.
    m_workspace->undoStack()->undo();
    QVERIFY(!m_workspace->hasUnsavedChanges());
}

void TestCaseWorkspace::draftOfAnotherStoreIsNeverOffered()
{
    const QString id = createCase(QDate(1991, 2, 3), u"Testperson Nio"_s, u"Norr"_s);

    // A demo store holds a case with the same id and a crash draft of it.
    const QString demoPath = m_dir.filePath(u"demo-same-ids.sqlite"_s);
    QFile::remove(demoPath);
    auto demo = CaseService::open(demoPath);
    QVERIFY(demo.store);
    CaseRecord demoCase;
    demoCase.person = {test::personnummerFor(QDate(1970, 1, 1)), u"Demo Person"_s};
    QCOMPARE(demo.store->createCase(demoCase).caseId, id);
    CaseRecord drafted = demo.store->loadCase(id)->record;
    drafted.fkContactDate = QDate(2025, 3, 1);
    const QString demoDraft = CaseWorkspace::draftPath(*demo.store, id);
    QVERIFY(!demoDraft.isEmpty());
    QVERIFY(demoDraft != CaseWorkspace::draftPath(*m_store, id));
    QVERIFY(leaveCrashDraft(demoDraft, drafted));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_workspace->openCase(id);
    QCOMPARE(MessageBox::takeAskedCount(), 0);
    QVERIFY(!m_workspace->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(m_workspace.get(), u"headerName"_s)->text(), u"Testperson Nio"_s);
    QVERIFY(QFile::exists(demoDraft)); // the demo's draft is the demo's to offer
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestCaseWorkspace::draftPathIsNeverBuiltFromAHostileId()
{
    for (const QString &id : {u"../../x"_s, u"a/b"_s, u"x\ny"_s, u".."_s, u"S-1\u202Egnp"_s, QString(65, u'a')})
        QVERIFY2(CaseWorkspace::draftPath(*m_store, id).isEmpty(), qPrintable(id));
    QVERIFY(!CaseWorkspace::draftPath(*m_store, u"S-000001"_s).isEmpty());
}

void TestCaseWorkspace::closingWithUndoHistoryTearsDownCleanly()
{
    const QString id = createCase(QDate(1983, 6, 6), u"Testperson Tio"_s, u"Norr"_s);
    m_workspace->openCase(id);
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"insuredCombo"_s), 1);
    chooseWithKeys(child<QComboBox>(page(Stage::Ruta1), u"needsMappedCombo"_s), 1);
    QUndoStack *stack = m_workspace->undoStack();
    QVERIFY(stack->count() > 0);
    // The stack clears itself as it is destroyed and emits indexChanged,
    // after the workspace's own destructor has run. Whatever is still
    // connected then runs on a half-destroyed workspace (the sanitizer
    // build reports it; a plain build reads freed widgets): nothing of the
    // workspace may be.
    bool emittedInTeardown = false;
    bool workspaceStillListened = false;
    connect(stack, &QUndoStack::indexChanged, this, [&] {
        QObject *owner = stack->parent();
        if (!owner || qobject_cast<CaseWorkspace *>(owner))
            return;
        emittedInTeardown = true;
        workspaceStillListened |= QObject::disconnect(stack, &QUndoStack::indexChanged, owner, nullptr);
    });
    m_workspace.reset();
    QVERIFY(emittedInTeardown); // the case this test is about did happen
    QVERIFY(!workspaceStillListened);
}

void TestCaseWorkspace::journalNoteMarkedWrongStaysVisible()
{
    const QString id = createCase(QDate(1988, 12, 24), u"Testperson Åtta"_s, u"Norr"_s);
    m_workspace->openCase(id);
    QWidget *w = m_workspace.get();
    auto *note = child<QPlainTextEdit>(w, u"journalNoteEdit"_s);
    note->setFocus();
    test::typeText(note, u"Träffade klienten, fel datum"_s);
    click(child<QPushButton>(w, u"addJournalNoteButton"_s));
    QCOMPARE(m_store->loadCase(id)->record.journal.size(), 1);
    QVERIFY(note->toPlainText().isEmpty());

    auto *list = child<QListWidget>(w, u"journalList"_s);
    QCOMPARE(list->count(), 1);
    auto *markWrong = child<QPushButton>(w, u"markWrongButton"_s);
    QVERIFY(!markWrong->isEnabled());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    list->setCurrentRow(0);
    test::typeIntoNextDialog(u"markWrongReasonEdit"_s, u"Skrevs i fel ärende"_s);
    click(markWrong);

    const JournalEntry stored = m_store->loadCase(id)->record.journal.value(0);
    QCOMPARE(stored.text, u"Träffade klienten, fel datum"_s);
    QCOMPARE(stored.markedWrongReason, u"Skrevs i fel ärende"_s);
    QCOMPARE(stored.markedWrongDate, Today);
    // The note struck through; the reason under it, readable and dated.
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->font().strikeOut());
    QVERIFY(!list->item(1)->font().strikeOut());
    QVERIFY(list->item(1)->text().contains(u"Skrevs i fel ärende"_s));
    QVERIFY(list->item(1)->text().contains(Today.toString(Qt::ISODate)) || stored.markedWrongAt.isValid());
    // The note's day and when it was registered, apart; who marked it and when.
    QVERIFY2(list->item(0)->text().startsWith(Today.toString(Qt::ISODate)), qPrintable(list->item(0)->text()));
    const QString registered = stored.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(list->item(0)->text().contains(u"Registered "_s + registered), qPrintable(list->item(0)->text()));
    QVERIFY(stored.markedWrongAt.isValid());
    const QString markedAt = stored.markedWrongAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(list->item(1)->text().contains(u" on "_s + markedAt), qPrintable(list->item(1)->text()));
    QVERIFY(!markWrong->isEnabled() || list->currentRow() != 0);
    // A note marked wrong cannot be marked again.
    list->setCurrentRow(0);
    QVERIFY(!markWrong->isEnabled());
    QVERIFY(!m_workspace->hasUnsavedChanges());
    test::saveScreenshot(child<QWidget>(w, u"journalPanel"_s), u"workspace_journal.png"_s);
}

void TestCaseWorkspace::medicalDocumentsContactsAndWhatGoesToFk()
{
    const QString id = createCase(QDate(1979, 6, 14), u"Testperson Sju"_s, u"Söder"_s);
    m_workspace->openCase(id);
    // A laptop's screen, where the journal starts put away.
    m_workspace->resize(1366, 768);
    click(child<QToolButton>(m_workspace.get(), u"journalToggleButton"_s));
    QWidget *w = m_workspace.get();
    QWidget *box1 = page(Stage::Ruta1);

    // A medical document: added today, its issuer and summary typed in.
    click(child<QPushButton>(box1, u"addMedicalDocumentButton"_s));
    auto *documents = child<QTableView>(box1, u"medicalDocumentTable"_s);
    QCOMPARE(documents->model()->rowCount(), 1);
    QCOMPARE(documents->currentIndex().column(), int(MedicalDocumentModel::IssuerColumn));
    typeInCell(documents, u"Vårdcentralen Lindängen"_s);
    QTest::keyClick(documents, Qt::Key_Right);
    typeInCell(documents, u"Läkarintyg: nedsatt arbetsförmåga, behov av rehabilitering"_s);
    QCOMPARE(documents->model()->index(0, MedicalDocumentModel::DateColumn).data().toString(),
             Today.toString(Qt::ISODate));
    // A document cannot have come tomorrow: refused, said why, nothing changed.
    documents->setCurrentIndex(documents->model()->index(0, MedicalDocumentModel::DateColumn));
    const int steps = m_workspace->undoStack()->count();
    typeInCell(documents, u"2025-03-11"_s);
    auto *problems = child<QLabel>(w, u"dateProblemLabel"_s);
    QVERIFY2(problems->isVisible() && problems->text().contains(u"2025-03-11"_s)
                 && problems->text().contains(u"after today"_s),
             qPrintable(problems->text()));
    QCOMPARE(m_workspace->undoStack()->count(), steps);
    QCOMPARE(documents->model()->index(0, MedicalDocumentModel::DateColumn).data().toString(),
             Today.toString(Qt::ISODate));
    typeInCell(documents, u"2025-03-05"_s);
    QVERIFY(!problems->isVisible());

    // A contact for blankett 7434: the party chosen from the list.
    click(child<QPushButton>(box1, u"addContactButton"_s));
    auto *contacts = child<QTableView>(box1, u"contactTable"_s);
    QCOMPARE(contacts->currentIndex().column(), int(ContactModel::PartyColumn));
    QTest::keyClick(contacts, Qt::Key_F2);
    auto *party = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(party);
    while (party->currentText() != displayName(Party::Region))
        QTest::keyClick(party, Qt::Key_Down);
    QTest::keyClick(party, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), contacts);
    for (const QString &text : {u"Vårdcentralen Lindängen"_s, u"rehab-koordinator"_s, u"040-000000"_s}) {
        QTest::keyClick(contacts, Qt::Key_Right);
        typeInCell(contacts, text);
    }
    QCOMPARE(contacts->model()->index(0, ContactModel::PartyColumn).data().toString(), displayName(Party::Region));
    auto *box1Scroll = qobject_cast<CasePage *>(box1)->scrollArea();
    box1Scroll->ensureWidgetVisible(documents->parentWidget(), 0, 0);
    test::saveScreenshot(w, u"workspace_ruta1_documents.png"_s);
    box1Scroll->ensureWidgetVisible(contacts->parentWidget(), 0, 0);
    test::saveScreenshot(w, u"workspace_ruta1_contacts.png"_s);

    // Till Försäkringskassan: its own page; without consent it says nothing goes to FK.
    auto *tabs = child<QTabWidget>(w, u"pageTabs"_s);
    QWidget *forFk = child<QWidget>(w, u"forFkPage"_s);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(forFk)).center());
    QCOMPARE(tabs->currentWidget(), forFk);
    QVERIFY(child<QLabel>(forFk, u"forFkConsentLabel"_s)->text().contains(u"No valid written consent"_s));
    auto *history = child<QPlainTextEdit>(forFk, u"illnessHistoryEdit"_s);
    history->setFocus();
    test::typeText(history, u"Depression sedan 2019; två sjukskrivningsperioder."_s);
    auto *tried = child<QPlainTextEdit>(forFk, u"triedMeasuresEdit"_s);
    QTest::keyClick(history, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tried);
    test::typeText(tried, u"Arbetsträning 2023, avbruten."_s);
    // Typing in a field is one step of undo.
    const int typed = m_workspace->undoStack()->count();
    click(child<QToolButton>(w, u"undoActionButton"_s));
    QCOMPARE(tried->toPlainText(), QString());
    QCOMPARE(m_workspace->undoStack()->index(), typed - 1);
    click(child<QToolButton>(w, u"redoActionButton"_s));
    QCOMPARE(tried->toPlainText(), u"Arbetsträning 2023, avbruten."_s);
    // With consent recorded, the page says it may go to FK.
    goToPage(Stage::Ruta1);
    chooseWithKeys(child<QComboBox>(box1, u"consentGivenCombo"_s), 1);
    QVERIFY(child<QLabel>(forFk, u"forFkConsentLabel"_s)->text().contains(u"Written consent is recorded"_s));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(forFk)).center());
    test::saveScreenshot(w, u"workspace_forfk.png"_s);

    // Saved on its own shortly after the typing stops.
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->hasUnsavedChanges(), 10000);
    const CaseRecord stored = m_store->loadCase(id)->record;
    QCOMPARE(stored.medicalDocuments.size(), 1);
    QCOMPARE(stored.medicalDocuments.first().date, QDate(2025, 3, 5));
    QCOMPARE(stored.medicalDocuments.first().issuer, u"Vårdcentralen Lindängen"_s);
    QCOMPARE(stored.medicalDocuments.first().summary, u"Läkarintyg: nedsatt arbetsförmåga, behov av rehabilitering"_s);
    QCOMPARE(stored.contacts.size(), 1);
    QCOMPARE(stored.contacts.first().party, Party::Region);
    QCOMPARE(stored.contacts.first().name, u"Vårdcentralen Lindängen"_s);
    QCOMPARE(stored.contacts.first().person, u"rehab-koordinator"_s);
    QCOMPARE(stored.contacts.first().phone, u"040-000000"_s);
    QCOMPARE(stored.forFk.illnessHistory, u"Depression sedan 2019; två sjukskrivningsperioder."_s);
    QCOMPARE(stored.forFk.triedMeasures, u"Arbetsträning 2023, avbruten."_s);
    QVERIFY(stored.forFk.otherInformation.isEmpty());

    // Removing a row is one step, and undo brings it back.
    goToPage(Stage::Ruta1);
    contacts->setCurrentIndex(contacts->model()->index(0, ContactModel::NameColumn));
    click(child<QPushButton>(box1, u"removeContactButton"_s));
    QCOMPARE(contacts->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(box1, u"removeContactButton"_s)->isEnabled());
    m_workspace->undoStack()->undo();
    QCOMPARE(contacts->model()->rowCount(), 1);
    QVERIFY(child<QPushButton>(box1, u"removeContactButton"_s)->isEnabled());
}

void TestCaseWorkspace::movesAndMarkingsAreSignedWithMyName()
{
    MyDetails{u"Sara Svensson"_s, u"040-123456"_s, {}}.save();
    const QString id = createCase(QDate(1987, 4, 2), u"Testperson Nio"_s, u"Söder"_s);
    m_workspace->openCase(id);
    transitionWithNote(Stage::Ruta2b, u"FK: inte aktuellt"_s);
    const CaseRecord moved = m_store->loadCase(id)->record;
    QCOMPARE(moved.stage, Stage::Ruta2b);
    // Signed with the name in My details, not the login name.
    QCOMPARE(moved.journal.constLast().author, u"Sara Svensson"_s);
    QVERIFY(moved.journal.constLast().author != m_store->user());

    auto *list = child<QListWidget>(m_workspace.get(), u"journalList"_s);
    list->setCurrentRow(list->count() - 1);
    test::typeIntoNextDialog(u"markWrongReasonEdit"_s, u"Fel ruta"_s);
    click(child<QPushButton>(m_workspace.get(), u"markWrongButton"_s));
    const JournalEntry marked = m_store->loadCase(id)->record.journal.constLast();
    QCOMPARE(marked.markedWrongBy, u"Sara Svensson"_s);
    QVERIFY2(list->item(list->count() - 1)->text().contains(u"Marked as wrong by Sara Svensson"_s),
             qPrintable(list->item(list->count() - 1)->text()));
    MyDetails{}.save();
}

void TestCaseWorkspace::box2bKeepsItsOwnReason()
{
    const QString id = createCase(QDate(1990, 6, 6), u"Testperson Tio"_s, u"Norr"_s);
    m_workspace->openCase(id);
    goToPage(Stage::Ruta2b);
    auto *reason = child<QPlainTextEdit>(page(Stage::Ruta2b), u"ruta2bOwnReasonEdit"_s);
    reason->setFocus();
    test::typeText(reason, u"FK bedömer att hon inte är redo för rehabilitering nu."_s);
    // Saved as the field is left; nothing waits for Save.
    child<QPlainTextEdit>(m_workspace.get(), u"journalNoteEdit"_s)->setFocus();
    QCOMPARE(m_store->noCoordinationReason(id).valueOr({}),
             u"FK bedömer att hon inte är redo för rehabilitering nu."_s);
    QVERIFY(!m_workspace->hasUnsavedChanges());
    test::saveScreenshot(page(Stage::Ruta2b), u"workspace_ruta2b_reason.png"_s);

    // Shown again when the case is opened again.
    const QString otherId = createCase(QDate(1991, 7, 7), u"Testperson Elva"_s, u"Norr"_s);
    m_workspace->openCase(otherId);
    QVERIFY(reason->toPlainText().isEmpty());
    m_workspace->openCase(id);
    QCOMPARE(reason->toPlainText(), u"FK bedömer att hon inte är redo för rehabilitering nu."_s);
}

QTEST_MAIN(TestCaseWorkspace)
#include "tst_caseworkspace.moc"
