// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalStamps.h"

using namespace Qt::StringLiterals;

namespace samordna {

void JournalStamps::apply(const QList<JournalEntry> &stored, QList<JournalEntry> &incoming, const QString &user,
                          const QDateTime &nowUtc)
{
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        JournalEntry &note = incoming[i];
        if (i < stored.size()) {
            const JournalEntry &old = stored.at(i);
            note.registeredAt = old.registeredAt;
            note.registeredDayOnly = old.registeredDayOnly;
            if (old.isMarkedWrong()) {
                note.markedWrongBy = old.markedWrongBy;
                note.markedWrongAt = old.markedWrongAt;
                continue;
            }
        } else if (!note.registeredAt.isValid()) {
            note.registeredAt = nowUtc;
            note.registeredDayOnly = false;
        }
        if (note.isMarkedWrong()) {
            if (note.markedWrongBy.trimmed().isEmpty())
                note.markedWrongBy = user;
            if (!note.markedWrongAt.isValid())
                note.markedWrongAt = nowUtc;
        } else {
            note.markedWrongBy.clear();
            note.markedWrongAt = {};
        }
    }
}

QString JournalStamps::toText(const QDateTime &time, bool dayOnly)
{
    if (!time.isValid())
        return {};
    if (dayOnly)
        return time.date().toString(Qt::ISODate);
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime JournalStamps::fromText(const QString &text, bool *dayOnly)
{
    *dayOnly = false;
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return {};
        *dayOnly = true;
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // written as UTC without a zone
    return time.toUTC();
}

} // namespace samordna
