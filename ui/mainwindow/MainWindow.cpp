// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"

#include "caselist/CaseListPanel.h"
#include "caselist/NewCaseDialog.h"
#include "caselist/TodoPanel.h"
#include "common/MessageBox.h"
#include "common/StateColors.h"
#include "common/Theme.h"
#include "common/WheelGuard.h"
#include "documents/DocumentPreview.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/ListPaneSharing.h"
#include "meeting/Konsultationsteam.h"
#include "offline/CheckoutDialog.h"
#include "offline/SyncDialog.h"
#include "service/CaseService.h"
#include "settings/SettingsDialog.h"
#include "stats/FollowUpWindow.h"
#include "store/ConnectionWatcher.h"
#include "store/OpenStoreDialog.h"
#include "sync/Checkout.h"
#include "sync/OfflineFile.h"
#include "util/Clock.h"
#include "util/ProgramInfo.h"
#include "workspace/CaseWorkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString SplitterKey = u"mainWindow/paneSizes"_s;
const QString LanguageKey = u"ui/language"_s;
} // namespace

MainWindow::MainWindow(CaseService *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sideTabs(new QTabWidget(this))
    , m_caseList(new CaseListPanel(store, this))
    , m_todo(new TodoPanel(store, this))
    , m_workspaceStack(new QStackedWidget(this))
    , m_emptyWorkspace(new QLabel(this))
    , m_workspace(new CaseWorkspace(store, this))
    , m_readOnlyBanner(new QLabel(this))
    , m_offlineBanner(new QLabel(this))
    , m_checkoutNote(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Samordna"));
    WheelGuard::install();

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_sideTabs->setObjectName(u"sideTabs"_s);
    m_sideTabs->addTab(m_caseList, tr("Cases"));
    m_sideTabs->addTab(m_todo, tr("To do"));
    m_sideTabs->setTabToolTip(0, tr("Every case, with search and filters (Ctrl+F)"));
    m_sideTabs->setTabToolTip(1, tr("Deadlines and missing steps across all cases"));

    m_emptyWorkspace->setObjectName(u"emptyWorkspaceLabel"_s);
    m_emptyWorkspace->setAlignment(Qt::AlignCenter);
    m_emptyWorkspace->setWordWrap(true);
    m_emptyWorkspace->setMargin(24);
    m_emptyWorkspace->setText(tr("<p style='font-size:large'>No case is open.</p>"
                                 "<p>Open a case from the list (double-click or Enter), "
                                 "or create one with Ctrl+N.</p><p>F1 explains boxes 1–6b.</p>"));
    m_workspace->setObjectName(u"caseWorkspace"_s);
    m_workspaceStack->setObjectName(u"workspaceStack"_s);
    m_workspaceStack->addWidget(m_emptyWorkspace);
    // A scroll area, so the open case's own minimum size never pushes the
    // window past the screen or squeezes the lists.
    auto *workspaceScroll = new QScrollArea(this);
    workspaceScroll->setObjectName(u"workspaceScrollArea"_s);
    workspaceScroll->setAccessibleName(tr("The open case"));
    workspaceScroll->setWidgetResizable(true);
    workspaceScroll->setFrameShape(QFrame::NoFrame);
    workspaceScroll->setWidget(m_workspace);
    m_workspaceStack->addWidget(workspaceScroll);

    m_splitter->addWidget(m_sideTabs);
    m_splitter->addWidget(m_workspaceStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The lists stay readable however much room the open case asks for.
    m_sideTabs->setMinimumWidth(320);

    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    // Why, and what follows from it: nothing is saved, and nothing is shown
    // that would have to be written to the audit log first.
    m_readOnlyBanner->setText(
        tr("This store is open read-only (%1): nothing can be saved, and cases cannot be opened, because their "
           "opening cannot be written to the audit log.")
            .arg(m_store->connection().readOnlyReason()));
    m_readOnlyBanner->setWordWrap(true);
    const StateColors colours(palette());
    m_readOnlyBanner->setStyleSheet(colours.styleSheet(
        u"QLabel"_s, ColorState::Warning, true,
        u"padding: 6px; border-bottom: 1px solid %1;"_s.arg(colours.border(ColorState::Warning).name())));
    m_readOnlyBanner->setVisible(m_store->isReadOnly());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_checkoutNote);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_storeLabel->setObjectName(u"storePathLabel"_s);
    m_countLabel->setObjectName(u"caseCountStatusLabel"_s);
    m_storeLabel->setText(m_store->description());
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeLabel, 1);
    m_connectionLabel->setObjectName(u"connectionStateLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    // A team store's session comes back by itself; the label says so.
    if (m_store->connection().isServer())
        new ConnectionWatcher(m_store, m_connectionLabel, this);
    else
        m_connectionLabel->hide();

    createActions();
    createMenus();

    connect(m_caseList, &CaseListPanel::caseActivated, this, &MainWindow::openCase);
    connect(m_todo, &TodoPanel::caseActivated, this, &MainWindow::openCase);
    // The lists follow the case service themselves; the window keeps its count.
    connect(m_store, &CaseService::casesAdded, this, &MainWindow::updateStatus);

    m_offlineBanner->setObjectName(u"offlineBanner"_s);
    m_offlineBanner->setWordWrap(true);
    m_checkoutNote->setObjectName(u"checkoutNoteLabel"_s);
    m_checkoutNote->setWordWrap(true);
    m_checkoutNote->setStyleSheet(colours.styleSheet(u"QLabel"_s, ColorState::DueSoon, true, u"padding: 4px 6px;"_s));
    m_checkoutNote->hide();
    // A case someone else took along is still theirs to change here; what
    // both do is merged when the file comes back.
    connect(m_store, &CaseService::caseChanged, this, [this](const QString &id) {
        if (id == m_workspace->caseId())
            updateCheckoutNote(id);
    });

    m_todo->rebuild();
    updateStatus();
    updateOfflineBanner();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QString(text).remove(u'&') + u" ("_s + shortcut.toString(QKeySequence::NativeText)
                               + u')');
        }
        addAction(action);
        return action;
    };
    m_newCaseAction = make(u"newCaseAction"_s, tr("&New case…"), QKeySequence(u"Ctrl+N"_s));
    m_openStoreAction = make(u"openStoreAction"_s, tr("&Open store…"), QKeySequence(u"Ctrl+O"_s));
    m_findAction = make(u"findAction"_s, tr("&Find case"), QKeySequence(u"Ctrl+F"_s));
    m_saveAction = make(u"saveAction"_s, tr("&Save"), QKeySequence(u"Ctrl+S"_s));
    m_undoAction = make(u"undoAction"_s, tr("&Undo"), QKeySequence(u"Ctrl+Z"_s));
    m_redoAction = make(u"redoAction"_s, tr("&Redo"), QKeySequence(u"Ctrl+Shift+Z"_s));
    m_helpAction = make(u"helpAction"_s, tr("&Help: boxes 1–6b"), QKeySequence(Qt::Key_F1));
    m_aboutAction = make(u"aboutAction"_s, tr("&About Samordna"), {});
    m_quitAction = make(u"quitAction"_s, tr("&Quit"), QKeySequence(u"Ctrl+Q"_s));

    // Language names are written in their own language, so anyone can find theirs.
    auto *languages = new QActionGroup(this);
    m_languageSvAction = make(u"languageSvAction"_s, u"Svenska"_s, {});
    m_languageEnAction = make(u"languageEnAction"_s, u"English"_s, {});
    for (QAction *action : {m_languageSvAction, m_languageEnAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    const QString saved = QSettings().value(LanguageKey, u"sv"_s).toString();
    (saved == u"en" ? m_languageEnAction : m_languageSvAction)->setChecked(true);

    const bool writable = !m_store->isReadOnly();
    m_newCaseAction->setEnabled(writable);
    // Save acts only when the open case has unsaved changes.
    m_saveAction->setEnabled(false);
    connect(m_workspace, &CaseWorkspace::saveStateChanged, this,
            [this] { m_saveAction->setEnabled(!m_store->isReadOnly() && m_workspace->hasUnsavedChanges()); });

    QUndoStack *stack = m_workspace->undoStack();
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    if (stack) {
        connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    }

    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);
    connect(m_saveAction, &QAction::triggered, this, [this] { m_workspace->saveChanges(); });
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_languageSvAction, &QAction::triggered, this, [this] { chooseLanguage(u"sv"_s); });
    connect(m_languageEnAction, &QAction::triggered, this, [this] { chooseLanguage(u"en"_s); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Case"));
    file->addAction(m_newCaseAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_openStoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    // A konsultationsteam meeting spans many cases, so it has a menu of its own.
    QMenu *meetings = menuBar()->addMenu(tr("&Meetings"));
    QAction *konsultationsteam = meetings->addAction(tr("&Konsultationsteam…"));
    konsultationsteam->setObjectName(u"konsultationsteamAction"_s);
    konsultationsteam->setShortcut(QKeySequence(u"Ctrl+K"_s));
    connect(konsultationsteam, &QAction::triggered, this, [this] { openKonsultationsteam(this, m_store); });

    // Figures over all cases of a period: how long each box takes, how cases end.
    QMenu *followUp = menuBar()->addMenu(tr("Follow-&up"));
    QAction *followUpReport = followUp->addAction(tr("&Follow-up report…"));
    followUpReport->setObjectName(u"followUpAction"_s);
    followUpReport->setShortcut(QKeySequence(u"Ctrl+U"_s));
    connect(followUpReport, &QAction::triggered, this, [this] { openFollowUp(this, m_store); });

    createDocumentsMenu();
    createOfflineMenu();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *settingsDialog = settings->addAction(tr("&My details and settings…"));
    settingsDialog->setObjectName(u"settingsAction"_s);
    connect(settingsDialog, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    language->addAction(m_languageSvAction);
    language->addAction(m_languageEnAction);
    settings->addMenu(theme::createMenu(settings));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newCaseAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_findAction);
    toolBar->addAction(m_helpAction);
}

void MainWindow::createDocumentsMenu()
{
    // Each document can be looked at (and printed) first, or saved as PDF
    // to attach to the application; both are audited.
    m_documentsMenu = menuBar()->addMenu(tr("&Documents"));
    m_documentsMenu->setObjectName(u"documentsMenu"_s);
    QMenu *pdf = new QMenu(tr("Save as &PDF"), m_documentsMenu);
    for (const CaseDocumentKind kind : allDocumentKinds()) {
        const QString code = documentKindCode(kind);
        QAction *preview = m_documentsMenu->addAction(documentTitle(kind) + u'…');
        preview->setObjectName(u"documentAction_"_s + code);
        connect(preview, &QAction::triggered, this, [this, kind] {
            if (prepareDocument())
                showDocumentPreview(this, m_store, m_workspace->caseId(), kind);
        });
        QAction *save = pdf->addAction(documentTitle(kind) + u'…');
        save->setObjectName(u"documentPdfAction_"_s + code);
        connect(save, &QAction::triggered, this, [this, kind] {
            if (prepareDocument())
                exportDocumentPdf(this, m_store, m_workspace->caseId(), kind);
        });
    }
    m_documentsMenu->addSeparator();
    m_documentsMenu->addMenu(pdf);
    m_documentsMenu->setEnabled(false); // until a case is open
}

bool MainWindow::prepareDocument()
{
    if (m_workspace->caseId().isEmpty())
        return false;
    return !m_workspace->hasUnsavedChanges() || m_workspace->saveChanges();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: the list, the box page and the journal stand side by
        // side, so take most of the screen rather than a fixed small size.
        const QSize available = screen()->availableGeometry().size();
        resize(available.boundedTo(QSize(1920, 1200)) * 0.92);
    }
    restoreState(settings.value(StateKey).toByteArray());
    new ListPaneSharing(
        m_splitter, [this] { return m_caseList->widthShowingAllColumns(); }, SplitterKey);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

bool MainWindow::maybeLeaveCase()
{
    if (!m_workspace->hasUnsavedChanges())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("Case %1 has changes that are not saved. Save them before you go on?").arg(m_workspace->caseId()),
        MessageBox::Buttons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel), QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return m_workspace->saveChanges();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::openCase(const QString &id)
{
    if (id.isEmpty())
        return false;
    if (id == m_workspace->caseId() && m_workspaceStack->currentIndex() == 1)
        return true;
    if (!maybeLeaveCase())
        return false;
    m_workspace->openCase(id);
    if (m_workspace->caseId() != id)
        return false; // refused; the workspace has said why
    m_workspaceStack->setCurrentIndex(1);
    m_saveAction->setEnabled(!m_store->isReadOnly() && m_workspace->hasUnsavedChanges());
    m_documentsMenu->setEnabled(!m_store->isReadOnly()); // every document is audited
    m_caseList->selectCase(id);
    updateCheckoutNote(id);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeLeaveCase()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::newCase()
{
    auto *dialog = new NewCaseDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openCase(dialog->createdCaseId()); });
    dialog->open();
}

void MainWindow::find()
{
    m_sideTabs->setCurrentWidget(m_caseList);
    m_caseList->focusSearch();
}

void MainWindow::showHelp()
{
    if (auto *existing = findChild<HelpDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    // Version, licence and where the store is: what IT and a colleague on
    // the phone ask for first.
    const QStringList facts = programinfo::summary(u"Samordna"_s, m_store->path());
    MessageBox::information(
        this, tr("About Samordna"),
        facts.first() + u"\n\n"
            + tr("Follows a case of coordinated rehabilitation for people without SGI through "
                 "boxes 1–6b of Malmö's method, together with FK.\n\nFK decides on coordination and benefits; "
                 "Samordna only shows where a case stands and what may come next.")
            + u"\n\n" + facts.mid(1).join(u'\n'));
}

void MainWindow::chooseStore()
{
    auto *dialog = new OpenStoreDialog(m_store->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString address = dialog->address();
        if (address != m_store->path() && maybeLeaveCase())
            Q_EMIT openStoreRequested(address);
    });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings settings;
    if (settings.value(LanguageKey, u"sv"_s).toString() == code)
        return;
    settings.setValue(LanguageKey, code);
    MessageBox::information(this, tr("Language"), tr("The new language is used the next time Samordna starts."));
}

void MainWindow::createOfflineMenu()
{
    const bool offlineFile = sync::OfflineFile(m_store->connection()).origin().hasValue();
    QMenu *offline = menuBar()->addMenu(tr("O&ffline"));
    offline->setObjectName(u"offlineMenu"_s);
    QAction *checkout = offline->addAction(tr("&Take along offline…"));
    checkout->setObjectName(u"checkoutAction"_s);
    checkout->setToolTip(tr("Take cases into a file for work without network, on a laptop"));
    // A file taken along is brought back before anything is taken from it.
    checkout->setEnabled(!offlineFile && !m_store->isReadOnly());
    connect(checkout, &QAction::triggered, this, [this] {
        if (!m_workspace->caseId().isEmpty() && !maybeLeaveCase())
            return;
        auto *dialog = new CheckoutDialog(m_store, m_workspace->caseId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { updateCheckoutNote(m_workspace->caseId()); });
        dialog->open();
    });
    QAction *syncAction = offline->addAction(tr("&Sync with the team store…"));
    syncAction->setObjectName(u"syncAction"_s);
    syncAction->setEnabled(offlineFile && !m_store->isReadOnly());
    connect(syncAction, &QAction::triggered, this, [this] {
        if (!maybeLeaveCase())
            return;
        auto *dialog = new SyncDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SyncDialog::emptyRequested, this, &QWidget::close, Qt::QueuedConnection);
        connect(dialog, &QDialog::finished, this, &MainWindow::updateOfflineBanner);
        dialog->open();
    });
}

