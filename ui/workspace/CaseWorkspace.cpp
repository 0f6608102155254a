// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/CaseWorkspace.h"

#include "common/FittingScrollArea.h"
#include "common/MessageBox.h"
#include "common/StateColors.h"
#include "io/CaseDocument.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "safety/CaseId.h"
#include "safety/EchoText.h"
#include "safety/InputLimits.h"
#include "safety/OutputFile.h"
#include "service/CaseService.h"
#include "settings/MyDetails.h"
#include "store/StoreFile.h"
#include "util/Clock.h"
#include "workspace/CaseEditCommand.h"
#include "workspace/CaseHeader.h"
#include "workspace/ComplementModel.h"
#include "workspace/ContactModel.h"
#include "workspace/DateEdit.h"
#include "workspace/ForFkPage.h"
#include "workspace/InformationPanel.h"
#include "workspace/JournalPanel.h"
#include "workspace/MedicalDocumentModel.h"
#include "workspace/MeetingModel.h"
#include "workspace/NoteDialog.h"
#include "workspace/OutcomePage.h"
#include "workspace/PlanModel.h"
#include "workspace/ProcessMapWidget.h"
#include "workspace/Ruta1Page.h"
#include "workspace/Ruta2aPage.h"
#include "workspace/Ruta2bPage.h"
#include "workspace/Ruta3Page.h"
#include "workspace/Ruta4Page.h"
#include "workspace/Ruta5Page.h"
#include "workspace/TransitionPanel.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {
// Long enough not to save between two keystrokes, short enough that a crash
// or a switch loses nothing the draft does not hold.
constexpr int AutoSaveDelayMs = 1500;
} // namespace

