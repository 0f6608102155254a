// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CaseService.h"

class QWidget;

namespace samordna::ui {

// Opens the store at `address` (a file, or a postgresql:// team store) for
// the windows. When the team store's server asks for a password that libpq
// found nowhere (~/.pgpass, PGPASSWORD, Kerberos), the user is asked for it;
// it stays in this run's memory only (Qt SQL holds it to reconnect) and is
// never written anywhere.
CaseService::OpenResult openStore(QWidget *parent, const QString &address);

} // namespace samordna::ui
