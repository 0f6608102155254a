// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWriter.h"

#include "JournalStamps.h"
#include "StageStays.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "domain/Codes.h"
#include "domain/Personnummer.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

template<typename E>
QVariant codeOrNull(const std::optional<E> &value)
{
    return value ? QVariant(code(*value)) : QVariant(QMetaType(QMetaType::QString));
}

// For the NOT NULL DEFAULT '' columns: a text never written is stored
// empty, not NULL.
QString textOrEmpty(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// The earliest due date among the deadlines still open on `today` that
// the case's box still asks anyone to watch.
std::optional<Deadline> nextOpenDeadline(const CaseRecord &record, const QDate &today)
{
    std::optional<Deadline> next;
    for (const Deadline &deadline : assess(record, today).deadlines) {
        if (deadline.status == DeadlineStatus::Met || !deadline.due.isValid()
            || !process::isWatched(deadline, record.stage, record.closure.reductionDuration))
            continue;
        if (!next || deadline.due < next->due)
            next = deadline;
    }
    return next;
}

} // namespace

CaseWriter::CaseWriter(const StoreConnection &connection, const QDate &today)
    : m_connection(connection)
    , m_today(today)
{
}

QSqlQuery *CaseWriter::prepared(const QString &statement, QString *error)
{
    return m_connection.prepared(statement, error);
}

bool CaseWriter::insert(const CaseRecord &record, qint64 revision, const QString &time, QString *error)
{
    return writeCaseRow(record, revision, 0, time, error) == Update::Written && writeLists(record, nullptr, error)
        && insertJournal(record.id, record.journal, 0, error);
}

bool CaseWriter::refreshNextDue(const CaseRecord &record, QString *error)
{
    QSqlQuery *query = prepared(u"UPDATE cases SET next_due = ?, next_due_code = ? WHERE id = ?"_s, error);
    if (!query)
        return false;
    const auto next = nextOpenDeadline(record, m_today);
    query->addBindValue(next ? storeSql::dateValue(next->due) : nullText());
    query->addBindValue(next ? QVariant(code(next->kind)) : nullText());
    query->addBindValue(record.id);
    return storeSql::exec(*query, error);
}

CaseWriter::Update CaseWriter::update(const StoredCase &before, const CaseRecord &after, const QString &time,
                                      QString *error)
{
    if (const Update row = writeCaseRow(after, before.revision + 1, before.revision, time, error);
        row != Update::Written)
        return row;
    const bool written = writeLists(after, &before.record, error)
        && markJournal(after.id, before.record.journal, after.journal, error)
        && insertJournal(after.id, after.journal, before.record.journal.size(), error);
    return written ? Update::Written : Update::Failed;
}

