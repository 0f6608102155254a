// SPDX-License-Identifier: GPL-3.0-or-later
#include "Eligibility.h"

namespace samordna::eligibility {

namespace {

CriterionStatus fromFact(const Fact &fact)
{
    if (!fact)
        return CriterionStatus::Unknown;
    return *fact ? CriterionStatus::Met : CriterionStatus::NotMet;
}

CriterionStatus insured(const Facts &facts)
{
    if (facts.insuredInSweden == true || facts.euAsIfInsured == true)
        return CriterionStatus::Met;
    if (facts.insuredInSweden == false && facts.euAsIfInsured == false)
        return CriterionStatus::NotMet;
    return CriterionStatus::Unknown;
}

CriterionStatus noSgi(const Facts &facts)
{
    if (!facts.hasSgi)
        return CriterionStatus::Unknown;
    return *facts.hasSgi ? CriterionStatus::NotMet : CriterionStatus::Met;
}

} // namespace

QList<Criterion> criteria(const Facts &facts, const RuleData &data)
{
    const auto make = [&data](const char *codeText, CriterionStatus status) {
        const QString criterionCode = QString::fromLatin1(codeText);
        return Criterion{criterionCode, status, data.references.value(criterionCode)};
    };
    return {
        make("no_sgi", noSgi(facts)),
        make("insured", insured(facts)),
        make("work_capacity_reduced", fromFact(facts.workCapacityReducedByIllness)),
        make("needs_rehabilitation", fromFact(facts.needsRehabilitation)),
        make("needs_coordination", fromFact(facts.needsCoordination)),
    };
}

Criterion euAsIfInsured(const Facts &facts, const RuleData &data)
{
    return Criterion{QStringLiteral("eu_as_if_insured"), fromFact(facts.euAsIfInsured),
                     data.references.value(QStringLiteral("eu_coordination"))};
}

Eligibility judge(const QList<Criterion> &criteria)
{
    // The application route is for people without SGI; with SGI the
    // coordination belongs to the sickness-benefit case instead.
    if (criteria.value(0).status == CriterionStatus::NotMet)
        return Eligibility::NotApplicable;
    bool unknown = false;
    for (const auto &criterion : criteria) {
        if (criterion.status == CriterionStatus::NotMet)
            return Eligibility::NotEligible;
        unknown = unknown || criterion.status == CriterionStatus::Unknown;
    }
    return unknown ? Eligibility::Incomplete : Eligibility::Eligible;
}

QList<Missing> missingBeforeApplication(const CaseRecord &record, const QDate &date)
{
    QList<Missing> missing;
    if (!record.consent.isValidOn(date))
        missing << Missing::Consent;
    if (record.facts.medicalDocumentation != true)
        missing << Missing::MedicalDocumentation;
    if (record.facts.needsMapped != true)
        missing << Missing::NeedsMapping;
    if (!record.socialWorker || !record.socialWorker->isKnown() || !record.socialWorker->hasContactDetails())
        missing << Missing::SocialWorkerContact;
    return missing;
}

bool readyToApply(Stage stage, Eligibility eligibility, const QList<Missing> &missing, const CaseTerms &terms)
{
    if (stage != Stage::Ruta1 && stage != Stage::Ruta2a)
        return false;
    if (terms.received)
        return false; // FK has the application already
    if (terms.currentAdvice == Advice::ComplementNeeded || terms.currentAdvice == Advice::NotRelevant)
        return false;
    return eligibility == Eligibility::Eligible && missing.isEmpty();
}

} // namespace samordna::eligibility
