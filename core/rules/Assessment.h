// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "domain/Stage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samordna {

enum class CriterionStatus { Met, NotMet, Unknown };
enum class Eligibility { NotApplicable, NotEligible, Incomplete, Eligible };
// What the method document asks for before the application (box 1), in the
// order the report lists them.
enum class Missing { Consent, MedicalDocumentation, NeedsMapping, SocialWorkerContact };
// What box 5 asks to be made clear before the case closes at FK (6a, 6b).
enum class ClosureMissing { ClosedDate, ContinuedBy };
enum class DeadlineStatus { Met, NotMet, Pending, Overdue };
// Box 3's time limits (rules/Deadlines.h).
enum class DeadlineKind { FkContactWithinWeek, InvitationLeadTime };
enum class BenefitPath { None, Sjukersattning, Aktivitetsersattning };

struct Criterion
{
    QString code; // no_sgi, insured, work_capacity_reduced, needs_rehabilitation, needs_coordination
    CriterionStatus status = CriterionStatus::Unknown;
    QString reference;
};

struct Deadline
{
    DeadlineKind kind = DeadlineKind::FkContactWithinWeek;
    QDate due;
    DeadlineStatus status = DeadlineStatus::Pending;
    int meetingIndex = -1; // for InvitationLeadTime: the meeting checked
};

struct Transition
{
    Stage target = Stage::Ruta1;
    bool allowed = false;
    QString reason; // why not, in words, when not allowed
};

struct Assessment
{
    QDate date;
    Stage stage = Stage::Ruta1;
    std::optional<int> age;
    Eligibility eligibility = Eligibility::Incomplete;
    QList<Criterion> criteria;
    QList<Missing> missingBeforeApplication;
    // FK's konsultationsteam advice in force: not given before the case
    // entered its current box (nor on the day it re-entered it).
    std::optional<Advice> currentAdvice;
    bool readyToApply = false;
    Stage suggestedStage = Stage::Ruta1;
    // Every stage other than the current one, allowed or not, in stage order.
    QList<Transition> transitions;
    QList<Deadline> deadlines;
    std::optional<QStringList> invitationAddress;
    QList<ClosureMissing> missingBeforeClosure;
    // Set in box 6b, and in 6a with partial work capacity.
    std::optional<BenefitPath> benefitPath;
    QList<BenefitPath> benefitAlternatives;
    QString benefitReason; // why that path, in words
    bool keepOpen = false;

    QList<Stage> allowedTransitions() const;
    const Transition *transitionTo(Stage target) const;
};

QString code(CriterionStatus status);
QString code(Eligibility eligibility);
QString code(Missing missing);
QString code(ClosureMissing missing);
QString code(DeadlineStatus status);
// fk_contact_within_week, invitation_lead_time: the report's and the store's words.
QString code(DeadlineKind kind);
std::optional<DeadlineKind> deadlineKindFromCode(const QString &code);
QString code(BenefitPath path);

QString displayName(CriterionStatus status);
QString displayName(Eligibility eligibility);
QString displayName(Missing missing);
QString displayName(ClosureMissing missing);
QString displayName(BenefitPath path);
// "FK's contact within one week", for lists of deadlines.
QString deadlineTitle(DeadlineKind kind);

} // namespace samordna
