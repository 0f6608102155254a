// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/EditableListModelBase.h"

#include <QDate>
#include <QList>
#include <QVariant>

#include <functional>

namespace samordna::ui {

// A date as the lists show it: ISO, or nothing when not recorded.
inline QString shownDate(const QDate &date)
{
    return date.isNull() ? QString() : date.toString(Qt::ISODate);
}

// One column of an EditableListModel: its header, what it shows, and, if it
// is editable, the value an editor starts from and how an edited value goes
// back into the row.
template<typename Row>
struct EditableColumn
{
    using Value = std::function<QVariant(const Row &)>;
    using Setter = std::function<void(Row &, const QVariant &)>;
    // Roles a column answers from more than the row (tooltips, colours,
    // codes, checks worked out elsewhere), by row number; an invalid
    // QVariant leaves the answer to display and edit.
    using Other = std::function<QVariant(int row, int role)>;

    // A column the user edits: `edit` is the value an editor starts from,
    // `set` puts an edited value back into the row.
    static EditableColumn editable(const QString &header, Value display, Value edit, Setter set, Other other = {})
    {
        return {header, std::move(display), std::move(edit), std::move(set), std::move(other)};
    }
    // A column worked out from more than the row, that no one edits.
    static EditableColumn readOnly(const QString &header, Other other)
    {
        return {header, {}, {}, {}, std::move(other)};
    }

    QString header;
    Value display;
    Value edit;
    Setter set;
    Other other;
};

// A table of a case's rows (plan measures, complements, meetings) that the
// user edits cell by cell, each column described once (EditableColumn).
// Edits are handed to the owner (edited()), which puts them into the case;
// the case's rows come back through setRows().
template<typename Row>
class EditableListModel : public EditableListModelBase
{
public:
    using ColumnDescription = EditableColumn<Row>;

    explicit EditableListModel(QObject *parent = nullptr)
        : EditableListModelBase(parent)
    {
    }

    void setRows(const QList<Row> &rows)
    {
        if (rows == m_rows)
            return;
        if (rows.size() == m_rows.size()) {
            // Same rows: keep the views' selection and open editors.
            m_rows = rows;
            refreshRows();
            return;
        }
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const ColumnDescription &column = m_columns.at(index.column());
        const Row &row = m_rows.at(index.row());
        if (column.other) {
            const QVariant value = column.other(index.row(), role);
            if (value.isValid())
                return value;
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: // a cut-off cell can be read whole in its tooltip
            return column.display ? column.display(row) : QVariant();
        case Qt::EditRole:
            return column.edit ? column.edit(row) : QVariant();
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return false;
        const ColumnDescription &column = m_columns.at(index.column());
        if (!column.set)
            return false;
        Row row = m_rows.at(index.row());
        column.set(row, value);
        if (row == m_rows.at(index.row()))
            return true; // an unchanged value is no edit
        m_rows[index.row()] = row;
        // Other cells of the row may follow from the edited one.
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        Q_EMIT edited();
        return true;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).header;
        return EditableListModelBase::headerData(section, orientation, role);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return Qt::NoItemFlags;
        Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (m_columns.at(index.column()).set)
            result |= Qt::ItemIsEditable;
        return result;
    }

protected:
    void setColumns(const QList<ColumnDescription> &columns)
    {
        beginResetModel();
        m_columns = columns;
        endResetModel();
    }

    // Every row may show something new, though the rows are the same (a
    // check worked out elsewhere changed).
    void refreshRows()
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    QList<ColumnDescription> m_columns;
    QList<Row> m_rows;
};

} // namespace samordna::ui
