// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "workspace/EditableListModel.h"

namespace samordna::ui {

// The person's contacts with other authorities and with care, as blankett
// 7434 asks for them: the party, the unit's name, a contact person there
// and a phone number.
class ContactModel : public EditableListModel<Contact>
{
    Q_OBJECT

public:
    enum Column { PartyColumn, NameColumn, PersonColumn, PhoneColumn, ColumnCount };

    explicit ContactModel(QObject *parent = nullptr);
};

} // namespace samordna::ui