CaseWriter::Update CaseWriter::writeCaseRow(const CaseRecord &r, qint64 revision, qint64 replaced, const QString &time,
                                            QString *error)
{
    const bool insert = replaced == 0;
    // The columns in one list, so INSERT and UPDATE bind the same values.
    static const QStringList columns{u"revision"_s,
                                     u"updated"_s,
                                     u"name"_s,
                                     u"personnummer"_s,
                                     u"personnummer_normalized"_s,
                                     u"district"_s,
                                     u"stage"_s,
                                     u"next_due"_s,
                                     u"next_due_code"_s,
                                     u"social_worker_known"_s,
                                     u"social_worker_name"_s,
                                     u"social_worker_phone"_s,
                                     u"social_worker_email"_s,
                                     u"has_sgi"_s,
                                     u"insured_in_sweden"_s,
                                     u"eu_as_if_insured"_s,
                                     u"work_capacity_reduced_by_illness"_s,
                                     u"needs_rehabilitation"_s,
                                     u"medical_documentation"_s,
                                     u"needs_mapped"_s,
                                     u"consent_given"_s,
                                     u"consent_date"_s,
                                     u"consent_revoked_date"_s,
                                     u"application_sent_date"_s,
                                     u"application_received_by_fk_date"_s,
                                     u"application_decision"_s,
                                     u"application_decision_date"_s,
                                     u"fk_contact_date"_s,
                                     u"closure_work_capacity"_s,
                                     u"closure_reduction_duration"_s,
                                     u"closure_against_whole_labour_market"_s,
                                     u"closure_closed_date"_s,
                                     u"closure_continued_by"_s,
                                     u"needs_coordination"_s,
                                     u"for_fk_illness_history"_s,
                                     u"for_fk_tried_measures"_s,
                                     u"for_fk_other_information"_s};

    const auto parsed = Personnummer::parse(r.person.personnummer, m_today);
    const auto next = nextOpenDeadline(r, m_today);
    const QVariantList values{
        revision,
        time,
        textOrEmpty(r.person.name),
        r.person.personnummer,
        parsed ? parsed.value->normalized() : r.person.personnummer,
        r.district.isEmpty() ? nullText() : QVariant(r.district),
        stageCode(r.stage),
        next ? storeSql::dateValue(next->due) : nullText(),
        next ? QVariant(code(next->kind)) : nullText(),
        r.socialWorker ? 1 : 0,
        r.socialWorker ? QVariant(r.socialWorker->name) : nullText(),
        r.socialWorker ? QVariant(r.socialWorker->phone) : nullText(),
        r.socialWorker ? QVariant(r.socialWorker->email) : nullText(),
        storeSql::factValue(r.facts.hasSgi),
        storeSql::factValue(r.facts.insuredInSweden),
        storeSql::factValue(r.facts.euAsIfInsured),
        storeSql::factValue(r.facts.workCapacityReducedByIllness),
        storeSql::factValue(r.facts.needsRehabilitation),
        storeSql::factValue(r.facts.medicalDocumentation),
        storeSql::factValue(r.facts.needsMapped),
        storeSql::factValue(r.consent.given),
        storeSql::dateValue(r.consent.date),
        storeSql::dateValue(r.consent.revokedDate),
        storeSql::dateValue(r.application.sentDate),
        storeSql::dateValue(r.application.receivedByFkDate),
        codeOrNull(r.application.decision),
        storeSql::dateValue(r.application.decisionDate),
        storeSql::dateValue(r.fkContactDate),
        codeOrNull(r.closure.workCapacity),
        codeOrNull(r.closure.reductionDuration),
        storeSql::factValue(r.closure.againstWholeLabourMarket),
        storeSql::dateValue(r.closure.closedDate),
        r.closure.continuedBy.isEmpty() ? nullText() : QVariant(r.closure.continuedBy),
        storeSql::factValue(r.facts.needsCoordination),
        textOrEmpty(r.forFk.illnessHistory),
        textOrEmpty(r.forFk.triedMeasures),
        textOrEmpty(r.forFk.otherInformation),
    };
    Q_ASSERT(values.size() == columns.size());

    QString text;
    if (insert) {
        text = u"INSERT INTO cases (id, created, "_s + columns.join(u", "_s) + u") VALUES (?, ?"_s
            + QString(u", ?"_s).repeated(columns.size()) + u')';
    } else {
        // Only over the revision it replaces: the row's lock, which holds
        // the case until the commit, is taken here, and a save that waited
        // for it finds the revision moved on and writes nothing.
        text = u"UPDATE cases SET "_s + columns.join(u" = ?, "_s) + u" = ? WHERE id = ? AND revision = ?"_s;
    }
    QSqlQuery *statement = prepared(text, error);
    if (!statement)
        return Update::Failed;
    QSqlQuery &query = *statement;
    if (insert) {
        query.addBindValue(r.id);
        query.addBindValue(time);
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!insert) {
        query.addBindValue(r.id);
        query.addBindValue(replaced);
    }
    if (!storeSql::exec(query, error))
        return Update::Failed;
    if (!insert && query.numRowsAffected() != 1)
        return Update::Stale;
    m_connection.announce(insert ? StoreConnection::CaseEvent::Added : StoreConnection::CaseEvent::Changed, r.id,
                          revision);
    return Update::Written;
}

bool CaseWriter::insertRows(const QString &table, bool replace, const QString &insert, const QString &caseId,
                            qsizetype count, const std::function<void(QSqlQuery &, qsizetype)> &bindRest,
                            QString *error)
{
    if (replace) {
        // The table name is one of the writer's own, never input.
        QSqlQuery *remove = prepared(u"DELETE FROM "_s + table + u" WHERE case_id = ?"_s, error);
        if (!remove)
            return false;
        remove->addBindValue(caseId);
        if (!storeSql::exec(*remove, error))
            return false;
    }
    QSqlQuery *statement = prepared(insert, error);
    if (!statement)
        return false;
    QSqlQuery &query = *statement;
    for (qsizetype i = 0; i < count; ++i) {
        query.addBindValue(caseId);
        query.addBindValue(i);
        bindRest(query, i);
        if (!storeSql::exec(query, error))
            return false;
    }
    return true;
}

