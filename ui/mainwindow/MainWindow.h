// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class CaseListPanel;
class CaseWorkspace;
class TodoPanel;

// The application frame: the case list and "Att göra" on the left, the open
// case on the right, the actions in the menus and the toolbar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store must outlive the window.
    explicit MainWindow(CaseService *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a case in the workspace, first asking what to do with unsaved
    // changes in the one open; false when the user chose to stay.
    bool openCase(const QString &id);
    // Asks Save/Discard/Cancel when the open case has unsaved changes;
    // true when it is fine to leave it.
    bool maybeLeaveCase();

    CaseListPanel *caseList() const { return m_caseList; }
    TodoPanel *todo() const { return m_todo; }
    CaseWorkspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    // The user chose another store to work in ("Open store…"), after the
    // open case's unsaved changes were dealt with.
    void openStoreRequested(const QString &address);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocumentsMenu();
    // Saves pending edits first, so the document shows what the user sees.
    bool prepareDocument();
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void newCase();
    void find();
    void showHelp();
    void showAbout();
    void chooseStore();
    void chooseLanguage(const QString &code);
    void updateStatus();
    // Work taken along offline: the menu, the file's banner, who has the open case.
    void createOfflineMenu();
    void updateOfflineBanner();
    void updateCheckoutNote(const QString &caseId);

    CaseService *m_store = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    CaseListPanel *m_caseList = nullptr;
    TodoPanel *m_todo = nullptr;
    QStackedWidget *m_workspaceStack = nullptr;
    QLabel *m_emptyWorkspace = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_offlineBanner = nullptr;
    QLabel *m_checkoutNote = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_connectionLabel = nullptr; // a team store's lost and restored session

    QAction *m_newCaseAction = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_languageSvAction = nullptr;
    QAction *m_languageEnAction = nullptr;
    QMenu *m_documentsMenu = nullptr; // the open case's documents
};

} // namespace samordna::ui
