#include "Assessor.h"

#include "BenefitGuidance.h"
#include "Deadlines.h"
#include "Eligibility.h"
#include "ProcessRules.h"
#include "domain/Personnummer.h"

namespace samordna {

Assessment assess(const CaseRecord &record, const QDate &date, const RuleData &data)
{
    Assessment a;
    a.date = date;
    a.stage = record.stage;
    if (const auto pnr = Personnummer::parse(record.person.personnummer, date))
        a.age = pnr.value->ageAt(date);

    a.criteria = eligibility::criteria(record.facts, data);
    a.eligibility = eligibility::judge(a.criteria);
    a.missingBeforeApplication = eligibility::missingBeforeApplication(record, date);
    a.readyToApply = eligibility::readyToApply(a.eligibility, a.missingBeforeApplication);

    if (record.stage == Stage::Ruta6b) {
        const auto guidance = benefit::guide(record.closure, a.age, data);
        a.benefitPath = guidance.path;
        a.benefitReason = guidance.reason;
        a.keepOpen = guidance.keepOpen;
    }

    const auto situation = process::situationOf(record, date, a.eligibility, a.missingBeforeApplication,
                                                a.readyToApply, a.keepOpen);
    a.transitions = process::transitions(situation);
    a.suggestedStage = process::suggestedStage(situation);
    a.deadlines = deadlines::check(record, date, data);

    if (record.stage == Stage::Ruta3 && !record.socialWorker) {
        if (const District *district = data.district(record.district))
            a.invitationAddress = district->address;
    }
    return a;
}

} // namespace samordna
