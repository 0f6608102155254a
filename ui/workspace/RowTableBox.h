// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace samordna::ui {

// A titled table of a case's rows with a button to add a row and one to
// remove the selected row. The page that owns it makes the change to the
// case; the box only asks.
class RowTableBox : public QGroupBox
{
    Q_OBJECT

public:
    // `name` names the widgets for tests and tools: <name>Table,
    // add<Name>Button, remove<Name>Button.
    RowTableBox(const QString &title, QAbstractItemModel *model, const QString &name, const QString &addText,
                const QString &removeText, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // After a row was added: the cursor on `column` of the last row, ready to type.
    void focusLastRow(int column);
    // Remove is offered only when there is a row to remove.
    void updateButtons();

Q_SIGNALS:
    void addRequested();
    void removeRequested(int row);

private:
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace samordna::ui
