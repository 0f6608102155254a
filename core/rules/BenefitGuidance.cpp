// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenefitGuidance.h"

#include <QCoreApplication>
#include <QLocale>

namespace samordna::benefit {

namespace {

// Gives lupdate and the program the same translation context.
struct BenefitGuidance
{
    Q_DECLARE_TR_FUNCTIONS(BenefitGuidance)
};

QDate firstOfMonth(const QDate &birthDate, int age)
{
    return QDate(birthDate.year() + age, birthDate.month(), 1);
}

QString reference(const RuleData &data, const char *key)
{
    const QString text = data.references.value(QString::fromLatin1(key));
    return text.isEmpty() ? QString() : u" (" + text + u')';
}

QString monthYear(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace

AgeWindows AgeWindows::of(const QDate &birthDate, const RuleData &data)
{
    AgeWindows w;
    w.riktalder = data.riktalderFor(birthDate.year());
    w.activityFrom = QDate(birthDate.year() + data.aktivitetsersattningFromAge, data.aktivitetsersattningFromMonth, 1);
    w.sicknessFrom = firstOfMonth(birthDate, data.sjukersattningFromAge);
    w.activityUntil = w.sicknessFrom.addDays(-1);
    const QDate riktalderMonth = firstOfMonth(birthDate, w.riktalder);
    w.sicknessUntil = riktalderMonth.addDays(-1);
    w.olderBandFrom = riktalderMonth.addMonths(-data.olderBandMonths);
    return w;
}

bool appliesIn(Stage stage, const Closure &closure)
{
    return stage == Stage::Ruta6b || (stage == Stage::Ruta6a && closure.workCapacity == WorkCapacity::Partial);
}

Guidance guide(const Closure &closure, Stage stage, const QDate &birthDate, const QDate &date, const RuleData &data)
{
    const bool inBox6b = stage == Stage::Ruta6b;
    if (inBox6b && closure.reductionDuration == ReductionDuration::Temporary)
        return {BenefitPath::None,
                {},
                true,
                BenefitGuidance::tr("The deterioration is temporary: await improvement; FK keeps the case open.")};
    if (!birthDate.isValid())
        return {BenefitPath::None, {}, false, BenefitGuidance::tr("The age is not known.")};

    const AgeWindows w = AgeWindows::of(birthDate, data);
    const bool foreseeable = closure.reductionDuration == ReductionDuration::ForeseeableFuture;
    const bool atLeastYear = foreseeable || closure.reductionDuration == ReductionDuration::AtLeastOneYear;
    const QString partial = stage == Stage::Ruta6a ? u' '
            + BenefitGuidance::tr("With partial work capacity a benefit is paid part-time, and only when work "
                                  "capacity is reduced by at least a quarter%1.")
                  .arg(reference(data, "partial_benefit"))
                                                   : QString();

    if (w.inOlderBand(date) && foreseeable)
        return {BenefitPath::Sjukersattning,
                {},
                false,
                BenefitGuidance::tr("In the last years before the riktålder för pension (%1), work capacity is "
                                    "judged against work the person has experience of%2: reduced for the "
                                    "foreseeable future, the person may apply for sjukersättning.")
                        .arg(w.riktalder)
                        .arg(reference(data, "older_band"))
                    + partial};
    if (closure.againstWholeLabourMarket != true)
        return {BenefitPath::None,
                {},
                false,
                BenefitGuidance::tr("Work capacity is not recorded as reduced against the whole labour market, "
                                    "including the protected one.")};
    if (w.inActivityWindow(date)) {
        if (!atLeastYear)
            return {BenefitPath::None,
                    {},
                    false,
                    BenefitGuidance::tr("Aktivitetsersättning needs work capacity reduced for at least one year.")};
        Guidance guidance{BenefitPath::Aktivitetsersattning,
                          {},
                          false,
                          BenefitGuidance::tr("From July of the year of turning %1 until the month before the "
                                              "%2th birthday (until %3), with work capacity reduced for at least "
                                              "one year, the person may apply for aktivitetsersättning%4.")
                                  .arg(data.aktivitetsersattningFromAge)
                                  .arg(data.sjukersattningFromAge)
                                  .arg(monthYear(w.activityUntil))
                                  .arg(reference(data, "aktivitetsersattning"))
                              + partial};
        if (inBox6b && foreseeable) {
            guidance.alternatives << BenefitPath::Sjukersattning;
            guidance.reason += u' '
                + BenefitGuidance::tr("If work capacity will not return, full sjukersättning can be granted "
                                      "already from then%1.")
                      .arg(reference(data, "sjukersattning"));
        }
        return guidance;
    }
    if (w.inSicknessWindow(date)) {
        if (!foreseeable)
            return {BenefitPath::None,
                    {},
                    false,
                    BenefitGuidance::tr("Sjukersättning needs work capacity reduced for the foreseeable future.")};
        return {BenefitPath::Sjukersattning,
                {},
                false,
                BenefitGuidance::tr("From the month of the %1th birthday until the month before the riktålder för "
                                    "pension (%2, until %3), with work capacity reduced for the foreseeable "
                                    "future, the person may apply for sjukersättning%4.")
                        .arg(data.sjukersattningFromAge)
                        .arg(w.riktalder)
                        .arg(monthYear(w.sicknessUntil))
                        .arg(reference(data, "sjukersattning"))
                    + partial};
    }
    if (date > w.sicknessUntil)
        return {BenefitPath::None,
                {},
                false,
                BenefitGuidance::tr("Past the limit: from the month of the %1th birthday (the riktålder för pension"
                                    "%2) ålderspension applies instead of sjukersättning.")
                    .arg(w.riktalder)
                    .arg(reference(data, "alderspension"))};
    return {BenefitPath::None,
            {},
            false,
            BenefitGuidance::tr("Before the age limits: aktivitetsersättning can be paid from %1 (July of the "
                                "year of turning %2).")
                .arg(monthYear(w.activityFrom))
                .arg(data.aktivitetsersattningFromAge)};
}

} // namespace samordna::benefit
