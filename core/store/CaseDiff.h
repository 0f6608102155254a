// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QStringList>

namespace samordna {

// Which fields of a case changed, named by their case document paths
// ("person.name", "facts.hasSgi", "meetings"). The audit log stores these
// names, never the values, which may be personal.
class CaseDiff
{
public:
    static QStringList changedFields(const CaseRecord &before, const CaseRecord &after);
};

} // namespace samordna
