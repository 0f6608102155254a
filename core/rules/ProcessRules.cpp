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

QString notReadyReason(const Situation &s)
{
    QStringList parts;
    if (s.eligibility != Eligibility::Eligible)
        parts << ProcessRules::tr("the criteria are not all met");
    if (!s.missing.isEmpty()) {
        QStringList names;
        for (Missing missing : s.missing)
            names << displayName(missing).toLower();
        parts << ProcessRules::tr("missing: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!s.applicationGranted)
        parts << ProcessRules::tr("FK has not granted the application");
    return ProcessRules::tr("FK coordinates only after a granted application (%1).").arg(parts.join(QStringLiteral("; ")));
}

// The conditions the method document puts on the arrows from each box; which
// arrows exist is the process graph's to say.
QList<Step> conditionsFrom(const Situation &s)
{
    switch (s.stage) {
    case Stage::Ruta1:
        return {{Stage::Ruta3, s.readyToApply && s.applicationGranted, notReadyReason(s)}};
    case Stage::Ruta2a:
    case Stage::Ruta2b:
        return {};
    case Stage::Ruta3:
        return {{Stage::Ruta4, s.avstamningsmoteHeld,
                 ProcessRules::tr("No avstämningsmöte has been held yet: record the meeting FK called, with its date.")}};
    case Stage::Ruta4:
        return {{Stage::Ruta5, s.planHasResponsibleParty,
                 ProcessRules::tr("The rehabilitation plan has no measure with a responsible party yet.")}};
    case Stage::Ruta5:
        return {
            {Stage::Ruta6a,
             s.workCapacity == WorkCapacity::Full || s.workCapacity == WorkCapacity::Partial,
             ProcessRules::tr("Record at closure that the person has full or partial work capacity.")},
            {Stage::Ruta6b, s.workCapacity == WorkCapacity::None,
             ProcessRules::tr("Record at closure that the person has no work capacity.")},
        };
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

Situation situationOf(const CaseRecord &record, const QDate &date, Eligibility eligibility,
                      const QList<Missing> &missing, bool readyToApply, bool keepOpen)
{
    Situation s;
    s.stage = record.stage;
    s.eligibility = eligibility;
    s.readyToApply = readyToApply;
    s.missing = missing;
    s.applicationGranted = record.application.isGranted();
    s.applicationRejected = record.application.isRejected();
    for (const auto &meeting : record.meetings) {
        if (meeting.kind == MeetingKind::Avstamningsmote && !meeting.date.isNull() && meeting.date <= date)
            s.avstamningsmoteHeld = true;
    }
    for (const auto &measure : record.plan) {
        if (measure.responsible)
            s.planHasResponsibleParty = true;
    }
    s.workCapacity = record.closure.workCapacity;
    s.keepOpen = keepOpen;
    return s;
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
    if (s.eligibility == Eligibility::NotApplicable)
        return s.stage;
    switch (s.stage) {
    case Stage::Ruta1:
        if (s.eligibility == Eligibility::NotEligible || s.applicationRejected)
            return Stage::Ruta2b;
        if (s.eligibility == Eligibility::Incomplete)
            return Stage::Ruta2a;
        if (s.readyToApply && s.applicationGranted)
            return Stage::Ruta3;
        return Stage::Ruta1;
    case Stage::Ruta2a:
        if (s.eligibility == Eligibility::NotEligible || s.applicationRejected)
            return Stage::Ruta2b;
        if (s.eligibility == Eligibility::Eligible)
            return Stage::Ruta1; // ask FK again with the new documentation
        return Stage::Ruta2a;
    case Stage::Ruta3:
        return s.avstamningsmoteHeld ? Stage::Ruta4 : Stage::Ruta3;
    case Stage::Ruta4:
        return s.planHasResponsibleParty ? Stage::Ruta5 : Stage::Ruta4;
    case Stage::Ruta5:
        if (s.workCapacity == WorkCapacity::Full || s.workCapacity == WorkCapacity::Partial)
            return Stage::Ruta6a;
        if (s.workCapacity == WorkCapacity::None)
            return Stage::Ruta6b;
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
                                 "healthcare unit (rehab-koordinator), hold a SIP or send questions to the doctor; "
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

} // namespace samordna::process
