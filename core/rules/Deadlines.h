// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna::deadlines {

// Box 3's time limits: FK's contact with the social worker within a week of
// its decision, and an avstämningsmöte at least two weeks after the invitation.
QList<Deadline> check(const CaseRecord &record, const QDate &date, const RuleData &data);

} // namespace samordna::deadlines
