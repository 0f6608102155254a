// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseRecord.h"

#include <QString>

#include <optional>

namespace samordna {

// The case document's words for each enumeration, and their display names.
// One table per type, so the words are written in one place.
template<typename E>
QString code(E value);
template<typename E>
std::optional<E> fromCode(const QString &code);
// Every code of the type, in document order (for error messages and lists).
template<typename E>
QStringList allCodes();
// A readable, translated name for the value.
template<typename E>
QString displayName(E value);

} // namespace samordna
