// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ContactModel.h"

#include "domain/Codes.h"

namespace samordna::ui {

ContactModel::ContactModel(QObject *parent)
    : EditableListModel(parent)
{
    const auto text = [](QString Contact::*member) {
        return ColumnDescription::Value([member](const Contact &c) { return QVariant(c.*member); });
    };
    const auto setText = [](QString Contact::*member) {
        return ColumnDescription::Setter(
            [member](Contact &c, const QVariant &v) { c.*member = v.toString().trimmed(); });
    };
    setColumns({
        ColumnDescription::editable(
            tr("Party"), [](const Contact &c) { return QVariant(c.party ? displayName(*c.party) : tr("Not given")); },
            [](const Contact &c) { return QVariant(c.party ? int(*c.party) : -1); },
            [](Contact &c, const QVariant &v) {
                if (v.toInt() < 0)
                    c.party.reset();
                else
                    c.party = static_cast<Party>(v.toInt());
            }),
        ColumnDescription::editable(tr("Name"), text(&Contact::name), text(&Contact::name), setText(&Contact::name)),
        ColumnDescription::editable(tr("Contact person"), text(&Contact::person), text(&Contact::person),
                                    setText(&Contact::person)),
        ColumnDescription::editable(tr("Phone"), text(&Contact::phone), text(&Contact::phone),
                                    setText(&Contact::phone)),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

} // namespace samordna::ui
