// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreTypes.h"
#include "domain/CaseRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samordna {

class CaseService;

// A konsultationsteam meeting with FK: its date, who takes part, and how
// many cases are on its agenda.
struct KonsultationsteamMeeting
{
    qint64 id = 0;
    QDate date;
    QString participants;
    int agendaCount = 0;
    // The stadsområde whose konsultationsteam meets; empty when the
    // meeting names none (a store file's may not).
    QString district;
};

// One case on a meeting's agenda, numbered from 1 in presentation order,
// with FK's advice once it is recorded.
struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;
    QString caseId;
    std::optional<Advice> advice;
    QString note;
    QDateTime recordedAt; // UTC; null until advice is recorded
    // What the social worker asks FK about the case, prepared before the
    // meeting; kept in the store only.
    QString question;
};

// The konsultationsteam meetings kept in a store (schema version 2), on the
// store's own connection; every write is one transaction with its audit
// rows, and audit rows name ids and codes, never personal values. Advice
// changes its case through the case service, so it is validated, audited
// and announced as any other save.
class KonsultationsteamMeetings
{
public:
    // `cases` must outlive this object; its user is written into the audit log.
    explicit KonsultationsteamMeetings(CaseService &cases);
    ~KonsultationsteamMeetings();
    KonsultationsteamMeetings(const KonsultationsteamMeetings &) = delete;
    KonsultationsteamMeetings &operator=(const KonsultationsteamMeetings &) = delete;

    // The new meeting's id, or nullopt (see lastError()). On a team store
    // a meeting is one district's, seen only by the users of that
    // district: an empty `district` is the user's own when they have one
    // only, and a district not theirs is refused.
    std::optional<qint64> createMeeting(const QDate &date, const QString &participants, const QString &district = {});
    // The districts whose meetings the user may hold: on a team store their
    // own; empty for a store file, which takes any (or none).
    QStringList districts() const;
    bool updateMeeting(qint64 meetingId, const QDate &date, const QString &participants);
    // Newest first.
    QList<KonsultationsteamMeeting> meetings() const;
    std::optional<KonsultationsteamMeeting> meeting(qint64 meetingId) const;

    // In presentation order.
    QList<AgendaItem> agenda(qint64 meetingId) const;
    std::optional<AgendaItem> agendaItem(qint64 itemId) const;
    // Appends the case at the end; a case comes once per meeting, and only
    // to a meeting of its own district (when both name one).
    std::optional<qint64> addToAgenda(qint64 meetingId, const QString &caseId);
    // Refused once advice is recorded: the advice is in the case's record.
    bool removeFromAgenda(qint64 itemId);
    // Moves the item to `index` (0-based) and renumbers the agenda.
    bool moveAgendaItem(qint64 itemId, int index);

    // The question to put to FK about the item's case (audited, without its text).
    bool setQuestion(qint64 itemId, const QString &question);

    // Records FK's advice for the item in one transaction: the agenda item,
    // a konsultationsteam meeting in the case's record (date = the meeting's,
    // outcome = advice, notes = note; recorded again, the same meeting is
    // corrected) with a new revision and a "change" audit row, and an
    // "advice" audit row. A journal note says what was asked and advised,
    // signed by `author` (the social worker's name; the store's user when empty).
    WriteResult recordAdvice(qint64 itemId, Advice advice, const QString &note, const QString &author = {});
    // The index in record.meetings of the konsultationsteam meeting that
    // recordAdvice() wrote for `item`, or -1.
    static int caseMeetingIndex(const CaseRecord &record, const AgendaItem &item, const QDate &meetingDate);

    // The person of the item's case, returned only once a "reveal" audit row
    // is written for it.
    std::optional<Person> revealPerson(qint64 itemId);

    // Why the last call failed (translated); empty after success.
    QString lastError() const;

private:
    bool fail(const QString &error) const;
    bool audit(const QString &caseId, const QString &action, const QString &details, QString *error) const;

    CaseService &m_cases;
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace samordna
