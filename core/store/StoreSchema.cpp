// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSchema.h"

#include "ServerSchema.h"
#include "StageHistoryRebuild.h"
#include "StageStays.h"
#include "StoreConnection.h"
#include "StoreDialect.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "TeamAccess.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// The guards of a file, as SQLite writes them; a team store's are
// ServerSchema's.
QStringList fileJournalGuard()
{
    return {
        uR"(CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'journal entries are never removed'); END)"_s,
        uR"(CREATE TRIGGER journal_entries_no_edit BEFORE UPDATE ON journal_entries
WHEN NEW.case_id IS NOT OLD.case_id OR NEW.ordinal IS NOT OLD.ordinal
  OR NEW.date IS NOT OLD.date OR NEW.author IS NOT OLD.author OR NEW.text IS NOT OLD.text
  OR OLD.marked_wrong_date IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'journal entries are never edited; a wrong one is marked wrong once'); END)"_s,
    };
}

QStringList fileAuditLogGuard()
{
    return {
        uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
        uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
    };
}

// Version 8's: the note's registration is kept as fixed as the note.
QStringList fileJournalGuardKeepingRegistration()
{
    return {
        uR"(CREATE TRIGGER journal_entries_no_edit BEFORE UPDATE ON journal_entries
WHEN NEW.case_id IS NOT OLD.case_id OR NEW.ordinal IS NOT OLD.ordinal
  OR NEW.date IS NOT OLD.date OR NEW.author IS NOT OLD.author OR NEW.text IS NOT OLD.text
  OR NEW.registered_at IS NOT OLD.registered_at OR OLD.marked_wrong_date IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'journal entries are never edited; a wrong one is marked wrong once'); END)"_s,
    };
}

// Version 1: the case document v1, normalised. The list columns on `cases`
// (name … revision) are kept there so the case list never reads a child
// table. Dates are ISO text, facts 0/1 or NULL for "not recorded", codes are
// the case document's words.
QStringList version1(const StoreDialect &dialect)
{
    const bool server = dialect.isServer();
    QStringList statements{
        uR"(CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
    revision {bigint} NOT NULL CHECK (revision > 0),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    name TEXT NOT NULL,
    personnummer TEXT NOT NULL,
    personnummer_normalized TEXT NOT NULL,
    district TEXT,
    stage TEXT NOT NULL CHECK (stage IN ('ruta1','ruta2a','ruta2b','ruta3','ruta4','ruta5','ruta6a','ruta6b')),
    next_due TEXT,
    next_due_code TEXT,
    social_worker_known INTEGER NOT NULL CHECK (social_worker_known IN (0,1)),
    social_worker_name TEXT,
    social_worker_phone TEXT,
    social_worker_email TEXT,
    has_sgi INTEGER CHECK (has_sgi IN (0,1)),
    insured_in_sweden INTEGER CHECK (insured_in_sweden IN (0,1)),
    eu_as_if_insured INTEGER CHECK (eu_as_if_insured IN (0,1)),
    work_capacity_reduced_by_illness INTEGER CHECK (work_capacity_reduced_by_illness IN (0,1)),
    needs_rehabilitation INTEGER CHECK (needs_rehabilitation IN (0,1)),
    medical_documentation INTEGER CHECK (medical_documentation IN (0,1)),
    needs_mapped INTEGER CHECK (needs_mapped IN (0,1)),
    consent_given INTEGER CHECK (consent_given IN (0,1)),
    consent_date TEXT,
    consent_revoked_date TEXT,
    application_sent_date TEXT,
    application_received_by_fk_date TEXT,
    application_decision TEXT,
    application_decision_date TEXT,
    fk_contact_date TEXT,
    closure_work_capacity TEXT,
    closure_reduction_duration TEXT,
    closure_against_whole_labour_market INTEGER CHECK (closure_against_whole_labour_market IN (0,1)),
    closure_closed_date TEXT,
    closure_continued_by TEXT
))"_s,
        // What a case holds lists of, each row keyed by its case and place.
        uR"(CREATE TABLE meetings (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    kind TEXT NOT NULL,
    date TEXT,
    invitation_sent_date TEXT,
    outcome TEXT,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
        uR"(CREATE TABLE plan_measures (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    measure TEXT NOT NULL DEFAULT '',
    responsible TEXT,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
        uR"(CREATE TABLE complements (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    kind TEXT NOT NULL,
    date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
        uR"(CREATE TABLE journal_entries (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    date TEXT,
    author TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    marked_wrong_date TEXT,
    marked_wrong_reason TEXT,
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
    };
    // A journal note is never edited or removed; the one change allowed
    // is marking it wrong, once. The store's code checks this too; the
    // guard holds even for a write that bypasses it.
    statements << (server ? ServerSchema::journalGuard() : fileJournalGuard());
    statements << uR"(CREATE TABLE audit_log (
    id {serial},
    time TEXT NOT NULL,
    {user} TEXT NOT NULL,
    case_id TEXT,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT ''
))"_s;
    statements << (server ? ServerSchema::auditLogGuard() : fileAuditLogGuard());
    statements << u"CREATE INDEX cases_personnummer ON cases(personnummer_normalized)"_s
               << (server ? u"CREATE INDEX cases_name ON cases(lower(name))"_s
                          : u"CREATE INDEX cases_name ON cases(name COLLATE NOCASE)"_s)
               << u"CREATE INDEX cases_district_stage ON cases(district, stage)"_s
               << u"CREATE INDEX cases_stage ON cases(stage)"_s
               << u"CREATE INDEX cases_next_due ON cases(next_due) WHERE next_due IS NOT NULL"_s
               << u"CREATE INDEX cases_updated ON cases(updated)"_s
               << u"CREATE INDEX audit_log_case ON audit_log(case_id, id)"_s;
    if (server)
        statements << u"CREATE INDEX meetings_case ON meetings(case_id)"_s;
    else
        statements << u"PRAGMA application_id = %1"_s.arg(StoreSchema::applicationId());
    return statements;
}

