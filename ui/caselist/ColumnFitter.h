// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace samordna::ui {

// Keeps a table's columns within its width, so it never scrolls sideways:
// one column stretches over what is left (and elides), the others keep the
// width their content needs; when even that does not fit, the columns
// least needed are put away, in the order given, and come back as the
// table widens. Widths come from the font, never from the rows.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTableView *table, int stretchColumn, int stretchMinimum, QList<int> dropOrder);
    void setWidth(int column, int width);
    void fit();
    // The width every column needs, the stretching one at its minimum.
    int widthOfAll() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    int m_stretchColumn;
    int m_stretchMinimum;
    QList<int> m_dropOrder;
    QList<int> m_widths;
};

} // namespace samordna::ui
