// SPDX-License-Identifier: GPL-3.0-or-later
#include "KonsultationsteamMeetings.h"

#include "AuditLog.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "domain/Codes.h"
#include "rules/ProcessRules.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

struct KonsultationsteamStore
{
    Q_DECLARE_TR_FUNCTIONS(KonsultationsteamStore)
};

AgendaItem itemFrom(const QSqlQuery &query)
{
    AgendaItem item;
    item.id = query.value(0).toLongLong();
    item.meetingId = query.value(1).toLongLong();
    item.position = query.value(2).toInt();
    item.caseId = query.value(3).toString();
    if (!query.value(4).isNull())
        item.advice = fromCode<Advice>(query.value(4).toString());
    item.note = query.value(5).toString();
    if (!query.value(6).isNull())
        item.recordedAt = storeSql::toUtc(query.value(6));
    item.question = query.value(7).toString();
    return item;
}

// The column is NOT NULL; an empty text is "none given".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

const QString ItemColumns = u"id, meeting_id, position, case_id, advice, note, recorded_at, question"_s;

} // namespace

KonsultationsteamMeetings::KonsultationsteamMeetings(CaseService &cases)
    : m_cases(cases)
    , m_connectionName(cases.connection().name())
{
}

KonsultationsteamMeetings::~KonsultationsteamMeetings() = default;

QString KonsultationsteamMeetings::lastError() const
{
    return m_lastError;
}

bool KonsultationsteamMeetings::fail(const QString &error) const
{
    m_lastError = error;
    return false;
}

bool KonsultationsteamMeetings::audit(const QString &caseId, const QString &action, const QString &details,
                                      QString *error) const
{
    return AuditLog::append(m_connectionName, m_cases.user(), caseId, action, details, error);
}

QStringList KonsultationsteamMeetings::districts() const
{
    QStringList result;
    if (!m_cases.connection().isServer())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query, u"SELECT d FROM samordna_my_districts() AS d ORDER BY d"_s, &error)) {
        fail(error);
        return result;
    }
    while (query.next())
        result << query.value(0).toString();
    if (!storeSql::finished(query, &error)) {
        fail(error);
        return {};
    }
    return result;
}

std::optional<qint64> KonsultationsteamMeetings::createMeeting(const QDate &date, const QString &participants,
                                                               const QString &requestedDistrict)
{
    if (!date.isValid()) {
        fail(KonsultationsteamStore::tr("The meeting needs a date."));
        return std::nullopt;
    }
    QString district = requestedDistrict.trimmed();
    if (m_cases.connection().isServer()) {
        // The server's policy refuses the rest too; this says why in words.
        m_lastError.clear();
        const QStringList own = districts();
        if (!m_lastError.isEmpty())
            return std::nullopt;
        if (district.isEmpty() && own.size() == 1)
            district = own.constFirst();
        if (district.isEmpty()) {
            fail(KonsultationsteamStore::tr("Name the district whose konsultationsteam meets."));
            return std::nullopt;
        }
        if (!own.isEmpty() && !own.contains(district)) {
            fail(KonsultationsteamStore::tr("You hold meetings for your own districts only (%1), not for %2.")
                     .arg(own.join(u", "_s), district));
            return std::nullopt;
        }
    }
    QString error;
    StoreTransaction transaction(m_cases.connection());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begin(&error)
        || !storeSql::prepare(query,
                              u"INSERT INTO konsultationsteam_meetings (date, participants, created, district) "
                              "VALUES (?, ?, ?, ?) RETURNING id"_s,
                              &error)) {
        fail(error);
        return std::nullopt;
    }
    query.addBindValue(storeSql::dateValue(date));
    query.addBindValue(notNull(participants.trimmed()));
    query.addBindValue(storeSql::nowUtc());
    query.addBindValue(storeSql::textOrNull(district));
    if (!storeSql::exec(query, &error)) {
        fail(error);
        return std::nullopt;
    }
    // RETURNING rather than lastInsertId(): the same on every backend.
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!audit({}, u"konsultationsteam"_s, u"meeting=%1,create"_s.arg(id), &error) || !transaction.commit(&error)) {
        fail(error);
        return std::nullopt;
    }
    m_lastError.clear();
    return id;
}

