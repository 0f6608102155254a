#pragma once

#include "Assessment.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna::benefit {

// Box 6b: what the absence of work capacity may lead to. The program says
// what the person may apply for; FK decides.
struct Guidance
{
    BenefitPath path = BenefitPath::None;
    bool keepOpen = false;
    QString reason;
};

Guidance guide(const Closure &closure, std::optional<int> age, const RuleData &data);

} // namespace samordna::benefit
