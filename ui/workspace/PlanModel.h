// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "workspace/EditableListModel.h"

namespace samordna::ui {

// The rehabiliteringsplan: who carries out which measure, when, and how it
// goes.
class PlanModel : public EditableListModel<PlanMeasure>
{
    Q_OBJECT

public:
    enum Column { MeasureColumn, ResponsibleColumn, StartColumn, EndColumn, StatusColumn, ColumnCount };

    explicit PlanModel(QObject *parent = nullptr);
};

} // namespace samordna::ui