void MainWindow::updateOfflineBanner()
{
    const auto origin = sync::OfflineFile(m_store->connection()).origin();
    if (!origin) {
        m_offlineBanner->hide();
        return;
    }
    const int days = QSettings().value(u"offline/maxAgeDays"_s, sync::OfflineFile::DefaultMaxAgeDays).toInt();
    const QString warning = sync::OfflineFile::ageWarning(*origin, Clock::today(), days);
    const StateColors colours(palette());
    m_offlineBanner->setStyleSheet(colours.styleSheet(
        u"QLabel"_s, warning.isEmpty() ? ColorState::DueSoon : ColorState::Warning, true, u"padding: 6px;"_s));
    m_offlineBanner->setText(
        warning.isEmpty()
            ? tr("Offline: these cases were taken along from %1 on %2. Bring the work back with Offline, Sync.")
                  .arg(origin->team, origin->takenAt.toLocalTime().date().toString(Qt::ISODate))
            : warning.left(1).toUpper() + warning.mid(1) + u'.');
    m_offlineBanner->show();
}

void MainWindow::updateCheckoutNote(const QString &caseId)
{
    // Only a team store records checkouts; a file taken along has none.
    const auto notes = sync::Checkout::notes(m_store->connection(), caseId);
    if (caseId.isEmpty() || !notes || notes->isEmpty()) {
        m_checkoutNote->hide();
        return;
    }
    QStringList texts;
    for (const sync::CheckoutNote &note : *notes)
        texts << note.text();
    m_checkoutNote->setText(tr("Case %1 is %2. You can still work on it here; both sides' work is merged when it "
                               "comes back.")
                                .arg(caseId, texts.join(u"; "_s)));
    m_checkoutNote->show();
}

void MainWindow::updateStatus()
{
    const auto count = m_store->caseCount();
    if (!count)
        m_countLabel->setText(tr("Cases cannot be counted: %1").arg(count.error));
    else
        m_countLabel->setText(*count == 1 ? tr("1 case") : tr("%1 cases").arg(*count));
}

} // namespace samordna::ui
