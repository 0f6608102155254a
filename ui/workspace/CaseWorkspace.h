#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace samordna {
class CaseStore;
}

namespace samordna::ui {

// The open case: header, process map, a page per box, journal and the
// transitions the rules allow. Edits are kept in memory with undo and saved
// to the store shortly after they stop.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit CaseWorkspace(CaseStore *store, QWidget *parent = nullptr);
    ~CaseWorkspace() override;

    void openCase(const QString &id);
    QString caseId() const;
    bool hasUnsavedChanges() const;
    // Saves pending edits; false when the store refused or failed, after the
    // user has been told why.
    bool saveChanges();
    QUndoStack *undoStack() const;

Q_SIGNALS:
    // After every successful save or transition.
    void caseChanged(const QString &id);

private:
    CaseStore *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_caseId;
};

} // namespace samordna::ui