CaseWorkspace::CaseWorkspace(CaseService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(u"caseWorkspace"_s);
    m_autoSave = new QTimer(this);
    m_autoSave->setSingleShot(true);
    m_autoSave->setInterval(AutoSaveDelayMs);
    connect(m_autoSave, &QTimer::timeout, this, [this] {
        if (!m_conflict)
            saveChanges();
    });
    if (m_store)
        connect(m_store, &CaseService::caseChanged, this, &CaseWorkspace::onStoredCaseChanged);

    m_meetingModel = new MeetingModel(this);
    m_planModel = new PlanModel(this);
    m_complementModel = new ComplementModel(this);
    m_medicalDocumentModel = new MedicalDocumentModel(this);
    m_contactModel = new ContactModel(this);
    connect(m_meetingModel, &MeetingModel::edited, this, [this] {
        const QList<Meeting> meetings = m_meetingModel->rows();
        const QList<JournalEntry> adviceNotes = notesOfNewAdvice(m_record.meetings, meetings);
        requestChange(tr("Edit meeting"), {}, [meetings, adviceNotes](CaseRecord &r) {
            r.meetings = meetings;
            r.journal += adviceNotes;
        });
        // FK's advice is documented in the journal, and a saved note cannot
        // be taken back, so it is saved at once and undo starts afresh.
        if (!adviceNotes.isEmpty() && saveChanges())
            m_undoStack->clear();
    });
    connect(m_planModel, &PlanModel::edited, this, [this] {
        requestChange(tr("Edit rehabilitation plan"), {},
                      [plan = m_planModel->rows()](CaseRecord &r) { r.plan = plan; });
    });
    connect(m_complementModel, &ComplementModel::edited, this, [this] {
        requestChange(tr("Edit complement"), {},
                      [complements = m_complementModel->rows()](CaseRecord &r) { r.complements = complements; });
    });
    connect(m_medicalDocumentModel, &MedicalDocumentModel::edited, this, [this] {
        requestChange(tr("Edit medical document"), {},
                      [documents = m_medicalDocumentModel->rows()](CaseRecord &r) { r.medicalDocuments = documents; });
    });
    connect(m_contactModel, &ContactModel::edited, this, [this] {
        requestChange(tr("Edit contact"), {},
                      [contacts = m_contactModel->rows()](CaseRecord &r) { r.contacts = contacts; });
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Header row: who, and whether everything is saved.
    auto *top = new QHBoxLayout;
    m_header = new CaseHeader(this);
    connect(m_header, &CaseHeader::revealRequested, this, &CaseWorkspace::revealPersonnummer);
    top->addWidget(m_header, 1);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(u"saveStateLabel"_s);
    top->addWidget(m_saveState);
    // Fixed texts: the stack's own actions grow with each command's name and
    // would crowd the header; the command goes in the tooltip instead.
    auto *undo = new QAction(tr("Undo"), this);
    undo->setObjectName(u"undoAction"_s);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setToolTip(tr("Undo: %1").arg(text)); });
    auto *redo = new QAction(tr("Redo"), this);
    redo->setObjectName(u"redoAction"_s);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setToolTip(tr("Redo: %1").arg(text)); });
    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setObjectName(u"saveAction"_s);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveChanges(); });
    m_shortcutActions = {undo, redo, m_saveAction};
    // The journal pane can be put away, so the box page has the width of a laptop screen.
    m_sideToggle = new QToolButton(this);
    m_sideToggle->setObjectName(u"journalToggleButton"_s);
    m_sideToggle->setText(tr("Journal"));
    m_sideToggle->setCheckable(true);
    m_sideToggle->setChecked(true);
    m_sideToggle->setToolTip(tr("Show or hide the journal and information pane"));
    m_sideToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_sideToggle);
    for (QAction *action : {undo, redo, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
        m_shortcutButtons << button;
    }
    layout->addLayout(top);

    m_dateProblems = new QLabel(this);
    m_dateProblems->setObjectName(u"dateProblemLabel"_s);
    m_dateProblems->setWordWrap(true);
    m_dateProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dateProblems->setStyleSheet(
        StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Error, true, u"padding: 4px;"_s));
    m_dateProblems->hide();
    layout->addWidget(m_dateProblems);

    m_body = new QWidget(this);
    auto *bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, m_body);
    m_splitter = splitter;
    splitter->setObjectName(u"workspaceSplitter"_s);
    splitter->setChildrenCollapsible(false);

    // Left: where the case stands and where it may go.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    m_map = new ProcessMapWidget(left);
    leftLayout->addWidget(m_map, 1);
    // The reasons a move is not open can be longer than a laptop's screen
    // leaves below the map: the map gives way down to its smallest, and
    // what still does not fit scrolls rather than being cut off.
    auto *transitionScroll = new FittingScrollArea(left);
    transitionScroll->setObjectName(u"transitionScroll"_s);
    transitionScroll->setFrameShape(QFrame::NoFrame);
    m_transitions = new TransitionPanel(transitionScroll);
    transitionScroll->setWidget(m_transitions);
    transitionScroll->setAccessibleName(tr("Move the case"));
    connect(m_transitions, &TransitionPanel::contentChanged, transitionScroll, &FittingScrollArea::contentChanged);
    leftLayout->addWidget(transitionScroll);
    connect(m_map, &ProcessMapWidget::transitionRequested, this, &CaseWorkspace::requestTransition);
    connect(m_transitions, &TransitionPanel::transitionRequested, this, &CaseWorkspace::requestTransition);

    // Centre: a page per box.
    m_pageTabs = new QTabWidget(splitter);
    m_pageTabs->setObjectName(u"pageTabs"_s);
    m_pageTabs->setUsesScrollButtons(true);
    m_ruta2b = new Ruta2bPage(m_pageTabs);
    connect(m_ruta2b, &Ruta2bPage::ownReasonEdited, this, [this](const QString &reason) {
        if (m_caseId.isEmpty() || !m_store)
            return;
        if (const WriteResult written = m_store->setNoCoordinationReason(m_caseId, reason); !written.ok())
            MessageBox::warning(this, tr("Not saved"), tr("The reason could not be saved: %1").arg(written.message));
    });
    m_pages = {new Ruta1Page(m_meetingModel, m_medicalDocumentModel, m_contactModel, m_pageTabs),
               new Ruta2aPage(m_complementModel, m_pageTabs),
               m_ruta2b,
               new Ruta3Page(m_pageTabs),
               new Ruta4Page(m_meetingModel, m_planModel, m_pageTabs),
               new Ruta5Page(m_planModel, m_pageTabs),
               new OutcomePage(Stage::Ruta6a, m_pageTabs),
               new OutcomePage(Stage::Ruta6b, m_pageTabs)};
    for (CasePage *page : std::as_const(m_pages)) {
        const int index = m_pageTabs->addTab(page, stageNumber(page->stage()));
        m_pageTabs->setTabToolTip(index, tr("Box %1: %2").arg(stageNumber(page->stage()), stageTitle(page->stage())));
        connect(page, &CasePage::changeRequested, this, &CaseWorkspace::requestChange);
    }
    // What goes to FK has its own page beside the boxes: it is written in
    // any box once there is consent.
    m_forFkPage = new ForFkPage(m_pageTabs);
    const int forFkTab = m_pageTabs->addTab(m_forFkPage, tr("To FK"));
    m_pageTabs->setTabToolTip(forFkTab, tr("Till Försäkringskassan: what FK is told beyond the medical documentation"));
    connect(m_forFkPage, &CasePage::changeRequested, this, &CaseWorkspace::requestChange);

    // Right: the journal and the facts of the source documents.
    auto *side = new QTabWidget(splitter);
    m_side = side;
    side->setObjectName(u"sideTabs"_s);
    m_journal = new JournalPanel(side);
    m_information = new InformationPanel(side);
    side->addTab(m_journal, tr("Journal"));
    side->addTab(m_information, tr("Information"));
    connect(m_journal, &JournalPanel::noteAdded, this, [this](const QString &text) {
        JournalEntry entry;
        entry.date = Clock::today();
        entry.author = journalAuthor();
        entry.text = text;
        requestChange(tr("Add journal note"), {}, [entry](CaseRecord &r) { r.journal.append(entry); });
        // A note is documentation: it goes to the store at once, and a saved
        // note cannot be taken back, so undo starts afresh.
        if (saveChanges())
            m_undoStack->clear();
    });
    connect(m_journal, &JournalPanel::markWrongRequested, this, [this](int index, const QString &reason) {
        const QDate today = Clock::today();
        const QString author = journalAuthor();
        requestChange(tr("Mark journal note as wrong"), {}, [index, reason, today, author](CaseRecord &r) {
            if (index < 0 || index >= r.journal.size() || r.journal.at(index).isMarkedWrong())
                return;
            r.journal[index].markedWrongDate = today;
            r.journal[index].markedWrongReason = reason;
            r.journal[index].markedWrongBy = author;
        });
        if (saveChanges())
            m_undoStack->clear();
    });

    splitter->addWidget(left);
    splitter->addWidget(m_pageTabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({260, 700, 280});
    // The user's pane sizes and whether the journal shows, from last time.
    const QSettings settings;
    splitter->restoreState(settings.value(u"workspace/splitter"_s).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(u"workspace/splitter"_s, splitter->saveState()); });
    // On a laptop's screen the box page needs the journal's width, so there
    // the journal starts put away, one click from view.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool wideScreen = !screen || screen->availableGeometry().width() >= 1600;
    const bool sideShown = settings.value(u"workspace/journalShown"_s, wideScreen).toBool();
    m_sideToggle->setChecked(sideShown);
    side->setVisible(sideShown);
    connect(m_sideToggle, &QToolButton::toggled, this, &CaseWorkspace::setSideVisible);
    bodyLayout->addWidget(splitter);
    layout->addWidget(m_body, 1);

    connect(m_undoStack, &QUndoStack::indexChanged, this, &CaseWorkspace::updateSaveState);
    m_header->clear();
    m_body->setEnabled(false);
    updateSaveState();
}

