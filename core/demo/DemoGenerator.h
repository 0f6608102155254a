// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDate>
#include <QList>

namespace samordna {

// Fictitious cases for a first look at the program and for the benchmarks:
// invented names, valid test personnummer (ages 19–64, a few
// samordningsnummer), the districts of the rule data, and every box with the
// data that box implies, dated around `today`. The same seed gives the same
// cases, so a benchmark run can be repeated.
class DemoGenerator
{
public:
    // Records without an id: the store numbers them when they are created.
    static QList<CaseRecord> generate(int count, const QDate &today, quint32 seed);
};

} // namespace samordna
