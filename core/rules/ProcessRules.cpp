// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessRules.h"

#include "ProcessGraph.h"
#include "domain/Codes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace samordna::process {

namespace {

// Gives lupdate and the program the same translation context.
struct ProcessRules
{
    Q_DECLARE_TR_FUNCTIONS(ProcessRules)
};

// A condition on an arrow of the process graph: holds, or the reason it
// does not. Arrows without a condition are always open.
struct Step
{
    Stage target;
    bool holds;
    QString unlessReason;
};

// The conditions the method document puts on the arrows from each box; which
// arrows exist is the process graph's to say.
QList<Step> conditionsFrom(const Situation &s)
{
    const CaseTerms &t = s.terms;
    const QString notReceived = t.rejected
        ? ProcessRules::tr("FK has rejected the application: the case goes to box 2b.")
        : ProcessRules::tr("Box 3 begins when FK has received the application (blankett 7434): record the date "
                           "FK received it.");
    switch (s.stage) {
    case Stage::Ruta1:
        return {{Stage::Ruta3, t.received && !t.rejected, notReceived}};
    case Stage::Ruta2a:
        return {
            {Stage::Ruta1, t.newDocumentation,
             ProcessRules::tr("No new medical documentation has come since the case entered box 2a: record it "
                              "under medical documents, then ask FK again.")},
            {Stage::Ruta3, t.received && !t.rejected, notReceived},
        };
    case Stage::Ruta2b:
        return {};
    case Stage::Ruta3:
        return {
            {Stage::Ruta2b, t.rejected,
             ProcessRules::tr("Only FK's rejection of the application leads from box 3 to box 2b.")},
            {Stage::Ruta4, t.held,
             ProcessRules::tr("No avstämningsmöte has been held yet: record the meeting FK called, with its date.")},
        };
    case Stage::Ruta4:
        return {{Stage::Ruta5, t.planReady,
                 ProcessRules::tr("The rehabilitation plan has no measure with a responsible party yet.")}};
    case Stage::Ruta5: {
        const Stage next = suggestedStage(s);
        return {
            {Stage::Ruta6a, next == Stage::Ruta6a,
             ProcessRules::tr("Box 6a follows when FK has closed the coordination: record FK's closing date and "
                              "that the person has full or partial work capacity.")},
            {Stage::Ruta6b, next == Stage::Ruta6b,
             ProcessRules::tr("Box 6b follows when FK has closed the coordination and the person has no work "
                              "capacity (record FK's closing date), or at once for a temporary deterioration.")},
        };
    }
    case Stage::Ruta6a:
        return {};
    case Stage::Ruta6b:
        return {{Stage::Ruta4, s.keepOpen,
                 ProcessRules::tr("Only a temporary deterioration keeps the case open at FK for new planning.")}};
    }
    return {};
}

QString notAStepReason(Stage from, Stage to)
{
    if (from == Stage::Ruta6a)
        return ProcessRules::tr("The case is closed at FK in box 6a; the social services continue on their own.");
    return ProcessRules::tr("The method document does not lead from box %1 to box %2.")
        .arg(stageNumber(from), stageNumber(to));
}

} // namespace

Situation situationOf(const CaseRecord &record, const CaseTerms &terms, Eligibility eligibility, bool keepOpen)
{
    Situation s;
    s.stage = record.stage;
    s.eligibility = eligibility;
    s.terms = terms;
    s.workCapacity = record.closure.workCapacity;
    s.reductionDuration = record.closure.reductionDuration;
    s.closedByFk = !record.closure.closedDate.isNull() && record.closure.closedDate <= terms.date;
    s.keepOpen = keepOpen;
    return s;
}

