// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/DateOrder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// `later` must not lie before `earlier`; both recorded.
void requireOrder(QList<DateConflict> &out, const QString &code, const QString &laterField, const QDate &later,
                  const QString &earlierField, const QDate &earlier)
{
    if (!later.isNull() && !earlier.isNull() && later < earlier)
        out.append({code, laterField, earlierField, later, earlier});
}

} // namespace

QString DateConflict::message() const
{
    if (code == u"consent_revoked_before_given")
        return QCoreApplication::translate("DateOrder", "The consent is revoked on %1, before it was given on %2.")
            .arg(iso(date), iso(otherDate));
    if (code == u"received_before_sent")
        return QCoreApplication::translate("DateOrder", "FK received the application on %1, before it was sent on %2.")
            .arg(iso(date), iso(otherDate));
    if (code == u"decision_before_receipt")
        return QCoreApplication::translate("DateOrder",
                                           "FK's decision is dated %1, before FK received the application "
                                           "on %2.")
            .arg(iso(date), iso(otherDate));
    if (code == u"decision_before_sent")
        return QCoreApplication::translate("DateOrder",
                                           "FK's decision is dated %1, before the application was sent "
                                           "on %2.")
            .arg(iso(date), iso(otherDate));
    if (code == u"measure_ends_before_start")
        return QCoreApplication::translate("DateOrder", "A measure ends on %1, before it starts on %2.")
            .arg(iso(date), iso(otherDate));
    if (code == u"medical_document_after_today")
        return QCoreApplication::translate("DateOrder",
                                           "A medical document is dated %1, after today (%2): record it "
                                           "when it has come.")
            .arg(iso(date), iso(otherDate));
    if (code == u"invitation_after_meeting")
        return QCoreApplication::translate("DateOrder", "The invitation was sent on %1, after the meeting on %2.")
            .arg(iso(date), iso(otherDate));
    return QCoreApplication::translate("DateOrder", "%1 and %2 are in an impossible order.")
        .arg(iso(date), iso(otherDate));
}

QList<DateConflict> dateConflicts(const CaseRecord &record, const QDate &today)
{
    QList<DateConflict> out;
    requireOrder(out, u"consent_revoked_before_given"_s, u"consent.revokedDate"_s, record.consent.revokedDate,
                 u"consent.date"_s, record.consent.date);

    const Application &application = record.application;
    requireOrder(out, u"received_before_sent"_s, u"application.receivedByFkDate"_s, application.receivedByFkDate,
                 u"application.sentDate"_s, application.sentDate);
    // A decision answers the application FK has; without a receipt date the
    // sending date is the earliest it can have.
    if (!application.receivedByFkDate.isNull())
        requireOrder(out, u"decision_before_receipt"_s, u"application.decisionDate"_s, application.decisionDate,
                     u"application.receivedByFkDate"_s, application.receivedByFkDate);
    else
        requireOrder(out, u"decision_before_sent"_s, u"application.decisionDate"_s, application.decisionDate,
                     u"application.sentDate"_s, application.sentDate);

    for (qsizetype i = 0; i < record.meetings.size(); ++i) {
        const Meeting &meeting = record.meetings.at(i);
        const QString path = u"meetings[%1]."_s.arg(i);
        const QDate &invitation = meeting.invitationSentDate;
        if (!invitation.isNull() && !meeting.date.isNull() && invitation > meeting.date)
            out.append({u"invitation_after_meeting"_s, path + u"invitationSentDate"_s, path + u"date"_s, invitation,
                        meeting.date});
    }
    for (qsizetype i = 0; i < record.plan.size(); ++i) {
        const PlanMeasure &measure = record.plan.at(i);
        const QString path = u"plan[%1]."_s.arg(i);
        requireOrder(out, u"measure_ends_before_start"_s, path + u"end"_s, measure.end, path + u"start"_s,
                     measure.start);
    }
    // Documentation counts from the day it came; a later day is a slip.
    for (qsizetype i = 0; today.isValid() && i < record.medicalDocuments.size(); ++i) {
        const QDate &received = record.medicalDocuments.at(i).date;
        if (received.isValid() && received > today)
            out.append(
                {u"medical_document_after_today"_s, u"medicalDocuments[%1].date"_s.arg(i), QString(), received, today});
    }
    return out;
}

QList<DateConflict> newDateConflicts(const CaseRecord &before, const CaseRecord &after, const QDate &today)
{
    const QList<DateConflict> had = dateConflicts(before, today);
    QList<DateConflict> fresh;
    for (const DateConflict &conflict : dateConflicts(after, today)) {
        bool known = false;
        for (const DateConflict &old : had)
            known |= old.code == conflict.code && old.field == conflict.field;
        if (!known)
            fresh.append(conflict);
    }
    return fresh;
}

} // namespace samordna
