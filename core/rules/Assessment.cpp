// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include <QCoreApplication>

namespace samordna {

QList<Stage> Assessment::allowedTransitions() const
{
    QList<Stage> allowed;
    for (const auto &transition : transitions) {
        if (transition.allowed)
            allowed << transition.target;
    }
    return allowed;
}

const Transition *Assessment::transitionTo(Stage target) const
{
    for (const auto &transition : transitions) {
        if (transition.target == target)
            return &transition;
    }
    return nullptr;
}

QString code(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QStringLiteral("met");
    case CriterionStatus::NotMet:
        return QStringLiteral("not_met");
    case CriterionStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString code(Eligibility eligibility)
{
    switch (eligibility) {
    case Eligibility::NotApplicable:
        return QStringLiteral("not_applicable");
    case Eligibility::NotEligible:
        return QStringLiteral("not_eligible");
    case Eligibility::Incomplete:
        return QStringLiteral("incomplete");
    case Eligibility::Eligible:
        return QStringLiteral("eligible");
    }
    return {};
}

QString code(Missing missing)
{
    switch (missing) {
    case Missing::Consent:
        return QStringLiteral("consent");
    case Missing::MedicalDocumentation:
        return QStringLiteral("medical_documentation");
    case Missing::NeedsMapping:
        return QStringLiteral("needs_mapping");
    case Missing::SocialWorkerContact:
        return QStringLiteral("social_worker_contact");
    }
    return {};
}

QString code(ClosureMissing missing)
{
    switch (missing) {
    case ClosureMissing::ClosedDate:
        return QStringLiteral("closed_date");
    case ClosureMissing::ContinuedBy:
        return QStringLiteral("continued_by");
    }
    return {};
}

QString code(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Met:
        return QStringLiteral("met");
    case DeadlineStatus::NotMet:
        return QStringLiteral("not_met");
    case DeadlineStatus::Pending:
        return QStringLiteral("pending");
    case DeadlineStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString code(BenefitPath path)
{
    switch (path) {
    case BenefitPath::None:
        return QStringLiteral("none");
    case BenefitPath::Sjukersattning:
        return QStringLiteral("sjukersattning");
    case BenefitPath::Aktivitetsersattning:
        return QStringLiteral("aktivitetsersattning");
    }
    return {};
}

QString displayName(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QCoreApplication::translate("Assessment", "Yes");
    case CriterionStatus::NotMet:
        return QCoreApplication::translate("Assessment", "No");
    case CriterionStatus::Unknown:
        return QCoreApplication::translate("Assessment", "Not known");
    }
    return {};
}

QString displayName(Eligibility eligibility)
{
    switch (eligibility) {
    case Eligibility::NotApplicable:
        return QCoreApplication::translate("Assessment", "Not applicable: the person has SGI");
    case Eligibility::NotEligible:
        return QCoreApplication::translate("Assessment", "Criteria not met");
    case Eligibility::Incomplete:
        return QCoreApplication::translate("Assessment", "Not yet known");
    case Eligibility::Eligible:
        return QCoreApplication::translate("Assessment", "Criteria met");
    }
    return {};
}

QString displayName(Missing missing)
{
    switch (missing) {
    case Missing::Consent:
        return QCoreApplication::translate("Assessment", "Written consent");
    case Missing::MedicalDocumentation:
        return QCoreApplication::translate("Assessment", "Medical documentation");
    case Missing::NeedsMapping:
        return QCoreApplication::translate("Assessment", "Mapping of needs and motivation");
    case Missing::SocialWorkerContact:
        return QCoreApplication::translate("Assessment", "The social worker's contact details (phone or e-mail)");
    }
    return {};
}

QString displayName(ClosureMissing missing)
{
    switch (missing) {
    case ClosureMissing::ClosedDate:
        return QCoreApplication::translate("Assessment", "The date FK closed the coordination");
    case ClosureMissing::ContinuedBy:
        return QCoreApplication::translate("Assessment", "Who drives the continued planning");
    }
    return {};
}

QString displayName(BenefitPath path)
{
    switch (path) {
    case BenefitPath::None:
        return QCoreApplication::translate("Assessment", "No benefit suggested");
    case BenefitPath::Sjukersattning:
        return QCoreApplication::translate("Assessment", "Sjukersättning");
    case BenefitPath::Aktivitetsersattning:
        return QCoreApplication::translate("Assessment", "Aktivitetsersättning");
    }
    return {};
}

QString code(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::FkContactWithinWeek:
        return QStringLiteral("fk_contact_within_week");
    case DeadlineKind::InvitationLeadTime:
        return QStringLiteral("invitation_lead_time");
    }
    return {};
}

std::optional<DeadlineKind> deadlineKindFromCode(const QString &text)
{
    for (DeadlineKind kind : {DeadlineKind::FkContactWithinWeek, DeadlineKind::InvitationLeadTime}) {
        if (code(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString deadlineTitle(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::FkContactWithinWeek:
        return QCoreApplication::translate("Assessment", "FK's contact with the social worker within one week");
    case DeadlineKind::InvitationLeadTime:
        return QCoreApplication::translate("Assessment", "Avstämningsmöte at least two weeks after the invitation");
    }
    return {};
}

} // namespace samordna