QList<ClosureMissing> missingBeforeClosure(const CaseRecord &record, const Situation &s)
{
    if (s.stage != Stage::Ruta5 && s.stage != Stage::Ruta6a && s.stage != Stage::Ruta6b)
        return {};
    if (s.keepOpen || (s.stage == Stage::Ruta5 && s.temporaryDeterioration()))
        return {};
    QList<ClosureMissing> missing;
    if (!s.closedByFk)
        missing << ClosureMissing::ClosedDate;
    if (record.closure.continuedBy.trimmed().isEmpty())
        missing << ClosureMissing::ContinuedBy;
    return missing;
}

QList<Transition> transitions(const Situation &situation)
{
    const QList<Step> conditions = conditionsFrom(situation);
    for ([[maybe_unused]] const Step &step : conditions)
        Q_ASSERT_X(leadsTo(situation.stage, step.target), "process::transitions", "a condition on a missing arrow");
    QList<Transition> result;
    for (Stage target : allStages()) {
        if (target == situation.stage)
            continue;
        Transition transition{target, false, notAStepReason(situation.stage, target)};
        if (leadsTo(situation.stage, target)) {
            transition = {target, true, {}};
            for (const Step &step : conditions) {
                if (step.target == target)
                    transition = {target, step.holds, step.holds ? QString() : step.unlessReason};
            }
        }
        result << transition;
    }
    return result;
}

Stage suggestedStage(const Situation &s)
{
    const CaseTerms &t = s.terms;
    const bool notApplicable = s.eligibility == Eligibility::NotApplicable;
    switch (s.stage) {
    case Stage::Ruta1:
        if (notApplicable)
            return s.stage;
        if (t.rejected)
            return Stage::Ruta2b;
        if (t.received)
            return Stage::Ruta3; // FK has the application and decides
        if (s.eligibility == Eligibility::NotEligible || t.currentAdvice == Advice::NotRelevant)
            return Stage::Ruta2b;
        if (t.currentAdvice == Advice::ComplementNeeded)
            return Stage::Ruta2a;
        return Stage::Ruta1; // incomplete facts are found out here, not in 2a
    case Stage::Ruta2a:
        if (notApplicable)
            return s.stage;
        if (t.rejected)
            return Stage::Ruta2b;
        if (t.received)
            return Stage::Ruta3;
        if (s.eligibility == Eligibility::NotEligible || t.currentAdvice == Advice::NotRelevant)
            return Stage::Ruta2b;
        if (s.eligibility == Eligibility::Eligible && t.newDocumentation)
            return Stage::Ruta1; // ask FK again with the new documentation
        return Stage::Ruta2a;
    case Stage::Ruta3:
        if (t.rejected)
            return Stage::Ruta2b;
        return t.held ? Stage::Ruta4 : Stage::Ruta3;
    case Stage::Ruta4:
        return t.planReady ? Stage::Ruta5 : Stage::Ruta4;
    case Stage::Ruta5:
        if (s.temporaryDeterioration())
            return Stage::Ruta6b; // FK keeps the case open; no closing date
        if (s.closedByFk) {
            if (s.workCapacity == WorkCapacity::Full || s.workCapacity == WorkCapacity::Partial)
                return Stage::Ruta6a;
            if (s.workCapacity == WorkCapacity::None)
                return Stage::Ruta6b;
        }
        return Stage::Ruta5;
    case Stage::Ruta2b:
    case Stage::Ruta6a:
    case Stage::Ruta6b:
        return s.stage;
    }
    return s.stage;
}

AdviceStep afterAdvice(Advice advice)
{
    switch (advice) {
    case Advice::CriteriaMet:
        return {Stage::Ruta1,
                ProcessRules::tr("FK advises that the criteria for coordination are met: the case stays in box 1; "
                                 "help the client apply on blankett 7434 and attach the aktanteckning.")};
    case Advice::ComplementNeeded:
        return {Stage::Ruta2a,
                ProcessRules::tr("FK advises that the medical documentation needs complementing: contact the "
                                 "healthcare unit (rehab-koordinator), call a SIP or send questions to the doctor; "
                                 "with new documentation, assess the case again and ask FK again.")};
    case Advice::NotRelevant:
        return {Stage::Ruta2b,
                ProcessRules::tr("FK advises that coordination is not relevant for the case: continue the work "
                                 "with the client without FK.")};
    }
    return {Stage::Ruta1, {}};
}