// Version 2: konsultationsteam meetings and their agendas. The advice is
// also written into the case's own meetings (as in the case document); the
// agenda keeps which meeting discussed which case, in which order.
QStringList version2(const StoreDialect &)
{
    return {
        uR"(CREATE TABLE konsultationsteam_meetings (
    id {serial},
    date TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE konsultationsteam_agenda (
    id {serial},
    meeting_id {bigint} NOT NULL REFERENCES konsultationsteam_meetings(id),
    position INTEGER NOT NULL CHECK (position > 0),
    case_id TEXT NOT NULL REFERENCES cases(id),
    advice TEXT CHECK (advice IN ('criteria_met','complement_needed','not_relevant')),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT,
    UNIQUE (meeting_id, case_id)
))"_s,
        u"CREATE INDEX konsultationsteam_agenda_meeting ON konsultationsteam_agenda(meeting_id, position)"_s,
        u"CREATE INDEX konsultationsteam_agenda_case ON konsultationsteam_agenda(case_id)"_s,
    };
}

// What the store says about itself rather than about a case: the stamp of
// the rules and the day its derived columns were worked out on.
QStringList version3(const StoreDialect &)
{
    return {
        uR"(CREATE TABLE store_properties (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
))"_s,
    };
}

// Version 4: the case document's revision 2 fields. The need to coordinate
// (a criterion), what the social worker writes for FK, the medical
// documents, the client's contacts for blankett 7434 and the boxes the case
// has been in. The history of stores written before is rebuilt after these
// statements, from the moves their journals record (StageHistoryRebuild).
QStringList version4(const StoreDialect &)
{
    return {
        u"ALTER TABLE cases ADD COLUMN needs_coordination INTEGER CHECK (needs_coordination IN (0,1))"_s,
        u"ALTER TABLE cases ADD COLUMN for_fk_illness_history TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN for_fk_tried_measures TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN for_fk_other_information TEXT NOT NULL DEFAULT ''"_s,
        uR"(CREATE TABLE stage_history (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    stage TEXT NOT NULL CHECK (stage IN ('ruta1','ruta2a','ruta2b','ruta3','ruta4','ruta5','ruta6a','ruta6b')),
    from_date TEXT NOT NULL,
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
        uR"(CREATE TABLE medical_documents (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    date TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
        uR"(CREATE TABLE contacts (
    case_id TEXT NOT NULL REFERENCES cases(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    party TEXT CHECK (party IN ('FK','AF','IoF','Region','Arbetsgivare','Individ','Annan')),
    name TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, ordinal)
){without_rowid})"_s,
    };
}

