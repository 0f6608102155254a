// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace samordna {

// The program's one notion of "today", so every date rule can be tested on
// and off its boundary. SAMORDNA_TODAY (YYYY-MM-DD) sets it for a whole run.
class Clock
{
public:
    static QDate today();
    static void setToday(const QDate &date); // a null date returns to the system clock
};

} // namespace samordna
