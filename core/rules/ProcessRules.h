#pragma once

#include "Assessment.h"
#include "domain/CaseRecord.h"

namespace samordna {

// What the method document allows after each box, and which box it suggests.
// Everything about moving between boxes is decided here, box by box.
namespace process {

// The facts about a case that the box rules look at, worked out once.
struct Situation
{
    Stage stage = Stage::Ruta1;
    Eligibility eligibility = Eligibility::Incomplete;
    bool readyToApply = false;
    bool applicationGranted = false;
    bool applicationRejected = false;
    bool avstamningsmoteHeld = false;
    bool planHasResponsibleParty = false;
    std::optional<WorkCapacity> workCapacity;
    bool keepOpen = false;
    QList<Missing> missing;
};

Situation situationOf(const CaseRecord &record, const QDate &date, Eligibility eligibility,
                      const QList<Missing> &missing, bool readyToApply, bool keepOpen);

// Every box other than the current one, in stage order, with whether the
// method document allows going there now and, if not, why.
QList<Transition> transitions(const Situation &situation);
Stage suggestedStage(const Situation &situation);

// What FK's advice in the konsultationsteam means for a case in box 1: the
// box the method document leads to next and what the social worker does
// there. Criteria met keeps the case in box 1 until FK has the application.
struct AdviceStep
{
    Stage next = Stage::Ruta1;
    QString explanation; // translated
};
AdviceStep afterAdvice(Advice advice);

} // namespace process
} // namespace samordna