CaseWorkspace::~CaseWorkspace()
{
    // The undo stack and the timer are children, destroyed by ~QObject after
    // this class is gone; the stack emits indexChanged as it clears itself,
    // which must not reach updateSaveState() on a half-destroyed workspace.
    m_autoSave->stop();
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_autoSave, nullptr, this, nullptr);
}

void CaseWorkspace::revealPersonnummer()
{
    if (m_caseId.isEmpty() || !m_store)
        return;
    const auto answer = MessageBox::question(
        this, tr("Show personnummer"),
        tr("Show the full personnummer of case %1? Make sure no one else can see the screen. This is written to "
           "the audit log.")
            .arg(m_caseId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const WriteResult audited = m_store->audit(m_caseId, u"reveal"_s, u"header: personnummer"_s); !audited.ok()) {
        MessageBox::warning(this, tr("Show personnummer"),
                            tr("The personnummer stays hidden: %1").arg(audited.message));
        return;
    }
    m_header->reveal();
}

QString CaseWorkspace::journalAuthor() const
{
    // Signed with the name in "My details"; the login name only without one.
    const QString myName = MyDetails::load().name;
    return !myName.isEmpty() ? myName : (m_store ? m_store->user() : QString());
}

QList<JournalEntry> CaseWorkspace::notesOfNewAdvice(const QList<Meeting> &before, const QList<Meeting> &after) const
{
    QList<JournalEntry> notes;
    if (after.size() < before.size())
        return notes; // a meeting removed: the rest only moved up
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Meeting &meeting = after.at(i);
        const bool changed = i >= before.size() || before.at(i).outcome != meeting.outcome;
        if (meeting.kind != MeetingKind::Konsultationsteam || !meeting.outcome || !changed)
            continue;
        JournalEntry entry;
        entry.date = Clock::today();
        entry.author = journalAuthor();
        entry.text = process::adviceNote(meeting.date, *meeting.outcome, meeting.notes);
        notes << entry;
    }
    return notes;
}

