// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QString>

namespace samordna {

// Gives cases stored before the store kept a stage history one: the moves
// their journals record ("Box 1 → box 3", dated), else the case's creation.
class StageHistoryRebuild
{
public:
    // The history of a case now in `current`, created on `created`, from its
    // journal (marked-wrong notes do not count). Dates never decrease, and
    // the last box is always `current`.
    static QList<StageEntry> fromJournal(Stage current, const QDate &created, const QList<JournalEntry> &journal);

    // Writes the history of every case in the store that has none; part of
    // the migration's transaction.
    static bool run(const QString &connectionName, QString *error);
};

} // namespace samordna
