// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace samordna::ui {

// Keeps an editable table's columns within its width, so the table never
// scrolls sideways and no column is put away: each column is as wide as
// what it holds while that fits; when it does not, the narrow columns (the
// dates, a status) keep their width and the wide ones share what is left,
// their text wrapping onto more lines. Follows the table's width and its
// rows as they change.
class WrappingColumns : public QObject
{
    Q_OBJECT

public:
    explicit WrappingColumns(QTableView *table);
    void fit();

    // The widths for columns wanting `preferred` in `room`: as wanted when
    // all fit, else the wide ones share what the narrow ones leave, none
    // below its `least` (its longest word).
    static QList<int> share(const QList<int> &preferred, const QList<int> &least, int room);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();

    QTableView *m_table;
    bool m_pending = false;
};

} // namespace samordna::ui