void CaseWorkspace::showEvent(QShowEvent *event)
{
    // In a main window its menu carries Ctrl+S, Ctrl+Z and Ctrl+Shift+Z; the
    // same keys here too would make both ambiguous, so they are the
    // workspace's own only when it is a window by itself.
    const bool standalone = isWindow();
    const QList<QKeySequence> keys[] = {
        {QKeySequence::Undo}, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}, {QKeySequence::Save}};
    for (int i = 0; i < m_shortcutActions.size(); ++i)
        m_shortcutActions.at(i)->setShortcuts(standalone ? keys[i] : QList<QKeySequence>());
    // One set of Save, Undo and Redo on screen: the main window's toolbar,
    // or these buttons when the workspace stands alone.
    for (QToolButton *button : std::as_const(m_shortcutButtons))
        button->setVisible(standalone);
    QWidget::showEvent(event);
}

void CaseWorkspace::changeEvent(QEvent *event)
{
    // The pages' state colours are fitted to the palette: a theme chosen
    // while a case is open repaints them in the new one, once the pages
    // have the new palette too (they get it after the workspace).
    if (event->type() == QEvent::PaletteChange && !caseId().isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!caseId().isEmpty())
                    refresh();
            },
            Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

QString CaseWorkspace::draftPath(const CaseService &service, const QString &id)
{
    const QString store = service.identity();
    if (store.isEmpty() || !caseId::isValid(id))
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts/"_s + store + u'/' + id
        + u".json"_s;
}

QString CaseWorkspace::draftPath() const
{
    return m_store && !m_caseId.isEmpty() ? draftPath(*m_store, m_caseId) : QString();
}

void CaseWorkspace::openCase(const QString &id)
{
    if (!m_caseId.isEmpty() && id == m_caseId)
        return;
    // Nothing is lost on a switch: a refused save keeps its draft on disk.
    if (hasUnsavedChanges())
        saveChanges();
    m_autoSave->stop();
    m_undoStack->clear();
    m_conflict = false;
    rememberScrollPositions();
    const auto stored = m_store ? m_store->openCase(id) : ReadResult<StoredCase>::absent();
    if (!stored) {
        m_caseId.clear();
        m_record = m_savedRecord = CaseRecord{};
        m_header->clear();
        m_body->setEnabled(false);
        updateSaveState();
        // The real reason: a case that cannot be read or whose opening
        // cannot be recorded is not "missing".
        if (!stored.ok())
            MessageBox::warning(this, tr("Case not opened"),
                                tr("The case %1 was not opened: %2").arg(echo::cut(id), stored.error));
        else if (!id.isEmpty())
            MessageBox::warning(this, tr("Case not found"), tr("The case %1 is not in the store.").arg(echo::cut(id)));
        return;
    }
    m_caseId = id;
    m_refusedDates.clear();
    takeStored(*stored);
    m_body->setEnabled(true);
    refresh();
    showStagePage(m_record.stage);
    restoreScrollPositions();
    offerDraft(*stored);
}

void CaseWorkspace::rememberScrollPositions()
{
    if (m_caseId.isEmpty())
        return;
    QList<int> positions;
    for (CasePage *page : std::as_const(m_pages))
        positions << page->scrollArea()->verticalScrollBar()->value();
    m_scrollPositions.insert(m_caseId, positions);
}

void CaseWorkspace::restoreScrollPositions()
{
    const QList<int> positions = m_scrollPositions.value(m_caseId);
    // After the pages have been laid out for this case's content.
    QTimer::singleShot(0, this, [this, positions, id = m_caseId] {
        if (id != m_caseId)
            return;
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages.at(i)->scrollArea()->verticalScrollBar()->setValue(i < positions.size() ? positions.at(i) : 0);
    });
}

