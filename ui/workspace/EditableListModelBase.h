// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace samordna::ui {

// What every editable list of a case's rows tells its owner: the user
// changed a row. The typed model (EditableListModel) holds the rows; a
// template cannot declare signals, so they live here.
class EditableListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // A cell was edited to a new value; rows() holds the whole list now.
    void edited();
};

} // namespace samordna::ui
