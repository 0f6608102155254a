// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samordna {

// Two dates of a case in an order that cannot be true: an application
// received before it was sent, a decision before receipt, a measure that
// ends before it starts, an invitation after the meeting, a consent revoked
// before it was given. The rules are here, once; the window shows them at
// the fields and refuses an edit that would make a new one.
struct DateConflict
{
    QString code;       // e.g. "received_before_sent"
    QString field;      // the case document's path of the later-named date, e.g. "application.receivedByFkDate"
    QString otherField; // the path of the date it contradicts, e.g. "application.sentDate"
    QDate date;         // the value of `field`
    QDate otherDate;    // the value of `otherField`
    // A translated sentence naming both dates.
    QString message() const;
    friend bool operator==(const DateConflict &, const DateConflict &) = default;
};

// With `today`, also what cannot have happened yet: a medical document
// received after today.
QList<DateConflict> dateConflicts(const CaseRecord &record, const QDate &today = {});

// The conflicts of `after` that `before` did not have: what an edit would
// newly make impossible.
QList<DateConflict> newDateConflicts(const CaseRecord &before, const CaseRecord &after, const QDate &today = {});

} // namespace samordna
