// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseReader.h"

#include "JournalStamps.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "domain/Codes.h"
#include "rules/ProcessRules.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

template<typename E>
std::optional<E> codeFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromCode<E>(value.toString());
}

} // namespace

CaseReader::CaseReader(const StoreConnection &connection)
    : m_connection(connection)
{
}

QString CaseReader::summaryColumns()
{
    return u"id, name, personnummer, district, stage, next_due, next_due_code, updated, revision, "
           "personnummer_normalized, closure_reduction_duration"_s;
}

CaseSummary CaseReader::summaryFrom(const QSqlQuery &query)
{
    CaseSummary summary;
    summary.id = query.value(0).toString();
    summary.name = query.value(1).toString();
    summary.personnummer = query.value(2).toString();
    summary.district = query.value(3).toString();
    summary.stage = stageFromCode(query.value(4).toString()).value_or(Stage::Ruta1);
    summary.nextDue = storeSql::toDate(query.value(5));
    summary.nextDueKind = deadlineKindFromCode(query.value(6).toString());
    summary.updated = storeSql::toUtc(query.value(7));
    summary.revision = query.value(8).toLongLong();
    summary.personnummerNormalized = query.value(9).toString();
    summary.closed = process::isClosed(summary.stage, fromCode<ReductionDuration>(query.value(10).toString()));
    return summary;
}

qint64 CaseReader::revision(const QString &id, QString *error) const
{
    QSqlQuery *statement = m_connection.prepared(u"SELECT revision FROM cases WHERE id = ?"_s, error, true);
    if (!statement)
        return -1;
    QSqlQuery &query = *statement;
    query.addBindValue(id);
    if (!storeSql::exec(query, error))
        return -1;
    qint64 found = 0;
    if (query.next())
        found = query.value(0).toLongLong();
    else if (!storeSql::finished(query, error))
        found = -1;
    query.finish();
    return found;
}

std::optional<StoredCase> CaseReader::load(const QString &id, QString *error) const
{
    // The columns named, not *: a statement kept prepared on the server
    // must not change its columns when a newer program adds some.
    static const QString select = u"SELECT revision, updated, id, name, personnummer, district, stage, "
                                  "social_worker_known, social_worker_name, social_worker_phone, social_worker_email, "
                                  "has_sgi, insured_in_sweden, eu_as_if_insured, work_capacity_reduced_by_illness, "
                                  "needs_rehabilitation, medical_documentation, needs_mapped, needs_coordination, "
                                  "for_fk_illness_history, for_fk_tried_measures, for_fk_other_information, "
                                  "consent_given, consent_date, consent_revoked_date, application_sent_date, "
                                  "application_received_by_fk_date, application_decision, application_decision_date, "
                                  "fk_contact_date, closure_work_capacity, closure_reduction_duration, "
                                  "closure_against_whole_labour_market, closure_closed_date, closure_continued_by "
                                  "FROM cases WHERE id = ?"_s;
    QSqlQuery *statement = m_connection.prepared(select, error, true);
    if (!statement)
        return std::nullopt;
    QSqlQuery &query = *statement;
    query.addBindValue(id);
    if (!storeSql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        // No row and no error: there is no such case. An error here is a
        // damaged page, never "absent".
        if (error)
            *error = query.lastError().isValid() ? storeSql::errorText(query.lastError()) : QString();
        query.finish();
        return std::nullopt;
    }
    const QSqlRecord row = query.record();
    const auto value = [&row](const char *column) { return row.value(QString::fromLatin1(column)); };
    const auto text = [&value](const char *column) { return value(column).toString(); };
    const auto date = [&value](const char *column) { return storeSql::toDate(value(column)); };
    const auto fact = [&value](const char *column) { return storeSql::toFact(value(column)); };

    StoredCase stored;
    stored.revision = value("revision").toLongLong();
    stored.updated = storeSql::toUtc(value("updated"));
    CaseRecord &r = stored.record;
    r.id = text("id");
    r.person.name = text("name");
    r.person.personnummer = text("personnummer");
    r.district = text("district");
    r.stage = stageFromCode(text("stage")).value_or(Stage::Ruta1);
    if (value("social_worker_known").toInt() != 0)
        r.socialWorker = SocialWorker{text("social_worker_name"), text("social_worker_phone"),
                                      text("social_worker_email")};
    r.facts.hasSgi = fact("has_sgi");
    r.facts.insuredInSweden = fact("insured_in_sweden");
    r.facts.euAsIfInsured = fact("eu_as_if_insured");
    r.facts.workCapacityReducedByIllness = fact("work_capacity_reduced_by_illness");
    r.facts.needsRehabilitation = fact("needs_rehabilitation");
    r.facts.medicalDocumentation = fact("medical_documentation");
    r.facts.needsMapped = fact("needs_mapped");
    r.facts.needsCoordination = fact("needs_coordination");
    r.forFk.illnessHistory = text("for_fk_illness_history");
    r.forFk.triedMeasures = text("for_fk_tried_measures");
    r.forFk.otherInformation = text("for_fk_other_information");
    r.consent.given = fact("consent_given");
    r.consent.date = date("consent_date");
    r.consent.revokedDate = date("consent_revoked_date");
    r.application.sentDate = date("application_sent_date");
    r.application.receivedByFkDate = date("application_received_by_fk_date");
    r.application.decision = codeFrom<Decision>(value("application_decision"));
    r.application.decisionDate = date("application_decision_date");
    r.fkContactDate = date("fk_contact_date");
    r.closure.workCapacity = codeFrom<WorkCapacity>(value("closure_work_capacity"));
    r.closure.reductionDuration = codeFrom<ReductionDuration>(value("closure_reduction_duration"));
    r.closure.againstWholeLabourMarket = fact("closure_against_whole_labour_market");
    r.closure.closedDate = date("closure_closed_date");
    r.closure.continuedBy = text("closure_continued_by");
    query.finish();

    if (!readLists(r, error))
        return std::nullopt;
    return stored;
}

