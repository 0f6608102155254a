// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePerson.h"

#include "CaseService.h"
#include "rules/ProcessRules.h"

#include <QCoreApplication>

namespace samordna::duplicatePerson {

ReadResult<QStringList> openCases(const CaseService &store, const QString &personnummer)
{
    const auto ids = store.caseIdsForPersonnummer(personnummer);
    if (!ids.ok())
        return ReadResult<QStringList>::failed(ids.error);
    QStringList open;
    for (const QString &id : ids.valueOr({})) {
        const auto stored = store.loadCase(id);
        if (!stored.ok())
            return ReadResult<QStringList>::failed(stored.error);
        if (stored && !process::isClosed(stored->record))
            open << id;
    }
    return ReadResult<QStringList>::found(open);
}

QString refusalText(const QStringList &openCaseIds)
{
    return QCoreApplication::translate(
               "DuplicatePerson",
               "case.person.personnummer: this person already has an open case (%1); nothing was imported. Import with "
               "--allow-duplicate to add another case all the same")
        .arg(openCaseIds.join(QStringLiteral(", ")));
}

} // namespace samordna::duplicatePerson
