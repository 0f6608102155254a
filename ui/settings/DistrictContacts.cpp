// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/DistrictContacts.h"

#include "rules/RuleData.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {
const QString Group = u"districtContacts"_s;
} // namespace

DistrictContacts DistrictContacts::load()
{
    QSettings settings;
    settings.beginGroup(Group);
    DistrictContacts contacts;
    for (const QString &district : settings.childKeys())
        contacts.byDistrict.insert(district, settings.value(district).toString());
    return contacts;
}

void DistrictContacts::save() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.remove(QString()); // districts no longer named are forgotten
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            settings.setValue(it.key(), it.value().simplified());
    }
}

void DistrictContacts::apply() const
{
    RuleData::setContactPersons(byDistrict);
}

} // namespace samordna::ui
