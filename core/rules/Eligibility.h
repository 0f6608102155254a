// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "CaseTerms.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna {

// Box 1: who may have their rehabilitation coordinated by FK, and what the
// social worker must have in hand before the application (blankett 7434).
namespace eligibility {

QList<Criterion> criteria(const Facts &facts, const RuleData &data);
Eligibility judge(const QList<Criterion> &criteria);
// The EU route of the `insured` criterion on its own: treated as insured
// through EU law (förordning (EG) nr 883/2004), its status from its own
// answer alone. For showing beside the criteria; it is not one of them.
Criterion euAsIfInsured(const Facts &facts, const RuleData &data);
QList<Missing> missingBeforeApplication(const CaseRecord &record, const QDate &date);
// Ready to send blankett 7434: in box 1 or 2a, before FK has the
// application, every criterion met, nothing missing, and no advice in force
// that says otherwise.
bool readyToApply(Stage stage, Eligibility eligibility, const QList<Missing> &missing, const CaseTerms &terms);

} // namespace eligibility
} // namespace samordna