bool KonsultationsteamMeetings::updateMeeting(qint64 meetingId, const QDate &date, const QString &participants)
{
    if (!date.isValid())
        return fail(KonsultationsteamStore::tr("The meeting needs a date."));
    QString error;
    StoreTransaction transaction(m_cases.connection());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begin(&error)
        || !storeSql::prepare(query, u"UPDATE konsultationsteam_meetings SET date = ?, participants = ? WHERE id = ?"_s,
                              &error))
        return fail(error);
    query.addBindValue(storeSql::dateValue(date));
    query.addBindValue(notNull(participants.trimmed()));
    query.addBindValue(meetingId);
    if (!storeSql::exec(query, &error))
        return fail(error);
    if (query.numRowsAffected() != 1)
        return fail(KonsultationsteamStore::tr("There is no konsultationsteam meeting %1.").arg(meetingId));
    if (!audit({}, u"konsultationsteam"_s, u"meeting=%1,change"_s.arg(meetingId), &error)
        || !transaction.commit(&error))
        return fail(error);
    m_lastError.clear();
    return true;
}

QList<KonsultationsteamMeeting> KonsultationsteamMeetings::meetings() const
{
    QList<KonsultationsteamMeeting> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query,
                        u"SELECT m.id, m.date, m.participants, "
                        "(SELECT count(*) FROM konsultationsteam_agenda a WHERE a.meeting_id = m.id), m.district "
                        "FROM konsultationsteam_meetings m ORDER BY m.date DESC, m.id DESC"_s,
                        &error)) {
        fail(error);
        return result;
    }
    while (query.next())
        result << KonsultationsteamMeeting{query.value(0).toLongLong(), storeSql::toDate(query.value(1)),
                                           query.value(2).toString(), query.value(3).toInt(),
                                           query.value(4).toString()};
    if (!storeSql::finished(query, &error)) {
        fail(error);
        return {};
    }
    m_lastError.clear();
    return result;
}

std::optional<KonsultationsteamMeeting> KonsultationsteamMeetings::meeting(qint64 meetingId) const
{
    for (const KonsultationsteamMeeting &meeting : meetings()) {
        if (meeting.id == meetingId)
            return meeting;
    }
    if (m_lastError.isEmpty())
        fail(KonsultationsteamStore::tr("There is no konsultationsteam meeting %1.").arg(meetingId));
    return std::nullopt;
}

QList<AgendaItem> KonsultationsteamMeetings::agenda(qint64 meetingId) const
{
    QList<AgendaItem> items;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query,
                           u"SELECT "_s + ItemColumns
                               + u" FROM konsultationsteam_agenda WHERE meeting_id = ? ORDER BY position, id"_s,
                           &error)) {
        fail(error);
        return items;
    }
    query.addBindValue(meetingId);
    if (!storeSql::exec(query, &error)) {
        fail(error);
        return items;
    }
    while (query.next())
        items << itemFrom(query);
    if (!storeSql::finished(query, &error)) {
        fail(error);
        return {};
    }
    m_lastError.clear();
    return items;
}

std::optional<AgendaItem> KonsultationsteamMeetings::agendaItem(qint64 itemId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query, u"SELECT "_s + ItemColumns + u" FROM konsultationsteam_agenda WHERE id = ?"_s,
                           &error)) {
        fail(error);
        return std::nullopt;
    }
    query.addBindValue(itemId);
    if (!storeSql::exec(query, &error)) {
        fail(error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(storeSql::finished(query, &error) ? KonsultationsteamStore::tr("The case is no longer on the agenda.")
                                               : error);
        return std::nullopt;
    }
    m_lastError.clear();
    return itemFrom(query);
}

