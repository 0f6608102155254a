// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "CaseTerms.h"
#include "domain/CaseRecord.h"

namespace samordna {

// What the method document allows after each box, and which box it suggests.
// Everything about moving between boxes is decided here, box by box: the
// arrows that exist are the process graph's (ProcessGraph.h), the conditions
// on them are these rules'.
namespace process {

// The facts about a case that the box rules look at, worked out once.
struct Situation
{
    Stage stage = Stage::Ruta1;
    Eligibility eligibility = Eligibility::Incomplete;
    CaseTerms terms;
    std::optional<WorkCapacity> workCapacity;
    std::optional<ReductionDuration> reductionDuration;
    bool closedByFk = false; // FK's closing date is on or before the date
    bool keepOpen = false;

    // Box 5 heads for 6b without a closing date: FK keeps the case open
    // while a temporary deterioration lasts.
    bool temporaryDeterioration() const
    {
        return workCapacity == WorkCapacity::None && reductionDuration == ReductionDuration::Temporary;
    }
};

Situation situationOf(const CaseRecord &record, const CaseTerms &terms, Eligibility eligibility, bool keepOpen);

// What box 5 asks to be made clear before the case closes at FK: its
// closing date and who drives the continued planning (in 5, 6a and 6b;
// nothing while FK keeps the case open).
QList<ClosureMissing> missingBeforeClosure(const CaseRecord &record, const Situation &situation);

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

// The journal line that records FK's advice from a konsultationsteam
// meeting, with the note taken there, in the user's language.
QString adviceNote(const QDate &meetingDate, Advice advice, const QString &note);

// The journal line that records a move between boxes, "Box 1 → box 3: note"
// in the user's language, and the box it left, read back from such a line
// in any language (nullopt for other notes).
QString transitionNote(Stage from, Stage to, const QString &note);
std::optional<Stage> stageLeftIn(const QString &journalText);
// Both boxes of such a line: the one left and the one entered.
std::optional<std::pair<Stage, Stage>> stagesMovedIn(const QString &journalText);

// The boxes a case has been through: those before the current one on the
// main path (1 → 3 → 4 → 5), 1 for a case in 2a or 2b, 2a once complementing
// work is recorded, and every box a journal line says it left. For the
// process map's marks; the current box is never among them.
QList<Stage> passedStages(const CaseRecord &record);

// Whether the steps before the application (Assessment::
// missingBeforeApplication) are still the social worker's to do in `stage`:
// in box 1, and in 2a while complementing for a new application.
bool asksBeforeApplication(Stage stage);
// Whether the case is closed: in box 2b or 6a, or in 6b unless FK keeps it
// open (a temporary deterioration). Closed cases have no deadlines to watch.
bool isClosed(Stage stage, std::optional<ReductionDuration> reductionDuration);
bool isClosed(const CaseRecord &record);
// Whether a deadline the rules worked out is still something to act on in
// a case in `stage`: nothing in a closed case, and FK's contact with the
// social worker within a week only until the case is past box 3 (by then
// the avstämningsmöte has brought FK and the social worker together).
bool isWatched(const Deadline &deadline, Stage stage, std::optional<ReductionDuration> reductionDuration);

// Whether the case is closed: in box 2b or 6a, or in 6b unless FK keeps it
// open (a temporary deterioration).
bool isClosed(Stage stage, std::optional<ReductionDuration> reductionDuration);
bool isClosed(const CaseRecord &record);

} // namespace process
} // namespace samordna
