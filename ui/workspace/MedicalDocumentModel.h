// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "workspace/EditableListModel.h"

namespace samordna::ui {

// The medical documentation the social services have received: when, from
// whom, and what it says in short. The 7434 underlag lists issuer and date;
// the summary to FK carries all three.
class MedicalDocumentModel : public EditableListModel<MedicalDocument>
{
    Q_OBJECT

public:
    enum Column { DateColumn, IssuerColumn, SummaryColumn, ColumnCount };

    explicit MedicalDocumentModel(QObject *parent = nullptr);
};

} // namespace samordna::ui