bool CaseReader::readRows(const QString &sql, const QString &caseId, QString *error,
                          const std::function<void(const QSqlQuery &)> &visit) const
{
    QSqlQuery *statement = m_connection.prepared(sql, error, true);
    if (!statement)
        return false;
    QSqlQuery &query = *statement;
    query.addBindValue(caseId);
    if (!storeSql::exec(query, error))
        return false;
    while (query.next())
        visit(query);
    const bool read = storeSql::finished(query, error);
    query.finish();
    return read;
}

bool CaseReader::readLists(CaseRecord &r, QString *error) const
{
    const auto meeting = [&r](const QSqlQuery &row) {
        Meeting m;
        m.kind = fromCode<MeetingKind>(row.value(0).toString()).value_or(MeetingKind::Avstamningsmote);
        m.date = storeSql::toDate(row.value(1));
        m.invitationSentDate = storeSql::toDate(row.value(2));
        m.outcome = codeFrom<Advice>(row.value(3));
        m.notes = row.value(4).toString();
        r.meetings << m;
    };
    const auto measure = [&r](const QSqlQuery &row) {
        PlanMeasure p;
        p.measure = row.value(0).toString();
        p.responsible = codeFrom<Party>(row.value(1));
        p.start = storeSql::toDate(row.value(2));
        p.end = storeSql::toDate(row.value(3));
        p.status = fromCode<MeasureStatus>(row.value(4).toString()).value_or(MeasureStatus::Planned);
        r.plan << p;
    };
    const auto complement = [&r](const QSqlQuery &row) {
        Complement c;
        c.kind = fromCode<ComplementKind>(row.value(0).toString()).value_or(ComplementKind::Vardenhet);
        c.date = storeSql::toDate(row.value(1));
        c.notes = row.value(2).toString();
        r.complements << c;
    };
    const auto note = [&r](const QSqlQuery &row) {
        JournalEntry j;
        j.date = storeSql::toDate(row.value(0));
        j.author = row.value(1).toString();
        j.text = row.value(2).toString();
        j.markedWrongDate = storeSql::toDate(row.value(3));
        j.markedWrongReason = row.value(4).toString();
        j.registeredAt = JournalStamps::fromText(row.value(5).toString(), &j.registeredDayOnly);
        j.markedWrongBy = row.value(6).toString();
        // A marking from before times were kept has its day, markedWrongDate.
        bool dayOnly = false;
        if (const QDateTime at = JournalStamps::fromText(row.value(7).toString(), &dayOnly); !dayOnly)
            j.markedWrongAt = at;
        r.journal << j;
    };
    const auto history = [&r](const QSqlQuery &row) {
        r.stageHistory << StageEntry{stageFromCode(row.value(0).toString()).value_or(Stage::Ruta1),
                                     storeSql::toDate(row.value(1))};
    };
    const auto document = [&r](const QSqlQuery &row) {
        r.medicalDocuments << MedicalDocument{storeSql::toDate(row.value(0)), row.value(1).toString(),
                                              row.value(2).toString()};
    };
    const auto contact = [&r](const QSqlQuery &row) {
        r.contacts << Contact{codeFrom<Party>(row.value(0)), row.value(1).toString(), row.value(2).toString(),
                              row.value(3).toString()};
    };
    return readRows(u"SELECT stage, from_date FROM stage_history WHERE case_id = ? ORDER BY ordinal"_s, r.id, error,
                    history)
        && readRows(u"SELECT date, issuer, summary FROM medical_documents WHERE case_id = ? ORDER BY ordinal"_s, r.id,
                    error, document)
        && readRows(u"SELECT party, name, person, phone FROM contacts WHERE case_id = ? ORDER BY ordinal"_s, r.id,
                    error, contact)
        && readRows(u"SELECT kind, date, invitation_sent_date, outcome, notes FROM meetings "
                    "WHERE case_id = ? ORDER BY ordinal"_s,
                    r.id, error, meeting)
        && readRows(u"SELECT measure, responsible, start_date, end_date, status FROM plan_measures "
                    "WHERE case_id = ? ORDER BY ordinal"_s,
                    r.id, error, measure)
        && readRows(u"SELECT kind, date, notes FROM complements WHERE case_id = ? ORDER BY ordinal"_s, r.id, error,
                    complement)
        && readRows(u"SELECT date, author, text, marked_wrong_date, marked_wrong_reason, registered_at, "
                    "marked_wrong_by, marked_wrong_at FROM journal_entries "
                    "WHERE case_id = ? ORDER BY ordinal"_s,
                    r.id, error, note);
}

} // namespace samordna