std::optional<qint64> KonsultationsteamMeetings::addToAgenda(qint64 meetingId, const QString &caseId)
{
    for (const AgendaItem &item : agenda(meetingId)) {
        if (item.caseId == caseId) {
            fail(KonsultationsteamStore::tr("Case %1 is on the agenda already.").arg(caseId));
            return std::nullopt;
        }
    }
    QString error;
    {
        // A district's team discusses its own district's cases.
        QSqlQuery districts(QSqlDatabase::database(m_connectionName, false));
        if (!storeSql::prepare(districts,
                               u"SELECT m.district, c.district FROM konsultationsteam_meetings m, cases c "
                               "WHERE m.id = ? AND c.id = ?"_s,
                               &error)) {
            fail(error);
            return std::nullopt;
        }
        districts.addBindValue(meetingId);
        districts.addBindValue(caseId);
        if (!storeSql::exec(districts, &error)) {
            fail(error);
            return std::nullopt;
        }
        if (districts.next()) {
            const QString meetingDistrict = districts.value(0).toString();
            const QString caseDistrict = districts.value(1).toString();
            if (!meetingDistrict.isEmpty() && !caseDistrict.isEmpty() && meetingDistrict != caseDistrict) {
                fail(KonsultationsteamStore::tr("Case %1 is of %2; this meeting is the konsultationsteam of %3.")
                         .arg(caseId, caseDistrict, meetingDistrict));
                return std::nullopt;
            }
        }
    }
    StoreTransaction transaction(m_cases.connection());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begin(&error)
        || !storeSql::prepare(query,
                              u"INSERT INTO konsultationsteam_agenda (meeting_id, position, case_id) "
                              "SELECT ?, coalesce(max(position), 0) + 1, ? FROM konsultationsteam_agenda "
                              "WHERE meeting_id = ? RETURNING id"_s,
                              &error)) {
        fail(error);
        return std::nullopt;
    }
    query.addBindValue(meetingId);
    query.addBindValue(caseId);
    query.addBindValue(meetingId);
    // A missing meeting or case is refused by the foreign keys.
    if (!storeSql::exec(query, &error)) {
        fail(error);
        return std::nullopt;
    }
    // RETURNING rather than lastInsertId(): the same on every backend.
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!audit(caseId, u"agenda"_s, u"meeting=%1,add"_s.arg(meetingId), &error) || !transaction.commit(&error)) {
        fail(error);
        return std::nullopt;
    }
    m_lastError.clear();
    return id;
}

bool KonsultationsteamMeetings::removeFromAgenda(qint64 itemId)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return false;
    if (item->advice)
        return fail(KonsultationsteamStore::tr("FK's advice is recorded for case %1, so it stays on the agenda.")
                        .arg(item->caseId));
    QString error;
    StoreTransaction transaction(m_cases.connection());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begin(&error)
        || !storeSql::prepare(query, u"DELETE FROM konsultationsteam_agenda WHERE id = ? AND advice IS NULL"_s, &error))
        return fail(error);
    query.addBindValue(itemId);
    if (!storeSql::exec(query, &error))
        return fail(error);
    query.finish();
    // Close the gap, so the agenda numbers stay 1, 2, 3 … for the room.
    if (!storeSql::prepare(query,
                           u"UPDATE konsultationsteam_agenda SET position = position - 1 "
                           "WHERE meeting_id = ? AND position > ?"_s,
                           &error))
        return fail(error);
    query.addBindValue(item->meetingId);
    query.addBindValue(item->position);
    if (!storeSql::exec(query, &error)
        || !audit(item->caseId, u"agenda"_s, u"meeting=%1,remove"_s.arg(item->meetingId), &error)
        || !transaction.commit(&error))
        return fail(error);
    m_lastError.clear();
    return true;
}

bool KonsultationsteamMeetings::moveAgendaItem(qint64 itemId, int index)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return false;
    QList<AgendaItem> items = agenda(item->meetingId);
    qsizetype from = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == itemId)
            from = i;
    }
    if (from < 0 || index < 0 || index >= items.size())
        return fail(KonsultationsteamStore::tr("The case cannot be moved there."));
    if (from == index) {
        m_lastError.clear();
        return true;
    }
    items.move(from, index);

    QString error;
    StoreTransaction transaction(m_cases.connection());
    if (!transaction.begin(&error))
        return fail(error);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!storeSql::prepare(query, u"UPDATE konsultationsteam_agenda SET position = ? WHERE id = ?"_s, &error))
        return fail(error);
    for (qsizetype i = 0; i < items.size(); ++i) {
        query.bindValue(0, int(i + 1));
        query.bindValue(1, items.at(i).id);
        if (!storeSql::exec(query, &error))
            return fail(error);
    }
    if (!audit(item->caseId, u"agenda"_s, u"meeting=%1,move=%2"_s.arg(item->meetingId).arg(index + 1), &error)
        || !transaction.commit(&error))
        return fail(error);
    m_lastError.clear();
    return true;
}

