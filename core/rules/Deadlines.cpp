#include "Deadlines.h"

namespace samordna::deadlines {

namespace {

std::optional<Deadline> fkContact(const CaseRecord &record, const QDate &date, const RuleData &data)
{
    const Application &application = record.application;
    if (!application.isGranted() || application.decisionDate.isNull())
        return std::nullopt;
    Deadline deadline{DeadlineKind::FkContactWithinWeek,
                      application.decisionDate.addDays(data.fkContactDays), DeadlineStatus::Pending, -1};
    if (!record.fkContactDate.isNull())
        deadline.status = record.fkContactDate <= deadline.due ? DeadlineStatus::Met : DeadlineStatus::Overdue;
    else if (date > deadline.due)
        deadline.status = DeadlineStatus::Overdue; // the district's contact person is to be contacted
    return deadline;
}

} // namespace

QList<Deadline> check(const CaseRecord &record, const QDate &date, const RuleData &data)
{
    QList<Deadline> result;
    if (const auto contact = fkContact(record, date, data))
        result << *contact;
    for (int i = 0; i < record.meetings.size(); ++i) {
        const Meeting &meeting = record.meetings.at(i);
        if (meeting.kind != MeetingKind::Avstamningsmote || meeting.invitationSentDate.isNull())
            continue;
        const QDate due = meeting.invitationSentDate.addDays(data.invitationLeadDays);
        const bool met = !meeting.date.isNull() && meeting.date >= due;
        result << Deadline{DeadlineKind::InvitationLeadTime, due,
                           met ? DeadlineStatus::Met : DeadlineStatus::NotMet, i};
    }
    return result;
}

} // namespace samordna::deadlines
