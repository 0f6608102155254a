// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTerms.h"

namespace samordna {

namespace {

bool happened(const QDate &day, const QDate &date)
{
    return !day.isNull() && day <= date;
}

// Advice given before the case entered its box no longer applies; nor
// advice given on the day it re-entered it, because a move made on a
// meeting's day is that meeting's consequence.
bool isSpent(const QDate &adviceDate, const CaseTerms &terms)
{
    if (terms.entered.isNull())
        return false;
    return adviceDate < terms.entered || (adviceDate == terms.entered && terms.reEntered);
}

std::optional<Advice> adviceInForce(const CaseRecord &record, const CaseTerms &terms)
{
    const Meeting *latest = nullptr;
    for (const Meeting &meeting : record.meetings) {
        if (meeting.kind != MeetingKind::Konsultationsteam || !meeting.outcome)
            continue;
        if (!happened(meeting.date, terms.date) || isSpent(meeting.date, terms))
            continue;
        if (!latest || meeting.date >= latest->date) // on a tie, the later in the list
            latest = &meeting;
    }
    return latest ? latest->outcome : std::nullopt;
}

bool avstamningsmoteHeld(const CaseRecord &record, const CaseTerms &terms)
{
    const bool sinceEntered = record.stage == Stage::Ruta3 && !terms.entered.isNull();
    for (const Meeting &meeting : record.meetings) {
        if (meeting.kind != MeetingKind::Avstamningsmote || !happened(meeting.date, terms.date))
            continue;
        if (!sinceEntered || meeting.date >= terms.entered)
            return true;
    }
    return false;
}

bool planHasResponsibleParty(const CaseRecord &record)
{
    for (const PlanMeasure &measure : record.plan) {
        if (measure.responsible && measure.status != MeasureStatus::Cancelled)
            return true;
    }
    return false;
}

// New medical documentation counts from the day the box began; without a
// history, from FK's latest call for a complement; without either, any.
bool documentationSinceEntered(const CaseRecord &record, const CaseTerms &terms)
{
    QDate since = terms.entered;
    if (since.isNull()) {
        for (const Meeting &meeting : record.meetings) {
            if (meeting.kind == MeetingKind::Konsultationsteam && meeting.outcome == Advice::ComplementNeeded
                && happened(meeting.date, terms.date) && (since.isNull() || meeting.date > since))
                since = meeting.date;
        }
    }
    for (const MedicalDocument &document : record.medicalDocuments) {
        if (happened(document.date, terms.date) && (since.isNull() || document.date >= since))
            return true;
    }
    return false;
}

} // namespace

CaseTerms CaseTerms::of(const CaseRecord &record, const QDate &date)
{
    CaseTerms terms;
    terms.date = date;
    if (!record.stageHistory.isEmpty()) {
        terms.entered = record.stageHistory.constLast().from;
        terms.reEntered = !terms.entered.isNull() && record.stageHistory.size() > 1;
    }
    terms.received = record.application.isReceivedOn(date);
    terms.rejected = record.application.isRejectedOn(date);
    terms.held = avstamningsmoteHeld(record, terms);
    terms.planReady = planHasResponsibleParty(record);
    terms.newDocumentation = documentationSinceEntered(record, terms);
    terms.currentAdvice = adviceInForce(record, terms);
    return terms;
}

} // namespace samordna
