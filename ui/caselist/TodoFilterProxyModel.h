// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace samordna::ui {

class TodoModel;

// Orders the to-do rows soonest first (dated before undated, then by case)
// and leaves out the rows the model has hidden.
class TodoFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TodoFilterProxyModel(TodoModel *source, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TodoModel *m_source = nullptr;
};

} // namespace samordna::ui