void CaseWorkspace::setSideVisible(bool visible)
{
    m_side->setVisible(visible);
    QSettings().setValue(u"workspace/journalShown"_s, visible);
}

QString CaseWorkspace::caseId() const
{
    return m_caseId;
}

bool CaseWorkspace::hasUnsavedChanges() const
{
    return !m_caseId.isEmpty() && m_record != m_savedRecord;
}

QUndoStack *CaseWorkspace::undoStack() const
{
    return m_undoStack;
}

void CaseWorkspace::takeStored(const StoredCase &stored)
{
    m_record = stored.record;
    m_savedRecord = stored.record;
    m_revision = stored.revision;
    m_updated = stored.updated;
    const auto reason = m_store ? m_store->noCoordinationReason(stored.record.id) : ReadResult<QString>::absent();
    m_ruta2b->setOwnReason(reason.valueOr({}));
}

bool CaseWorkspace::saveChanges()
{
    if (m_caseId.isEmpty() || !m_store)
        return true;
    m_autoSave->stop();
    if (!hasUnsavedChanges())
        return true;
    if (m_saving)
        return false; // a save is already asking the user something
    m_saving = true;
    const WriteResult result = m_store->saveCase(m_record, m_revision);
    m_saving = false;
    switch (result.status) {
    case WriteResult::Saved:
        m_revision = result.revision;
        // The store stamps what is new in the journal (when a note was
        // registered, who marked one wrong): the journal shows it at once.
        if (const auto stored = m_store->loadCase(m_caseId); stored && stored->revision == m_revision)
            m_record.journal = stored->record.journal;
        m_savedRecord = m_record;
        m_updated = QDateTime::currentDateTimeUtc();
        m_conflict = false;
        removeDraft();
        refresh();
        return true;
    case WriteResult::Conflict:
        m_conflict = true;
        updateSaveState();
        handleConflict();
        return false;
    case WriteResult::Invalid:
    case WriteResult::Failed:
        updateSaveState();
        MessageBox::warning(this, tr("Not saved"),
                            tr("The case could not be saved: %1\n\nYour changes are kept here and in a draft, "
                               "so nothing is lost.")
                                .arg(result.message));
        return false;
    }
    return false;
}

