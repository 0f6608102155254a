// SPDX-License-Identifier: GPL-3.0-or-later
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
    QDate birthDate;
    if (const auto pnr = Personnummer::parse(record.person.personnummer, date)) {
        a.age = pnr.value->ageAt(date);
        birthDate = pnr.value->birthDate();
    }

    const CaseTerms terms = CaseTerms::of(record, date);
    a.criteria = eligibility::criteria(record.facts, data);
    a.eligibility = eligibility::judge(a.criteria);
    a.missingBeforeApplication = eligibility::missingBeforeApplication(record, date);
    a.currentAdvice = terms.currentAdvice;
    a.readyToApply = eligibility::readyToApply(record.stage, a.eligibility, a.missingBeforeApplication, terms);

    if (benefit::appliesIn(record.stage, record.closure)) {
        const auto guidance = benefit::guide(record.closure, record.stage, birthDate, date, data);
        a.benefitPath = guidance.path;
        a.benefitAlternatives = guidance.alternatives;
        a.benefitReason = guidance.reason;
        a.keepOpen = guidance.keepOpen;
    }

    const auto situation = process::situationOf(record, terms, a.eligibility, a.keepOpen);
    a.transitions = process::transitions(situation);
    a.suggestedStage = process::suggestedStage(situation);
    a.missingBeforeClosure = process::missingBeforeClosure(record, situation);
    a.deadlines = deadlines::check(record, date, data);

    const bool workerKnown = record.socialWorker && record.socialWorker->isKnown();
    if (record.stage == Stage::Ruta3 && !workerKnown) {
        if (const District *district = data.district(record.district))
            a.invitationAddress = district->address;
    }
    return a;
}

} // namespace samordna