bool CaseWriter::writeLists(const CaseRecord &r, const CaseRecord *before, QString *error)
{
    // Each list is written again only when it changed (or for a new case):
    // a save that adds a journal note writes no other list. On an update
    // the list's old rows are removed first.
    const bool replace = before != nullptr;
    const auto changed = [&r, before](auto CaseRecord::*list) { return !before || r.*list != before->*list; };
    // The meetings carry the case's district and application day, which
    // the follow-up figures count them by (schema version 12): written
    // again when those change too, so they follow the case.
    const auto applicationDay = [](const CaseRecord &record) {
        return record.application.sentDate.isValid() ? record.application.sentDate
                                                     : record.application.receivedByFkDate;
    };
    const bool meetingsChanged = !before || r.meetings != before->meetings || r.district != before->district
        || applicationDay(r) != applicationDay(*before);
    if (meetingsChanged
        && !insertRows(
            u"meetings"_s, replace,
            u"INSERT INTO meetings (case_id, ordinal, kind, date, invitation_sent_date, outcome, notes, "
            "district, application_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            r.id, r.meetings.size(),
            [&](QSqlQuery &query, qsizetype i) {
                const Meeting &m = r.meetings.at(i);
                query.addBindValue(code(m.kind));
                query.addBindValue(storeSql::dateValue(m.date));
                query.addBindValue(storeSql::dateValue(m.invitationSentDate));
                query.addBindValue(codeOrNull(m.outcome));
                query.addBindValue(textOrEmpty(m.notes));
                query.addBindValue(r.district.isEmpty() ? nullText() : QVariant(r.district));
                query.addBindValue(storeSql::dateValue(applicationDay(r)));
            },
            error))
        return false;
    if (changed(&CaseRecord::plan)
        && !insertRows(
            u"plan_measures"_s, replace,
            u"INSERT INTO plan_measures (case_id, ordinal, measure, responsible, start_date, end_date, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            r.id, r.plan.size(),
            [&](QSqlQuery &query, qsizetype i) {
                const PlanMeasure &p = r.plan.at(i);
                query.addBindValue(textOrEmpty(p.measure));
                query.addBindValue(codeOrNull(p.responsible));
                query.addBindValue(storeSql::dateValue(p.start));
                query.addBindValue(storeSql::dateValue(p.end));
                query.addBindValue(code(p.status));
            },
            error))
        return false;
    if (changed(&CaseRecord::complements)
        && !insertRows(
            u"complements"_s, replace,
            u"INSERT INTO complements (case_id, ordinal, kind, date, notes) VALUES (?, ?, ?, ?, ?)"_s, r.id,
            r.complements.size(),
            [&](QSqlQuery &query, qsizetype i) {
                const Complement &c = r.complements.at(i);
                query.addBindValue(code(c.kind));
                query.addBindValue(storeSql::dateValue(c.date));
                query.addBindValue(textOrEmpty(c.notes));
            },
            error))
        return false;

    // A case without a history begins it in its box on the day it is
    // written. Its rows carry what the follow-up figures read of each entry
    // (StageStays), worked out from the history and the case's district.
    const QList<StageEntry> history = r.stageHistory.isEmpty() ? QList<StageEntry>{StageEntry{r.stage, m_today}}
                                                               : r.stageHistory;
    const bool historyChanged = !before || r.stageHistory.isEmpty() || r.stageHistory != before->stageHistory
        || r.district != before->district;
    const QList<StageStay> stays = historyChanged ? StageStays::of(history) : QList<StageStay>{};
    if (historyChanged
        && !insertRows(
            u"stage_history"_s, replace,
            u"INSERT INTO stage_history (case_id, ordinal, stage, from_date, district, left_date, stay_days, "
            "span_days, previous_date, previous_in_box_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            r.id, history.size(),
            [&](QSqlQuery &query, qsizetype i) {
                query.addBindValue(stageCode(history.at(i).stage));
                query.addBindValue(storeSql::dateValue(history.at(i).from));
                StageStays::bindStay(query, r.district, stays.at(i));
            },
            error))
        return false;
    if (changed(&CaseRecord::medicalDocuments)
        && !insertRows(
            u"medical_documents"_s, replace,
            u"INSERT INTO medical_documents (case_id, ordinal, date, issuer, summary) VALUES (?, ?, ?, ?, ?)"_s, r.id,
            r.medicalDocuments.size(),
            [&](QSqlQuery &query, qsizetype i) {
                const MedicalDocument &d = r.medicalDocuments.at(i);
                query.addBindValue(storeSql::dateValue(d.date));
                query.addBindValue(textOrEmpty(d.issuer));
                query.addBindValue(textOrEmpty(d.summary));
            },
            error))
        return false;
    return !changed(&CaseRecord::contacts)
        || insertRows(
            u"contacts"_s, replace,
            u"INSERT INTO contacts (case_id, ordinal, party, name, person, phone) VALUES (?, ?, ?, ?, ?, ?)"_s, r.id,
            r.contacts.size(),
            [&](QSqlQuery &query, qsizetype i) {
                const Contact &c = r.contacts.at(i);
                query.addBindValue(codeOrNull(c.party));
                query.addBindValue(textOrEmpty(c.name));
                query.addBindValue(textOrEmpty(c.person));
                query.addBindValue(textOrEmpty(c.phone));
            },
            error);
}

