// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace samordna {

namespace {

template<typename E>
struct Entry
{
    E value;
    const char *code;
    const char *display; // translated in context "Codes"
};

template<typename E>
struct Table;

#define SAMORDNA_TABLE(Type, ...)                                                                                      \
    template<>                                                                                                         \
    struct Table<Type>                                                                                                 \
    {                                                                                                                  \
        static constexpr Entry<Type> entries[] = {__VA_ARGS__};                                                        \
    };

SAMORDNA_TABLE(Decision, {Decision::Pending, "pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
               {Decision::Granted, "granted", QT_TRANSLATE_NOOP("Codes", "Granted")},
               {Decision::Rejected, "rejected", QT_TRANSLATE_NOOP("Codes", "Rejected")})

SAMORDNA_TABLE(
    MeetingKind, {MeetingKind::Konsultationsteam, "konsultationsteam", QT_TRANSLATE_NOOP("Codes", "Konsultationsteam")},
    {MeetingKind::Avstamningsmote, "avstamningsmote", QT_TRANSLATE_NOOP("Codes", "Avstämningsmöte")},
    {MeetingKind::GemensamKartlaggning, "gemensam_kartlaggning", QT_TRANSLATE_NOOP("Codes", "Gemensam kartläggning")},
    {MeetingKind::ForstaDigitalaMotet, "forsta_digitala_motet", QT_TRANSLATE_NOOP("Codes", "First digital meeting")},
    {MeetingKind::Sip, "sip", QT_TRANSLATE_NOOP("Codes", "SIP")})

SAMORDNA_TABLE(Advice, {Advice::CriteriaMet, "criteria_met", QT_TRANSLATE_NOOP("Codes", "Criteria met")},
               {Advice::ComplementNeeded, "complement_needed", QT_TRANSLATE_NOOP("Codes", "Complement needed")},
               {Advice::NotRelevant, "not_relevant", QT_TRANSLATE_NOOP("Codes", "Not relevant")})

SAMORDNA_TABLE(Party, {Party::FK, "FK", QT_TRANSLATE_NOOP("Codes", "Försäkringskassan")},
               {Party::AF, "AF", QT_TRANSLATE_NOOP("Codes", "Arbetsförmedlingen")},
               {Party::IoF, "IoF", QT_TRANSLATE_NOOP("Codes", "Individ- och familj")},
               {Party::Region, "Region", QT_TRANSLATE_NOOP("Codes", "Region (healthcare)")},
               {Party::Arbetsgivare, "Arbetsgivare", QT_TRANSLATE_NOOP("Codes", "Employer")},
               {Party::Individ, "Individ", QT_TRANSLATE_NOOP("Codes", "The individual")},
               {Party::Annan, "Annan", QT_TRANSLATE_NOOP("Codes", "Other")})

SAMORDNA_TABLE(MeasureStatus, {MeasureStatus::Planned, "planned", QT_TRANSLATE_NOOP("Codes", "Planned")},
               {MeasureStatus::Ongoing, "ongoing", QT_TRANSLATE_NOOP("Codes", "Ongoing")},
               {MeasureStatus::Done, "done", QT_TRANSLATE_NOOP("Codes", "Done")},
               {MeasureStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled")})

SAMORDNA_TABLE(WorkCapacity, {WorkCapacity::Full, "full", QT_TRANSLATE_NOOP("Codes", "Full work capacity")},
               {WorkCapacity::Partial, "partial", QT_TRANSLATE_NOOP("Codes", "Partial work capacity")},
               {WorkCapacity::None, "none", QT_TRANSLATE_NOOP("Codes", "No work capacity")})

SAMORDNA_TABLE(ReductionDuration, {ReductionDuration::Temporary, "temporary", QT_TRANSLATE_NOOP("Codes", "Temporary")},
               {ReductionDuration::AtLeastOneYear, "at_least_one_year",
                QT_TRANSLATE_NOOP("Codes", "At least one year")},
               {ReductionDuration::ForeseeableFuture, "foreseeable_future",
                QT_TRANSLATE_NOOP("Codes", "For the foreseeable future")})

SAMORDNA_TABLE(ComplementKind,
               {ComplementKind::Vardenhet, "vardenhet", QT_TRANSLATE_NOOP("Codes", "Contact with the healthcare unit")},
               {ComplementKind::RehabKoordinator, "rehab_koordinator",
                QT_TRANSLATE_NOOP("Codes", "Contact with the rehab-koordinator")},
               {ComplementKind::Sip, "sip", QT_TRANSLATE_NOOP("Codes", "SIP (coordinated individual plan)")},
               {ComplementKind::LakarFragor, "lakarfragor", QT_TRANSLATE_NOOP("Codes", "Questions to the doctor")},
               {ComplementKind::NyttUnderlag, "nytt_underlag",
                QT_TRANSLATE_NOOP("Codes", "New medical documentation received")})

#undef SAMORDNA_TABLE

} // namespace

template<typename E>
QString code(E value)
{
    for (const auto &entry : Table<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename E>
std::optional<E> fromCode(const QString &text)
{
    for (const auto &entry : Table<E>::entries) {
        if (text == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : Table<E>::entries)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

template<typename E>
QString displayName(E value)
{
    for (const auto &entry : Table<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Codes", entry.display);
    }
    return {};
}

#define SAMORDNA_INSTANTIATE(Type)                                                                                     \
    template QString code<Type>(Type);                                                                                 \
    template std::optional<Type> fromCode<Type>(const QString &);                                                      \
    template QStringList allCodes<Type>();                                                                             \
    template QString displayName<Type>(Type);

SAMORDNA_INSTANTIATE(Decision)
SAMORDNA_INSTANTIATE(MeetingKind)
SAMORDNA_INSTANTIATE(Advice)
SAMORDNA_INSTANTIATE(Party)
SAMORDNA_INSTANTIATE(MeasureStatus)
SAMORDNA_INSTANTIATE(WorkCapacity)
SAMORDNA_INSTANTIATE(ReductionDuration)
SAMORDNA_INSTANTIATE(ComplementKind)

#undef SAMORDNA_INSTANTIATE

} // namespace samordna
