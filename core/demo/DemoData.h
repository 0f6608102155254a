// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace samordna {

class CaseService;

// Fills a store with the demo generator's cases.
class DemoData
{
public:
    // The default size of the demo store `samordna --demo` opens.
    static constexpr int DefaultCount = 60;
    // Creates `count` cases; false with a translated reason at the first refusal.
    static bool fill(CaseService &store, int count, const QDate &today, quint32 seed, QString *error);
};

} // namespace samordna
