// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTableModel.h"

namespace samordna::ui {

FollowUpTableModel::FollowUpTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpTableModel::setTable(const FollowUpTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<FollowUpCell> &row = m_table.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const FollowUpCell &cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return cell.spoken.isEmpty() ? QVariant() : QVariant(cell.spoken);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(cell.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_table.headers.at(section);
    return {};
}

} // namespace samordna::ui
