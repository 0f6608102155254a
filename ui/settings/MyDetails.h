// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::ui {

// The social worker using this computer: written once in the settings,
// filled into new cases (blankett 7434 needs them) and signing the journal
// notes written here.
struct MyDetails
{
    QString name;
    QString phone;
    QString email;

    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty(); }

    static MyDetails load();
    void save() const;
};

} // namespace samordna::ui
