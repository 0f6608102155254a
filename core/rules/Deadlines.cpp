// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadlines.h"

namespace samordna::deadlines {

namespace {

std::optional<Deadline> fkContact(const CaseRecord &record, const QDate &date, const RuleData &data)
{
    // The method document gives no start for the week; the decision date is
    // this program's reading. A decision dated after the date is not in effect.
    const Application &application = record.application;
    if (application.decisionDate.isNull() || !application.isGrantedOn(date))
        return std::nullopt;
    Deadline deadline{DeadlineKind::FkContactWithinWeek, application.decisionDate.addDays(data.fkContactDays),
                      DeadlineStatus::Pending, -1};
    const bool contacted = !record.fkContactDate.isNull() && record.fkContactDate <= date;
    if (contacted)
        deadline.status = record.fkContactDate <= deadline.due ? DeadlineStatus::Met : DeadlineStatus::Overdue;
    else if (date > deadline.due)
        deadline.status = DeadlineStatus::Overdue; // FK turns to the district's contact person
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
        // An invitation dated after the date has not been sent yet.
        if (meeting.kind != MeetingKind::Avstamningsmote || meeting.invitationSentDate.isNull()
            || meeting.invitationSentDate > date)
            continue;
        const QDate due = meeting.invitationSentDate.addDays(data.invitationLeadDays);
        const bool met = !meeting.date.isNull() && meeting.date >= due;
        result << Deadline{DeadlineKind::InvitationLeadTime, due, met ? DeadlineStatus::Met : DeadlineStatus::NotMet,
                           i};
    }
    return result;
}

} // namespace samordna::deadlines