bool CaseWriter::insertJournal(const QString &caseId, const QList<JournalEntry> &journal, qsizetype from,
                               QString *error)
{
    QSqlQuery *statement = prepared(u"INSERT INTO journal_entries (case_id, ordinal, date, author, text, "
                                    "marked_wrong_date, marked_wrong_reason, registered_at, marked_wrong_by, "
                                    "marked_wrong_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                    error);
    if (!statement)
        return false;
    QSqlQuery &query = *statement;
    for (qsizetype i = from; i < journal.size(); ++i) {
        const JournalEntry &j = journal.at(i);
        query.addBindValue(caseId);
        query.addBindValue(i);
        query.addBindValue(storeSql::dateValue(j.date));
        query.addBindValue(textOrEmpty(j.author));
        query.addBindValue(textOrEmpty(j.text));
        query.addBindValue(storeSql::dateValue(j.markedWrongDate));
        query.addBindValue(storeSql::textOrNull(j.markedWrongReason));
        // A note always has a registration time; JournalStamps gives one
        // to what comes in without.
        const QDateTime registered = j.registeredAt.isValid() ? j.registeredAt : QDateTime::currentDateTimeUtc();
        query.addBindValue(JournalStamps::toText(registered, j.registeredAt.isValid() && j.registeredDayOnly));
        query.addBindValue(storeSql::textOrNull(j.markedWrongBy));
        query.addBindValue(storeSql::textOrNull(JournalStamps::toText(j.markedWrongAt, false)));
        if (!storeSql::exec(query, error))
            return false;
    }
    return true;
}

bool CaseWriter::markJournal(const QString &caseId, const QList<JournalEntry> &before, const QList<JournalEntry> &after,
                             QString *error)
{
    QSqlQuery *statement = prepared(u"UPDATE journal_entries SET marked_wrong_date = ?, marked_wrong_reason = ?, "
                                    "marked_wrong_by = ?, marked_wrong_at = ? WHERE case_id = ? AND ordinal = ?"_s,
                                    error);
    if (!statement)
        return false;
    QSqlQuery &query = *statement;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        // The one change a stored note takes: being marked wrong, once.
        if (before.at(i).isMarkedWrong() || !after.at(i).isMarkedWrong())
            continue;
        query.addBindValue(storeSql::dateValue(after.at(i).markedWrongDate));
        query.addBindValue(storeSql::textOrNull(after.at(i).markedWrongReason));
        query.addBindValue(storeSql::textOrNull(after.at(i).markedWrongBy));
        query.addBindValue(storeSql::textOrNull(JournalStamps::toText(after.at(i).markedWrongAt, false)));
        query.addBindValue(caseId);
        query.addBindValue(i);
        if (!storeSql::exec(query, error))
            return false;
    }
    return true;
}

} // namespace samordna
