// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"
#include "rules/DateOrder.h"
#include "workspace/CaseChange.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace samordna {
class CaseService;
struct StoredCase;
} // namespace samordna

namespace samordna::ui {

class CaseHeader;
class CasePage;
class ComplementModel;
class ContactModel;
class ForFkPage;
class InformationPanel;
class JournalPanel;
class MedicalDocumentModel;
class MeetingModel;
class PlanModel;
class ProcessMapWidget;
class Ruta2bPage;
class TransitionPanel;

// The open case: header, process map, a page per box, journal and the
// transitions the rules allow. Edits are kept in memory with undo, written
// as a crash draft at once, and saved to the store shortly after they stop.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit CaseWorkspace(CaseService *store, QWidget *parent = nullptr);
    ~CaseWorkspace() override;

    void openCase(const QString &id);
    QString caseId() const;
    bool hasUnsavedChanges() const;
    // Saves pending edits; false when the store refused or failed, after the
    // user has been told why.
    bool saveChanges();
    QUndoStack *undoStack() const;

    // Where unsaved edits of a case in the store at `storePath` are kept
    // until they are saved: a folder per store, so a draft is never offered
    // in another store's case of the same id. Empty for an id that is not
    // a case id (no file name is built from it).
    static QString draftPath(const CaseService &store, const QString &id);

Q_SIGNALS:
    // Whether there is something to save may have changed.
    void saveStateChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Asks, audits, then shows the full personnummer in the header.
    void revealPersonnummer();
    QString journalAuthor() const;
    // A journal note for each konsultationsteam meeting whose advice an edit
    // records or changes.
    QList<JournalEntry> notesOfNewAdvice(const QList<Meeting> &before, const QList<Meeting> &after) const;
    void requestChange(const QString &description, const QString &mergeKey, const CaseChange &change);
    void applyRecord(const CaseRecord &record);
    void afterEdit();
    void refresh();
    void showStagePage(Stage stage);
    void updateSaveState();
    // Shows the record's date-order problems and the edit just refused, at
    // the date fields and in one line above the pages.
    void showDateProblems();
    void rememberScrollPositions();
    void restoreScrollPositions();
    void setSideVisible(bool visible);
    void requestTransition(Stage target);
    void handleConflict();
    void takeStored(const StoredCase &stored);
    void reloadFromStore();
    void offerDraft(const StoredCase &stored);
    // Why the draft could not be written, empty when it was.
    QString writeDraft() const;
    void onStoredCaseChanged(const QString &id, qint64 revision);
    void removeDraft() const;
    QString draftPath() const;

    CaseService *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_caseId;
    CaseRecord m_record;      // what the user sees and edits
    CaseRecord m_savedRecord; // what the store holds at m_revision
    qint64 m_revision = 0;
    QDateTime m_updated;
    Assessment m_assessment;
    bool m_saving = false;
    bool m_conflict = false; // the store holds a newer version; no auto-save until resolved
    QString m_draftError;    // why the last draft could not be written

    QTimer *m_autoSave = nullptr;
    QAction *m_saveAction = nullptr;
    QList<QAction *> m_shortcutActions; // undo, redo, save
    QList<QToolButton *> m_shortcutButtons;
    QLabel *m_saveState = nullptr;
    QLabel *m_dateProblems = nullptr;
    QList<DateConflict> m_refusedDates; // the last edit refused for its dates
    CaseHeader *m_header = nullptr;
    ProcessMapWidget *m_map = nullptr;
    TransitionPanel *m_transitions = nullptr;
    QTabWidget *m_pageTabs = nullptr;
    QList<CasePage *> m_pages;
    Ruta2bPage *m_ruta2b = nullptr;
    JournalPanel *m_journal = nullptr;
    InformationPanel *m_information = nullptr;
    MeetingModel *m_meetingModel = nullptr;
    PlanModel *m_planModel = nullptr;
    ComplementModel *m_complementModel = nullptr;
    MedicalDocumentModel *m_medicalDocumentModel = nullptr;
    ContactModel *m_contactModel = nullptr;
    ForFkPage *m_forFkPage = nullptr;
    QWidget *m_body = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_side = nullptr; // journal and information, which can be hidden
    QToolButton *m_sideToggle = nullptr;
    // Where the user was on each page of each case opened in this session.
    QHash<QString, QList<int>> m_scrollPositions;
};

} // namespace samordna::ui