void CaseWorkspace::handleConflict()
{
    const auto answer = MessageBox::warning(
        this, tr("Changed elsewhere"),
        tr("Case %1 was saved elsewhere after you opened it, so your changes were not saved.\n\n"
           "Reload loads the other version and discards your unsaved changes. Keep editing keeps your changes "
           "here and in a draft; nothing is saved automatically until you reload or save again.")
            .arg(m_caseId),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Reset, tr("Reload…")}, {QMessageBox::Cancel, tr("Keep editing")}});
    if (answer != QMessageBox::Reset)
        return;
    const auto confirm = MessageBox::question(
        this, tr("Discard your changes?"),
        tr("Discard your unsaved changes to case %1 and load the version saved elsewhere?").arg(m_caseId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (confirm == QMessageBox::Yes)
        reloadFromStore();
}

void CaseWorkspace::onStoredCaseChanged(const QString &id, qint64 revision)
{
    // Our own saves are in already; another window's change (advice recorded
    // in a konsultationsteam meeting) is taken in at once when nothing here
    // is unsaved, so the next save is not a conflict of our own making.
    if (id != m_caseId || revision <= m_revision || m_saving)
        return;
    if (hasUnsavedChanges()) {
        m_saveState->setText(tr("Changed elsewhere: save to see whether it conflicts"));
        return;
    }
    reloadFromStore();
}

void CaseWorkspace::reloadFromStore()
{
    const auto stored = m_store->loadCase(m_caseId);
    if (!stored) {
        MessageBox::warning(this, tr("Not reloaded"),
                            stored.ok() ? tr("The case %1 is not in the store.").arg(m_caseId)
                                        : tr("The case %1 could not be read: %2").arg(m_caseId, stored.error));
        return;
    }
    m_autoSave->stop();
    takeStored(*stored);
    m_conflict = false;
    m_undoStack->clear();
    removeDraft();
    refresh();
}

void CaseWorkspace::offerDraft(const StoredCase &stored)
{
    const QString path = draftPath();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.exists())
        return;
    const QDateTime draftTime = QFileInfo(file).lastModified().toUTC();
    if (stored.updated.isValid() && draftTime <= stored.updated) {
        // The store has been saved since: the draft is older than what it holds.
        removeDraft();
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray bytes;
    const bool read = inputLimits::readBounded(file, &bytes) == inputLimits::ReadOutcome::Read;
    file.close();
    const caseDocument::ReadResult draft = read ? caseDocument::read(bytes, Clock::today())
                                                : caseDocument::ReadResult{};
    if (!draft || draft.record->id != m_caseId || *draft.record == m_record) {
        if (draft && *draft.record == m_record)
            removeDraft();
        return;
    }
    // Whose changes they are, before anything is restored: the person the
    // draft is about and the store it belongs to.
    const auto answer = MessageBox::question(
        this, tr("Restore unsaved changes?"),
        tr("Changes to case %1 (%2) from %3 were not saved (the program may have closed unexpectedly).\n\n"
           "%4\n\nRestore them?")
            .arg(m_caseId, draft.record->person.name.isEmpty() ? tr("no name") : echo::cut(draft.record->person.name),
                 QLocale().toString(draftTime.toLocalTime(), QLocale::ShortFormat), m_store->description()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        removeDraft();
        return;
    }
    CaseRecord restored = *draft.record;
    // The box only changes through transitions in the store.
    restored.stage = m_record.stage;
    requestChange(tr("Restore unsaved changes"), {}, [restored](CaseRecord &r) { r = restored; });
}

QString CaseWorkspace::writeDraft() const
{
    const QString path = draftPath();
    if (path.isEmpty())
        return {};
    const QString folder = QFileInfo(path).absolutePath();
    StoreFile::makePrivateFolder(QFileInfo(folder).absolutePath());
    if (!StoreFile::makePrivateFolder(folder))
        return tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(folder));
    // Personal data: readable by the user alone from the first byte, never
    // written through a link, and whole or not at all.
    OutputFile file(path);
    QString error;
    if (!file.create(&error) || !file.write(caseDocument::write(m_record), &error) || !file.commit(&error))
        return error;
    return {};
}

void CaseWorkspace::removeDraft() const
{
    if (const QString path = draftPath(); !path.isEmpty())
        QFile::remove(path);
}

void CaseWorkspace::requestChange(const QString &description, const QString &mergeKey, const CaseChange &change)
{
    if (m_caseId.isEmpty())
        return;
    CaseRecord next = m_record;
    change(next);
    if (next == m_record)
        return;
    // Dates that cannot be true are not taken; the fields go back to what
    // the case holds and say why.
    const QList<DateConflict> impossible = newDateConflicts(m_record, next, Clock::today());
    if (!impossible.isEmpty()) {
        m_refusedDates = impossible;
        refresh();
        return;
    }
    m_refusedDates.clear();
    m_undoStack->push(new CaseEditCommand(description, mergeKey, m_record, next,
                                          [this](const CaseRecord &record) { applyRecord(record); }));
}

void CaseWorkspace::applyRecord(const CaseRecord &record)
{
    m_record = record;
    refresh();
    afterEdit();
}

void CaseWorkspace::afterEdit()
{
    if (hasUnsavedChanges()) {
        m_draftError = writeDraft();
        if (!m_conflict)
            m_autoSave->start();
    } else {
        removeDraft();
        m_autoSave->stop();
    }
    updateSaveState();
}

void CaseWorkspace::refresh()
{
    m_assessment = assess(m_record, Clock::today());
    m_header->display(m_record, m_assessment);
    m_map->setState(m_record.stage, process::passedStages(m_record), m_assessment.transitions);
    m_map->setHistory(m_record.stageHistory);
    m_transitions->display(m_record.stage, m_assessment.transitions, m_assessment.suggestedStage);
    m_meetingModel->setMeetings(m_record.meetings, m_assessment.deadlines);
    m_planModel->setRows(m_record.plan);
    m_complementModel->setRows(m_record.complements);
    m_medicalDocumentModel->setRows(m_record.medicalDocuments);
    m_contactModel->setRows(m_record.contacts);
    for (CasePage *page : std::as_const(m_pages))
        page->display(m_record, m_assessment);
    m_forFkPage->display(m_record, m_assessment);
    m_journal->display(m_record.journal, m_savedRecord.journal.size());
    // The box page wins the room: the map and the journal give way before
    // the page would have to scroll sideways.
    int pageWidth = m_forFkPage->neededWidth();
    for (const CasePage *page : std::as_const(m_pages))
        pageWidth = std::max(pageWidth, page->neededWidth());
    m_pageTabs->setMinimumWidth(pageWidth + 2 * m_pageTabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4);
    for (int i = 0; i < m_pages.size(); ++i) {
        const Stage stage = m_pages.at(i)->stage();
        // The current box's tab is marked, since the box is the first thing asked.
        m_pageTabs->setTabText(i,
                               stage == m_record.stage ? u"\u25B6 %1"_s.arg(stageNumber(stage)) : stageNumber(stage));
    }
    showDateProblems();
    updateSaveState();
}

void CaseWorkspace::showDateProblems()
{
    const QList<DateConflict> recorded = m_caseId.isEmpty() ? QList<DateConflict>()
                                                            : dateConflicts(m_record, Clock::today());
    QStringList lines;
    for (const DateConflict &conflict : recorded)
        lines << tr("Check the dates: %1").arg(conflict.message());
    for (const DateConflict &conflict : std::as_const(m_refusedDates))
        lines << tr("Not taken: %1").arg(conflict.message());
    m_dateProblems->setText(lines.join(u'\n'));
    m_dateProblems->setVisible(!lines.isEmpty());

    for (DateEdit *edit : findChildren<DateEdit *>()) {
        if (edit->caseField().isEmpty())
            continue;
        QStringList problems;
        const auto concerns = [edit](const DateConflict &c) {
            return c.field == edit->caseField() || c.otherField == edit->caseField();
        };
        for (const DateConflict &conflict : recorded) {
            if (concerns(conflict))
                problems << conflict.message();
        }
        bool refusedHere = false;
        for (const DateConflict &conflict : std::as_const(m_refusedDates)) {
            if (concerns(conflict)) {
                problems << tr("Not taken: %1").arg(conflict.message());
                refusedHere |= edit->hasFocus();
            }
        }
        edit->setProblem(problems.join(u'\n'));
        // Said where the user is looking, not only in the line above.
        if (refusedHere && edit->isVisible())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), edit->problem(), edit);
    }
}