QString adviceNote(const QDate &meetingDate, Advice advice, const QString &note)
{
    QString text = ProcessRules::tr("Konsultationsteam %1: FK's advice: %2.")
                       .arg(meetingDate.toString(Qt::ISODate), displayName(advice));
    if (!note.trimmed().isEmpty())
        text += u' ' + note.trimmed();
    return text;
}

QString transitionNote(Stage from, Stage to, const QString &note)
{
    QString text = ProcessRules::tr("Box %1 → box %2").arg(stageNumber(from), stageNumber(to));
    if (!note.trimmed().isEmpty())
        text += u": " + note.trimmed();
    return text;
}

std::optional<Stage> stageLeftIn(const QString &journalText)
{
    // Language-neutral: a box number, the arrow, and nothing but words before.
    static const QRegularExpression move(QStringLiteral("^\\D*([1-6][ab]?)\\s*\u2192"));
    const QRegularExpressionMatch match = move.match(journalText);
    if (!match.hasMatch())
        return std::nullopt;
    for (Stage stage : allStages()) {
        if (stageNumber(stage) == match.captured(1))
            return stage;
    }
    return std::nullopt;
}

std::optional<std::pair<Stage, Stage>> stagesMovedIn(const QString &journalText)
{
    static const QRegularExpression move(QStringLiteral("^\\D*([1-6][ab]?)\\s*\u2192\\D*([1-6][ab]?)\\b"));
    const QRegularExpressionMatch match = move.match(journalText);
    if (!match.hasMatch())
        return std::nullopt;
    std::optional<Stage> from;
    std::optional<Stage> to;
    for (Stage stage : allStages()) {
        if (stageNumber(stage) == match.captured(1))
            from = stage;
        if (stageNumber(stage) == match.captured(2))
            to = stage;
    }
    if (!from || !to)
        return std::nullopt;
    return std::make_pair(*from, *to);
}

QList<Stage> passedStages(const CaseRecord &record)
{
    static const QList<Stage> mainPath = {Stage::Ruta1, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5};
    const Stage current = record.stage;
    QList<Stage> passed;
    if (current == Stage::Ruta2a || current == Stage::Ruta2b) {
        passed << Stage::Ruta1;
    } else if (current == Stage::Ruta6a || current == Stage::Ruta6b) {
        passed = mainPath;
    } else {
        for (Stage stage : mainPath) {
            if (stage == current)
                break;
            passed << stage;
        }
    }
    if (current != Stage::Ruta2a && !record.complements.isEmpty())
        passed << Stage::Ruta2a;
    for (const JournalEntry &entry : record.journal) {
        if (entry.isMarkedWrong())
            continue;
        const auto left = stageLeftIn(entry.text);
        if (left && *left != current && !passed.contains(*left))
            passed << *left;
    }
    return passed;
}

bool asksBeforeApplication(Stage stage)
{
    return stage == Stage::Ruta1 || stage == Stage::Ruta2a;
}

bool isClosed(Stage stage, std::optional<ReductionDuration> reductionDuration)
{
    switch (stage) {
    case Stage::Ruta2b:
    case Stage::Ruta6a:
        return true;
    case Stage::Ruta6b:
        return reductionDuration != ReductionDuration::Temporary;
    default:
        return false;
    }
}

bool isClosed(const CaseRecord &record)
{
    return isClosed(record.stage, record.closure.reductionDuration);
}

bool isWatched(const Deadline &deadline, Stage stage, std::optional<ReductionDuration> reductionDuration)
{
    if (isClosed(stage, reductionDuration))
        return false;
    if (deadline.kind == DeadlineKind::FkContactWithinWeek)
        return stage == Stage::Ruta1 || stage == Stage::Ruta2a || stage == Stage::Ruta3;
    return true;
}

} // namespace samordna::process