// Version 5: indexes for the follow-up figures (stats/StatsQueries.cpp),
// which read a period's stage history with each case's district: the
// history by date, covering what the figures read of it; the district
// beside the case id, so it is found without reading the case's row;
// granted decisions by date and meetings by kind and date.
QStringList version5(const StoreDialect &)
{
    return {
        u"CREATE INDEX stage_history_from ON stage_history(from_date, stage, case_id, ordinal)"_s,
        u"CREATE INDEX cases_id_district ON cases(id, district)"_s,
        u"CREATE INDEX cases_granted_decision ON cases(application_decision_date) "
        "WHERE application_decision = 'granted'"_s,
        u"CREATE INDEX meetings_kind_date ON meetings(kind, date)"_s,
    };
}

// Version 6: work taken along offline and brought back (core/sync). A
// team store records which case went to which file, by whom and when
// (checkouts, advisory: nothing is locked). A file taken along keeps, per
// case, the team revision and the case as it was taken (the base a
// three-way merge needs), and the fields that changed on both sides until
// a person chooses. Audit rows made in a file reach the team store with the
// file they came from; the key makes a second sync add none twice.
QStringList version6(const StoreDialect &)
{
    return {
        uR"(CREATE TABLE checkouts (
    case_id TEXT NOT NULL REFERENCES cases(id),
    file_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    taken_by TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    PRIMARY KEY (case_id, file_id)
))"_s,
        uR"(CREATE TABLE offline_cases (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases(id),
    base_revision INTEGER NOT NULL CHECK (base_revision >= 0),
    base_document TEXT
))"_s,
        uR"(CREATE TABLE sync_conflicts (
    case_id TEXT NOT NULL REFERENCES cases(id),
    field TEXT NOT NULL,
    base_value TEXT,
    team_value TEXT,
    offline_value TEXT,
    chosen TEXT CHECK (chosen IN ('team','offline')),
    PRIMARY KEY (case_id, field)
))"_s,
        u"ALTER TABLE audit_log ADD COLUMN origin TEXT"_s,
        u"ALTER TABLE audit_log ADD COLUMN origin_key TEXT"_s,
        u"CREATE UNIQUE INDEX audit_log_origin_key ON audit_log(origin_key) WHERE origin_key IS NOT NULL"_s,
    };
}

// Version 7: each stage-history entry keeps what the follow-up figures
// read of it (StageStays): its case's district, the day the stay ended and
// its days, the span it closes, the days of the entries before it. They are
// worked out for the rows of stores written before (StageStays::fill), and
// then indexed (version7Indexes).
QStringList version7(const StoreDialect &)
{
    return {
        u"ALTER TABLE stage_history ADD COLUMN district TEXT"_s,
        u"ALTER TABLE stage_history ADD COLUMN left_date TEXT"_s,
        u"ALTER TABLE stage_history ADD COLUMN stay_days INTEGER"_s,
        u"ALTER TABLE stage_history ADD COLUMN span_days INTEGER"_s,
        u"ALTER TABLE stage_history ADD COLUMN previous_date TEXT"_s,
        u"ALTER TABLE stage_history ADD COLUMN previous_in_box_date TEXT"_s,
        u"DROP INDEX stage_history_from"_s,
        u"DROP INDEX meetings_kind_date"_s,
        u"DROP INDEX cases_id_district"_s,
        u"DROP INDEX cases_granted_decision"_s,
    };
}

// Every figure of a period is one range of one of these, read without a
// join: the entries of the period by day (and those closing a span), the
// stays ended in it by the day they ended, meetings and granted decisions
// by kind and day with what is counted of them, each case's district and
// application days beside its id.
QStringList version7Indexes()
{
    return {
        u"CREATE INDEX stage_history_entered ON stage_history(from_date, district, stage, previous_date, "
        "previous_in_box_date)"_s,
        u"CREATE INDEX stage_history_spans ON stage_history(from_date, district, stage, span_days) "
        "WHERE span_days IS NOT NULL"_s,
        u"CREATE INDEX stage_history_left ON stage_history(left_date, district, stage, stay_days, from_date)"_s,
        u"CREATE INDEX meetings_kind_date ON meetings(kind, date, case_id, outcome, invitation_sent_date)"_s,
        u"CREATE INDEX cases_id_district ON cases(id, district, application_sent_date, "
        "application_received_by_fk_date)"_s,
        u"CREATE INDEX cases_granted_decision ON cases(application_decision_date, district, fk_contact_date) "
        "WHERE application_decision = 'granted'"_s,
    };
}

