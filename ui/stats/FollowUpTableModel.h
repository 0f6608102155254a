// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FollowUpTables.h"

#include <QAbstractTableModel>

namespace samordna::ui {

// One of the follow-up tables for a QTableView: read-only, with what a
// screen reader should say for each figure (Qt::AccessibleTextRole).
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit FollowUpTableModel(QObject *parent = nullptr);

    void setTable(const FollowUpTable &table);
    const FollowUpTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FollowUpTable m_table;
};

} // namespace samordna::ui
