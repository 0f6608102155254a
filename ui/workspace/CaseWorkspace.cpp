#include "workspace/CaseWorkspace.h"

#include "store/CaseStore.h"

#include <QUndoStack>

namespace samordna::ui {

CaseWorkspace::CaseWorkspace(CaseStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
}

CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::openCase(const QString &id)
{
    m_caseId = id;
    m_undoStack->clear();
}

QString CaseWorkspace::caseId() const
{
    return m_caseId;
}

bool CaseWorkspace::hasUnsavedChanges() const
{
    return false;
}

bool CaseWorkspace::saveChanges()
{
    return true;
}

QUndoStack *CaseWorkspace::undoStack() const
{
    return m_undoStack;
}

} // namespace samordna::ui