// Version 8: what the journal shows beside a note and the case document
// does not carry (JournalStamps): when each note was registered, who marked
// it wrong and when. Notes written before get their own day as their
// registration (the day they were written on, as the program wrote them),
// or the case's when they have none; markings their day. The guard is made
// again to keep the registration as fixed as the note. With them, box 2b's
// reason in the social worker's words and the question a konsultationsteam
// is asked about a case, both kept in the store only.
QStringList version8(const StoreDialect &dialect)
{
    const bool server = dialect.isServer();
    QStringList statements{
        server ? u"DROP TRIGGER journal_entries_guard ON journal_entries"_s : u"DROP TRIGGER journal_entries_no_edit"_s,
        u"ALTER TABLE journal_entries ADD COLUMN registered_at TEXT"_s,
        u"ALTER TABLE journal_entries ADD COLUMN marked_wrong_by TEXT"_s,
        u"ALTER TABLE journal_entries ADD COLUMN marked_wrong_at TEXT"_s,
        uR"(UPDATE journal_entries SET registered_at = COALESCE(date,
    (SELECT substr(cases.created, 1, 10) FROM cases WHERE cases.id = journal_entries.case_id)))"_s,
        u"UPDATE journal_entries SET marked_wrong_at = marked_wrong_date WHERE marked_wrong_date IS NOT NULL"_s,
    };
    statements << (server ? ServerSchema::journalGuardKeepingRegistration() : fileJournalGuardKeepingRegistration());
    return statements << u"ALTER TABLE cases ADD COLUMN no_coordination_reason TEXT NOT NULL DEFAULT ''"_s
                      << u"ALTER TABLE konsultationsteam_agenda ADD COLUMN question TEXT NOT NULL DEFAULT ''"_s;
}

// Version 9: the audit log's rows are chained (see AuditChain.h). Rows
// written before keep no hash of their own; the first chained row's hash
// covers them. A team store's server keeps the chain itself.
QStringList version9(const StoreDialect &dialect)
{
    QStringList statements{u"ALTER TABLE audit_log ADD COLUMN hash TEXT"_s};
    if (dialect.isServer())
        statements << ServerSchema::auditChain();
    return statements;
}

// Version 10: a team store's rows join the chain as their transaction
// commits (ServerSchema). A file is written by one program at a time, which
// chains its rows itself: nothing changes there.
QStringList version10(const StoreDialect &dialect)
{
    return dialect.isServer() ? ServerSchema::auditChainAtCommit() : QStringList();
}

// Version 11: each konsultationsteam meeting is a district's (its
// stadsområde's team with FK), so on a team store a user sees only the
// meetings of their districts. A meeting held before gets its agenda's
// district when every case on it is of that one district; otherwise it
// names none, and on a team store only the owner sees it. Plain SQL both
// databases read.
QStringList version11(const StoreDialect &)
{
    return {
        u"ALTER TABLE konsultationsteam_meetings ADD COLUMN district TEXT"_s,
        uR"(UPDATE konsultationsteam_meetings SET district = (
    SELECT CASE WHEN count(DISTINCT c.district) = 1 AND count(c.district) = count(*) THEN min(c.district) END
    FROM konsultationsteam_agenda a JOIN cases c ON c.id = a.case_id
    WHERE a.meeting_id = konsultationsteam_meetings.id))"_s,
    };
}

// Version 12: each meeting of a case keeps, written with it as its stage
// history is (the store writes a case's lists again on every save), the
// case's district and the day its application went to FK (sent, else
// received), so the follow-up figures count meetings by district, and
// "criteria met, then an application within 30 days", from one range of
// one index with no join to the cases (version12Indexes). At ~180,000
// meetings a year that join was half the figures' time. The index beside
// the cases' ids served only it.
QStringList version12(const StoreDialect &)
{
    return {
        u"ALTER TABLE meetings ADD COLUMN district TEXT"_s,
        u"ALTER TABLE meetings ADD COLUMN application_date TEXT"_s,
        uR"(UPDATE meetings SET (district, application_date) = (
    SELECT c.district, COALESCE(c.application_sent_date, c.application_received_by_fk_date)
    FROM cases c WHERE c.id = meetings.case_id))"_s,
        u"DROP INDEX meetings_kind_date"_s,
        u"DROP INDEX cases_id_district"_s,
    };
}

