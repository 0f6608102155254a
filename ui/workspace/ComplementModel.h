// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "workspace/EditableListModel.h"

namespace samordna::ui {

// Box 2a's work on the medical documentation, one row per contact.
class ComplementModel : public EditableListModel<Complement>
{
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, NotesColumn, ColumnCount };

    explicit ComplementModel(QObject *parent = nullptr);
};

} // namespace samordna::ui
