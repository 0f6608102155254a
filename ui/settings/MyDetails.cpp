// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/MyDetails.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {
const QString NameKey = u"myDetails/name"_s;
const QString PhoneKey = u"myDetails/phone"_s;
const QString EmailKey = u"myDetails/email"_s;
} // namespace

MyDetails MyDetails::load()
{
    const QSettings settings;
    return {settings.value(NameKey).toString(), settings.value(PhoneKey).toString(),
            settings.value(EmailKey).toString()};
}

void MyDetails::save() const
{
    QSettings settings;
    settings.setValue(NameKey, name.simplified());
    settings.setValue(PhoneKey, phone.simplified());
    settings.setValue(EmailKey, email.trimmed());
}

} // namespace samordna::ui
