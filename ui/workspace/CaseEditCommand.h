// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QUndoCommand>

#include <functional>

namespace samordna::ui {

// An edit of the open case, kept as the record before and after, so undo and
// redo restore exactly what the user saw. Consecutive edits of the same field
// (typing) merge into one step.
class CaseEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const CaseRecord &)>;

    CaseEditCommand(const QString &text, const QString &mergeKey, CaseRecord before, CaseRecord after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_mergeKey;
    CaseRecord m_before;
    CaseRecord m_after;
    Apply m_apply;
};

} // namespace samordna::ui
