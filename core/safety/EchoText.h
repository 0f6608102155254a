// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna::echo {

// The longest part of a value echoed in a message.
inline constexpr qsizetype MaxEchoed = 80;

// A value from outside (a file, an argument, the store) made safe to put in
// a message, a terminal line or a tab-separated column: control, format and
// line-separator characters (newline, tab, ESC, NUL, direction overrides …)
// are written as escapes (\n, \t, \u001B), and anything past `max`
// characters is cut and ended with "…". A bad value can then neither start
// a second "error:" line, nor steer the terminal, nor fill the screen.
QString cut(const QString &value, qsizetype max = MaxEchoed);

// As cut(), without the length limit: for values that are the output
// itself (a list's columns), where only the escaping is wanted.
QString escaped(const QString &value);

// True when `value` holds a character cut() would escape.
bool hasControlCharacters(const QString &value);

} // namespace samordna::echo
