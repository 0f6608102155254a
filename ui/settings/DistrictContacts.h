// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace samordna::ui {

// The districts' contact persons, as filled in on this computer: whom FK
// turns to when it gets no contact with the social worker within a week
// (003, ruta 3). The district file names none unless the municipality wrote
// them there; what is written here goes over the file's.
struct DistrictContacts
{
    QHash<QString, QString> byDistrict; // district name → contact person

    static DistrictContacts load();
    void save() const;
    // The rules' district data carries them from now on (the box 3 page,
    // the address document).
    void apply() const;
};

} // namespace samordna::ui