void CaseWorkspace::showStagePage(Stage stage)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->stage() == stage)
            m_pageTabs->setCurrentIndex(i);
    }
}

void CaseWorkspace::updateSaveState()
{
    m_saveAction->setEnabled(hasUnsavedChanges());
    Q_EMIT saveStateChanged();
    if (m_caseId.isEmpty())
        m_saveState->clear();
    else if (m_conflict)
        m_saveState->setText(tr("Not saved: changed elsewhere"));
    else if (hasUnsavedChanges() && !m_draftError.isEmpty())
        m_saveState->setText(tr("Unsaved changes; no draft could be kept (%1)").arg(m_draftError));
    else if (hasUnsavedChanges())
        m_saveState->setText(tr("Unsaved changes…"));
    else
        m_saveState->setText(tr("All changes saved"));
}

void CaseWorkspace::requestTransition(Stage target)
{
    if (m_caseId.isEmpty() || !m_store)
        return;
    // A transition is stored against the saved case; edits go first.
    if (hasUnsavedChanges() && !saveChanges())
        return;
    const Transition *transition = m_assessment.transitionTo(target);
    if (!transition || !transition->allowed) {
        MessageBox::information(this, tr("Not possible now"),
                                transition ? transition->reason : tr("The case is already in this box."));
        return;
    }
    const QString note = NoteDialog::ask(this, tr("Move to box %1").arg(stageNumber(target)),
                                         tr("A short note for the journal: why the case moves to box %1 (%2).")
                                             .arg(stageNumber(target), stageTitle(target)),
                                         u"transitionNoteEdit"_s);
    if (note.isEmpty())
        return;
    m_saving = true;
    const WriteResult result = m_store->transition(m_caseId, target, note, m_revision, Clock::today(), journalAuthor());
    m_saving = false;
    switch (result.status) {
    case WriteResult::Saved:
        // Undo cannot reach back across a transition: the store has moved on.
        m_undoStack->clear();
        reloadFromStore();
        showStagePage(m_record.stage);
        return;
    case WriteResult::Conflict:
        m_conflict = true;
        updateSaveState();
        handleConflict();
        return;
    case WriteResult::Invalid:
    case WriteResult::Failed:
        MessageBox::warning(this, tr("Not moved"), tr("The case was not moved: %1").arg(result.message));
        return;
    }
}

} // namespace samordna::ui
