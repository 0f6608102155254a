// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreTypes.h"

#include <QString>
#include <QStringList>

namespace samordna {

class CaseService;

// A person has one coordination at a time. An import that was killed after
// its commit but before it printed the new id would, imported again, make a
// second case for the same person; so a personnummer that already has an
// open case is refused unless the user asks for another.
namespace duplicatePerson {

// The ids of the open cases (see process::isClosed) held for the
// personnummer, in any written form; empty when there are none.
ReadResult<QStringList> openCases(const CaseService &store, const QString &personnummer);

// "case.person.personnummer: this person already has an open case (S-000001) …".
QString refusalText(const QStringList &openCaseIds);

} // namespace duplicatePerson
} // namespace samordna
