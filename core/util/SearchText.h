// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna {

// A text as searches compare it: case-folded and without diacritics, so
// "kovacevic" finds "Kovačević" and "ostergard" finds "Östergård". Both the
// search and what it looks in go through this, so neither needs the other's
// spelling.
QString foldForSearch(const QString &text);

} // namespace samordna
