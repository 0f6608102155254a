// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QString>

namespace samordna {

// Journal notes are append-only: a saved note is never edited or removed.
// The one change allowed is marking a note wrong (date and reason), once.
class JournalPolicy
{
public:
    // Empty when `after` only appends to `before` or marks notes wrong;
    // otherwise a translated reason.
    static QString check(const QList<JournalEntry> &before, const QList<JournalEntry> &after);
};

} // namespace samordna