QStringList version12Indexes()
{
    return {
        u"CREATE INDEX meetings_kind_date ON meetings(kind, date, district, case_id, outcome, "
        "invitation_sent_date, application_date)"_s,
    };
}

// Version 13: a team store's rows join the chain after their commit
// (ServerSchema). Nothing changes in a file.
QStringList version13(const StoreDialect &dialect)
{
    return dialect.isServer() ? ServerSchema::auditChainAfterCommit() : QStringList();
}

// Version n is the n-th of these, so a new version is one more here.
constexpr std::array Versions{version1, version2, version3,  version4,  version5,  version6, version7,
                              version8, version9, version10, version11, version12, version13};

} // namespace

int StoreSchema::currentVersion()
{
    return int(Versions.size());
}

qint32 StoreSchema::applicationId()
{
    return 0x53616d6f; // "Samo"
}

QStringList StoreSchema::migration(int version, const StoreDialect &dialect)
{
    if (version < 1 || version > currentVersion())
        return {};
    QStringList statements = Versions[size_t(version - 1)](dialect);
    for (QString &statement : statements)
        statement = dialect.ddl(statement);
    return statements;
}

QStringList StoreSchema::afterData(int version)
{
    switch (version) {
    case 7:
        return version7Indexes();
    case 12:
        return version12Indexes();
    default:
        return {};
    }
}

int StoreSchema::userVersion(const StoreConnection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    if (!connection.dialect().isServer()) {
        if (!storeSql::exec(query, u"PRAGMA user_version"_s, error))
            return -1;
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (!storeSql::exec(query, ServerSchema::hasVersionTable(), error))
        return -1;
    if (!query.next() || !query.value(0).toBool())
        return 0;
    if (!storeSql::exec(query, ServerSchema::readVersion(), error))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList StoreSchema::steps(const StoreConnection &connection, int version, int found)
{
    if (!connection.dialect().isServer())
        return migration(version, connection.dialect()) << u"PRAGMA user_version = %1"_s.arg(version);
    QStringList statements;
    if (found == 0 && version == 1)
        statements << ServerSchema::bootstrap();
    // The number is the program's own, not input.
    return statements << migration(version, connection.dialect())
                      << ServerSchema::writeVersion().replace(u'?', QString::number(version));
}

bool StoreSchema::migrate(const StoreConnection &connection, QString *error)
{
    // A store at the current version needs no write lock; asking for one on
    // every open would make readers queue behind a busy writer.
    const int start = userVersion(connection, error);
    if (start < 0)
        return false;
    if (start == currentVersion())
        return true;
    for (int version = 1; version <= currentVersion(); ++version) {
        StoreTransaction transaction(connection);
        if (!transaction.begin(error))
            return false;
        if (connection.dialect().isServer()) {
            QSqlQuery lock(connection.database());
            if (!storeSql::exec(lock, ServerSchema::migrationLock(), error))
                return false;
        }
        const int found = userVersion(connection, error);
        if (found < 0)
            return false;
        if (found > currentVersion()) {
            *error = QCoreApplication::translate("CaseStore",
                                                 "the store was written by a newer version of Samordna "
                                                 "(schema %1; this program reads up to %2)")
                         .arg(found)
                         .arg(currentVersion());
            return false;
        }
        if (found >= version)
            continue;
        for (const QString &statement : steps(connection, version, found)) {
            QSqlQuery query(connection.database());
            if (!storeSql::exec(query, statement, error))
                return false;
        }
        // Stores written before the history was kept get one from the moves
        // their journals record; a new, empty store has nothing to rebuild.
        if (version == 4 && !StageHistoryRebuild::run(connection.name(), error))
            return false;
        if (version == 7 && !StageStays::fill(connection.name(), error))
            return false;
        for (const QString &statement : afterData(version)) {
            QSqlQuery query(connection.database());
            if (!storeSql::exec(query, statement, error))
                return false;
        }
        if (!transaction.commit(error))
            return false;
    }
    if (!connection.dialect().isServer())
        return true;
    // Who may see what, set up again for what this version added.
    StoreTransaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    for (const QString &statement : TeamAccess::setup()) {
        QSqlQuery query(connection.database());
        if (!storeSql::exec(query, statement, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace samordna
