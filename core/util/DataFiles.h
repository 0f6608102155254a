// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::datafiles {

// The folder an installed program reads its rules, districts and
// translations from: <prefix>/share/samordna, found from the program's own
// location. Empty when there is none, as when the program runs from its
// build folder.
QString installedFolder();

// The file `name` (e.g. "rules.json") from the installed folder when it is
// there, else the copy built into the program (":/samordna/name").
QString path(const QString &name);

} // namespace samordna::datafiles
