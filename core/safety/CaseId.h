// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::caseId {

// The longest case id accepted anywhere.
inline constexpr int MaxLength = 64;

// A case id is ASCII letters and digits, '-', '_' and '.', not beginning
// with '.' or '-', at most MaxLength characters. Ids name draft files and
// reach terminals, lists and file names, so no door lets anything else in:
// not "../x", "a/b", a line break or a direction override.
bool isValid(const QString &id);

// Why `id` is not a usable case id (translated, the id echoed safely);
// empty when it is.
QString problem(const QString &id);

} // namespace samordna::caseId