int KonsultationsteamMeetings::caseMeetingIndex(const CaseRecord &record, const AgendaItem &item,
                                                const QDate &meetingDate)
{
    if (!item.advice)
        return -1;
    for (qsizetype i = record.meetings.size() - 1; i >= 0; --i) {
        const Meeting &meeting = record.meetings.at(i);
        if (meeting.kind == MeetingKind::Konsultationsteam && meeting.date == meetingDate
            && meeting.outcome == item.advice && meeting.notes == item.note)
            return int(i);
    }
    return -1;
}

bool KonsultationsteamMeetings::setQuestion(qint64 itemId, const QString &question)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return false;
    QString error;
    StoreTransaction transaction(m_cases.connection());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.begin(&error)
        || !storeSql::prepare(query, u"UPDATE konsultationsteam_agenda SET question = ? WHERE id = ?"_s, &error))
        return fail(error);
    query.addBindValue(notNull(question.trimmed()));
    query.addBindValue(itemId);
    if (!storeSql::exec(query, &error)
        || !audit(item->caseId, u"agenda"_s, u"meeting=%1,question"_s.arg(item->meetingId), &error)
        || !transaction.commit(&error))
        return fail(error);
    m_lastError.clear();
    return true;
}

WriteResult KonsultationsteamMeetings::recordAdvice(qint64 itemId, Advice advice, const QString &note,
                                                    const QString &author)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return WriteResult::refused(WriteResult::Invalid, m_lastError);
    const auto meetingInfo = meeting(item->meetingId);
    if (!meetingInfo)
        return WriteResult::refused(WriteResult::Failed, m_lastError, item->caseId);
    const auto before = m_cases.loadCase(item->caseId);
    if (!before.ok())
        return WriteResult::refused(WriteResult::Failed, before.error, item->caseId);
    if (!before)
        return WriteResult::refused(WriteResult::Invalid,
                                    QCoreApplication::translate("CaseStore", "there is no case %1").arg(item->caseId),
                                    item->caseId);

    Meeting meeting;
    meeting.kind = MeetingKind::Konsultationsteam;
    meeting.date = meetingInfo->date;
    meeting.outcome = advice;
    meeting.notes = note.trimmed();
    CaseRecord after = before->record;
    // Advice recorded again corrects the meeting it wrote the first time.
    const int existing = caseMeetingIndex(before->record, *item, meetingInfo->date);
    if (existing >= 0)
        after.meetings[existing] = meeting;
    else
        after.meetings << meeting;
    // The advice is documentation: the journal says what FK advised, and when.
    JournalEntry noted;
    noted.date = Clock::today();
    noted.author = author.trimmed().isEmpty() ? m_cases.user() : author.trimmed();
    noted.text = process::adviceNote(meeting.date, advice, meeting.notes);
    if (!item->question.isEmpty())
        noted.text += u'\n' + KonsultationsteamStore::tr("Question to FK: %1").arg(item->question);
    after.journal << noted;

    // The agenda row and its audit row go in the case's own save: one
    // transaction, and a case changed meanwhile is a conflict, not overwritten.
    const auto agendaRow = [&](QString *error) {
        QSqlQuery query(m_cases.connection().database());
        if (!storeSql::prepare(
                query, u"UPDATE konsultationsteam_agenda SET advice = ?, note = ?, recorded_at = ? WHERE id = ?"_s,
                error))
            return false;
        query.addBindValue(code(advice));
        query.addBindValue(meeting.notes);
        query.addBindValue(storeSql::nowUtc());
        query.addBindValue(itemId);
        return storeSql::exec(query, error)
            && audit(item->caseId, u"advice"_s, u"meeting=%1,advice=%2"_s.arg(item->meetingId).arg(code(advice)),
                     error);
    };
    const WriteResult result = m_cases.saveCase(after, before->revision, agendaRow);
    if (result.ok())
        m_lastError.clear();
    else
        m_lastError = result.message;
    return result;
}

std::optional<Person> KonsultationsteamMeetings::revealPerson(qint64 itemId)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return std::nullopt;
    const auto stored = m_cases.loadCase(item->caseId);
    if (!stored) {
        fail(stored.ok() ? QCoreApplication::translate("CaseStore", "there is no case %1").arg(item->caseId)
                         : stored.error);
        return std::nullopt;
    }
    if (const WriteResult written = m_cases.audit(item->caseId, u"reveal"_s,
                                                  u"konsultationsteam meeting=%1"_s.arg(item->meetingId));
        !written.ok()) {
        fail(written.message);
        return std::nullopt;
    }
    m_lastError.clear();
    return stored->record.person;
}

} // namespace samordna
