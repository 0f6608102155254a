// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/CaseEditCommand.h"

namespace samordna::ui {

namespace {
// Every mergeable edit shares one id; the merge key decides.
constexpr int MergeableId = 0x5a4d;
} // namespace

CaseEditCommand::CaseEditCommand(const QString &text, const QString &mergeKey, CaseRecord before, CaseRecord after,
                                 Apply apply)
    : QUndoCommand(text)
    , m_mergeKey(mergeKey)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
}

void CaseEditCommand::undo()
{
    m_apply(m_before);
}

void CaseEditCommand::redo()
{
    m_apply(m_after);
}

int CaseEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool CaseEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const CaseEditCommand *>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace samordna::ui
