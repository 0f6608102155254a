// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalPolicy.h"

#include <QCoreApplication>

namespace samordna {

QString JournalPolicy::check(const QList<JournalEntry> &before, const QList<JournalEntry> &after)
{
    if (after.size() < before.size())
        return QCoreApplication::translate("CaseStore",
                                           "journal notes cannot be removed; mark a wrong note as wrong instead");
    for (qsizetype i = 0; i < before.size(); ++i) {
        const JournalEntry &old = before.at(i);
        const JournalEntry &now = after.at(i);
        if (old.date != now.date || old.author != now.author || old.text != now.text)
            return QCoreApplication::translate("CaseStore",
                                               "journal note %1 cannot be edited; mark it as wrong and add a new note")
                .arg(i + 1);
        if (old.isMarkedWrong()) {
            if (old.markedWrongDate != now.markedWrongDate || old.markedWrongReason != now.markedWrongReason)
                return QCoreApplication::translate(
                           "CaseStore", "journal note %1 is already marked wrong; the marking cannot be changed")
                    .arg(i + 1);
        } else if (now.isMarkedWrong()) {
            if (now.markedWrongReason.trimmed().isEmpty())
                return QCoreApplication::translate("CaseStore", "journal note %1: a note marked wrong needs a reason")
                    .arg(i + 1);
        } else if (!now.markedWrongReason.isEmpty()) {
            return QCoreApplication::translate("CaseStore",
                                               "journal note %1: a reason needs the date the note was marked wrong")
                .arg(i + 1);
        }
    }
    return {};
}

} // namespace samordna
