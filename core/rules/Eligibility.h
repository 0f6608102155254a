#pragma once

#include "Assessment.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna {

// Box 1: who may have their rehabilitation coordinated by FK, and what the
// social worker must have in hand before the application (blankett 7434).
namespace eligibility {

QList<Criterion> criteria(const Facts &facts, const RuleData &data);
Eligibility judge(const QList<Criterion> &criteria);
QList<Missing> missingBeforeApplication(const CaseRecord &record, const QDate &date);
bool readyToApply(Eligibility eligibility, const QList<Missing> &missing);

} // namespace eligibility
} // namespace samordna
