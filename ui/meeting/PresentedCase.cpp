// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/PresentedCase.h"

namespace samordna::ui {

PresentedCase PresentedCase::from(const CaseRecord &record, const Assessment &assessment, int number, int total)
{
    PresentedCase presented;
    presented.number = number;
    presented.total = total;
    presented.age = assessment.age;
    presented.district = record.district;
    presented.stage = record.stage;
    presented.criteria = assessment.criteria;
    presented.missing = assessment.missingBeforeApplication;
    return presented;
}

} // namespace samordna::ui
