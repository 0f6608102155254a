// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/TodoFilterProxyModel.h"

#include "caselist/TodoModel.h"

namespace samordna::ui {

TodoFilterProxyModel::TodoFilterProxyModel(TodoModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(TodoModel::DueColumn, Qt::AscendingOrder);
}

bool TodoFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && !m_source->itemAt(sourceRow).hidden;
}

bool TodoFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const TodoModel::Item &a = m_source->itemAt(left.row());
    const TodoModel::Item &b = m_source->itemAt(right.row());
    switch (left.column()) {
    case TodoModel::CaseColumn:
        if (a.caseId != b.caseId)
            return a.caseId < b.caseId;
        break;
    case TodoModel::StatusColumn:
    case TodoModel::WhatColumn: {
        const QString ta = left.data().toString();
        const QString tb = right.data().toString();
        if (ta != tb)
            return ta < tb;
        break;
    }
    case TodoModel::StageColumn:
        if (a.stage != b.stage)
            return a.stage < b.stage;
        break;
    default:
        break;
    }
    // Soonest first; steps without a date after every dated one.
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    if (a.caseId != b.caseId)
        return a.caseId < b.caseId;
    if (a.kind != b.kind)
        return a.kind < b.kind;
    return a.missing < b.missing;
}

} // namespace samordna::ui
