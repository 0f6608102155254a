// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace samordna::ui {

ColumnFitter::ColumnFitter(QTableView *table, int stretchColumn, int stretchMinimum, QList<int> dropOrder)
    : QObject(table)
    , m_table(table)
    , m_stretchColumn(stretchColumn)
    , m_stretchMinimum(stretchMinimum)
    , m_dropOrder(std::move(dropOrder))
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
}

void ColumnFitter::setWidth(int column, int width)
{
    if (m_widths.size() <= column)
        m_widths.resize(column + 1, 0);
    m_widths[column] = width;
    m_table->horizontalHeader()->resizeSection(column, width);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = header->count();
    const int room = m_table->viewport()->width();
    const auto widthOf = [this](int column) { return column < m_widths.size() ? m_widths.at(column) : 0; };
    int needed = widthOfAll();
    QList<int> hidden;
    for (int column : std::as_const(m_dropOrder)) {
        if (needed <= room)
            break;
        hidden << column;
        needed -= widthOf(column);
    }
    for (int column = 0; column < columns; ++column) {
        if (column == m_stretchColumn)
            continue;
        header->setSectionHidden(column, hidden.contains(column));
        if (!hidden.contains(column) && header->sectionSize(column) != widthOf(column))
            header->resizeSection(column, widthOf(column));
    }
}

int ColumnFitter::widthOfAll() const
{
    int needed = m_stretchMinimum;
    for (int column = 0; column < m_widths.size(); ++column) {
        if (column != m_stretchColumn)
            needed += m_widths.at(column);
    }
    return needed;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || (watched == m_table && event->type() == QEvent::FontChange))
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace samordna::ui
