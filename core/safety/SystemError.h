// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna {

// An operating-system error number in the user's language. The C library's
// own text (strerror) is English whatever the language chosen, and would
// sit raw inside a Swedish message.
QString systemErrorText(int errorNumber);

} // namespace samordna
