// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePerson.h"

#include "CaseStore.h"
#include "rules/ProcessRules.h"

#include <QCoreApplication>

namespace samordna::duplicatePerson {

QStringList openCases(const CaseStore &store, const QString &personnummer)
{
    QStringList open;
    const QStringList ids = store.caseIdsForPersonnummer(personnummer);
    for (const QString &id : ids) {
        const auto stored = store.loadCase(id);
        if (!stored)
            continue;
        if (!process::isClosed(stored->record))
            open << id;
    }
    return open;
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
