// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace samordna {

// What the follow-up figures read of each entry of a case's stage history,
// worked out when the case is written (the store rewrites its history on
// every save), so that every figure of a period is one range of one index
// with no join and no look at the entries around it.
struct StageStay
{
    QDate left;              // the next entry's day: the stay ended (invalid while in the box)
    std::optional<int> days; // the stay's whole days, once it has ended
    // On the first entry into box 3: days since the first entry into box 1
    // before it; on the first entry into 6a or 6b: days since the first into
    // box 3 before it. Else none.
    std::optional<int> spanDays;
    QDate previous;      // the entry before's day (invalid for the first)
    QDate previousInBox; // the last earlier entry into the same box's day
};

class StageStays
{
public:
    // One per entry of `history` (oldest first, days never decreasing).
    static QList<StageStay> of(const QList<StageEntry> &history);

    // Binds, in this order, the columns district, left_date, stay_days,
    // span_days, previous_date and previous_in_box_date.
    static void bindStay(QSqlQuery &query, const QString &district, const StageStay &stay);

    // Works them out again for every case of the store, with its district;
    // part of the migration's transaction.
    static bool fill(const QString &connectionName, QString *error);
};

} // namespace samordna
