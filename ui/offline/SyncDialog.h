// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/OfflineSync.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class ConflictView;

// Brings the work in a file taken along back to its team store: one row per
// case (pushed, pulled, merged, conflict, unchanged), the conflicts side by
// side to choose from, and, once everything is in, the file emptied
// ("Töm efter synk", on unless unticked).
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    // `file` is the store open in the window: a file taken along.
    explicit SyncDialog(CaseService *file, QWidget *parent = nullptr);

    // Runs the sync now (the Sync button).
    void syncNow();
    ConflictView *conflictView() const { return m_conflicts; }

    // The property of the application that names the store file to empty
    // once Samordna has closed it.
    static const char *EmptyOnExitProperty;

Q_SIGNALS:
    // Everything is in and the file is to be emptied: the window closes.
    void emptyRequested();

private:
    void showResult(const sync::SyncResult &result);
    void refreshConflicts();
    void choose(const QString &caseId, const QString &field, sync::FieldChoice::Side side);

    CaseService *m_file;
    QLabel *m_origin = nullptr;
    QCheckBox *m_emptyAfter = nullptr;
    QPushButton *m_syncButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_results = nullptr;
    ConflictView *m_conflicts = nullptr;
};

} // namespace samordna::ui
