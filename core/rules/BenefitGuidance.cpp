#include "BenefitGuidance.h"

#include <QCoreApplication>

namespace samordna::benefit {

namespace {

// Gives lupdate and the program the same translation context.
struct BenefitGuidance
{
    Q_DECLARE_TR_FUNCTIONS(BenefitGuidance)
};

} // namespace

Guidance guide(const Closure &closure, std::optional<int> age, const RuleData &data)
{
    if (closure.reductionDuration == ReductionDuration::Temporary)
        return {BenefitPath::None, true,
                BenefitGuidance::tr("The deterioration is temporary: await improvement; FK keeps the case open.")};
    if (closure.againstWholeLabourMarket != true)
        return {BenefitPath::None, false,
                BenefitGuidance::tr("Work capacity is not recorded as reduced against the whole labour market, "
                   "including the protected one.")};
    if (!age)
        return {BenefitPath::None, false, BenefitGuidance::tr("The age is not known.")};

    const bool foreseeable = closure.reductionDuration == ReductionDuration::ForeseeableFuture;
    const bool atLeastYear = foreseeable || closure.reductionDuration == ReductionDuration::AtLeastOneYear;
    if (*age >= data.sjukersattningFromAge) {
        if (foreseeable)
            return {BenefitPath::Sjukersattning, false,
                    BenefitGuidance::tr("Age %1 (%2 or older) and work capacity reduced for the foreseeable future: "
                       "the person may apply for sjukersättning.")
                        .arg(*age).arg(data.sjukersattningFromAge)};
        return {BenefitPath::None, false,
                BenefitGuidance::tr("Age %1: sjukersättning needs work capacity reduced for the foreseeable future.")
                    .arg(*age)};
    }
    if (*age >= data.aktivitetsersattningFromAge && *age < data.aktivitetsersattningBeforeAge) {
        if (atLeastYear)
            return {BenefitPath::Aktivitetsersattning, false,
                    BenefitGuidance::tr("Age %1 (%2–%3) and work capacity reduced for at least one year: "
                       "the person may apply for aktivitetsersättning.")
                        .arg(*age)
                        .arg(data.aktivitetsersattningFromAge)
                        .arg(data.aktivitetsersattningBeforeAge - 1)};
        return {BenefitPath::None, false,
                BenefitGuidance::tr("Age %1: aktivitetsersättning needs work capacity reduced for at least one year.")
                    .arg(*age)};
    }
    return {BenefitPath::None, false,
            BenefitGuidance::tr("Age %1 is below the age limits of the method document.").arg(*age)};
}

} // namespace samordna::benefit
