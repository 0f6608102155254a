// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamAccess.h"

#include "AuditLog.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// The store's group role: one per database, so two stores on one server
// keep their members apart.
const QString GroupRole = u"current_database() || '_samordna'"_s;

} // namespace

TeamAccess::TeamAccess(const StoreConnection &connection)
    : m_connection(connection)
{
}

QStringList TeamAccess::setup()
{
    return {
        uR"(CREATE TABLE IF NOT EXISTS user_districts (
    role TEXT NOT NULL,
    district TEXT NOT NULL,
    PRIMARY KEY (role, district)
))"_s,
        // The districts of the user the server authenticated, read with the
        // owner's rights so a user need not see the whole table.
        uR"(CREATE OR REPLACE FUNCTION samordna_my_districts() RETURNS SETOF TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT district FROM )"_s
            + u"public.user_districts WHERE role = session_user $$"_s,
        uR"(DO $$
DECLARE
    grp TEXT := )"_s
            + GroupRole + uR"(;
    tbl RECORD;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), grp);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), grp);
    EXECUTE format('REVOKE EXECUTE ON FUNCTION samordna_my_districts() FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION samordna_my_districts() TO %I', grp);

    FOR tbl IN SELECT c.relname AS name,
                      EXISTS (SELECT 1 FROM information_schema.columns col
                              WHERE col.table_schema = current_schema() AND col.table_name = c.relname
                                AND col.column_name = 'case_id') AS per_case
               FROM pg_class c
               WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
    LOOP
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', tbl.name);
        EXECUTE format('REVOKE ALL ON %I FROM %I', tbl.name, grp);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl.name);
        EXECUTE format('DROP POLICY IF EXISTS samordna_district ON %I', tbl.name);
        IF tbl.name = 'cases' THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (district IN (SELECT samordna_my_districts())) '
                           'WITH CHECK (district IN (SELECT samordna_my_districts()))', tbl.name, grp);
        ELSIF tbl.name = 'audit_log' THEN
            -- Append-only by privilege; the triggers are the second wall.
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (case_id IN (SELECT id FROM cases) OR (case_id IS NULL AND "user" = session_user)) '
                           'WITH CHECK (case_id IS NULL OR case_id IN (SELECT id FROM cases))', tbl.name, grp);
        ELSIF tbl.name = 'journal_entries' THEN
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', tbl.name, grp);
            EXECUTE format('GRANT UPDATE (marked_wrong_date, marked_wrong_reason, marked_wrong_by, marked_wrong_at) ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (case_id IN (SELECT id FROM cases)) '
                           'WITH CHECK (case_id IN (SELECT id FROM cases))', tbl.name, grp);
        ELSIF tbl.name IN ('meetings', 'plan_measures', 'complements',
                           'stage_history', 'medical_documents', 'contacts', 'checkouts') THEN
            -- Rewritten whole on every save of their case; a checkout ends
            -- when its file is brought back.
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (case_id IN (SELECT id FROM cases)) '
                           'WITH CHECK (case_id IN (SELECT id FROM cases))', tbl.name, grp);
        ELSIF tbl.name = 'konsultationsteam_meetings' THEN
            -- A meeting is its district's team's; one that names no
            -- district is the owner's to see.
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (district IN (SELECT samordna_my_districts())) '
                           'WITH CHECK (district IN (SELECT samordna_my_districts()))', tbl.name, grp);
        ELSIF tbl.name = 'konsultationsteam_agenda' THEN
            -- An item is seen with both its case and its meeting; the
            -- position and question change, an item without advice goes.
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (case_id IN (SELECT id FROM cases) '
                           'AND meeting_id IN (SELECT id FROM konsultationsteam_meetings)) '
                           'WITH CHECK (case_id IN (SELECT id FROM cases) '
                           'AND meeting_id IN (SELECT id FROM konsultationsteam_meetings))', tbl.name, grp);
        ELSIF tbl.name = 'store_properties' THEN
            -- The stamp of the derived columns, written by whoever works them out.
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I USING (true) WITH CHECK (true)',
                           tbl.name, grp);
        ELSIF tbl.name = 'audit_chain_head' THEN
            -- Written by the chain's own functions alone, with the owner's rights.
            NULL;
        ELSIF tbl.name IN ('samordna_schema', 'user_districts') THEN
            EXECUTE format('GRANT SELECT ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I USING (%s)', tbl.name, grp,
                           CASE WHEN tbl.name = 'user_districts' THEN 'role = session_user' ELSE 'true' END);
        ELSIF tbl.per_case THEN
            -- A table a later version adds: its rows are read and appended
            -- to, for the cases of the user's districts.
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I '
                           'USING (case_id IN (SELECT id FROM cases)) '
                           'WITH CHECK (case_id IN (SELECT id FROM cases))', tbl.name, grp);
        ELSE
            EXECUTE format('GRANT SELECT ON %I TO %I', tbl.name, grp);
            EXECUTE format('CREATE POLICY samordna_district ON %I TO %I USING (true)', tbl.name, grp);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), grp);
END $$)"_s,
    };
}

bool TeamAccess::addUser(const QString &role, const QStringList &districts, QString *error) const
{
    StoreTransaction transaction(m_connection);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_connection.database());
    if (!storeSql::prepare(query, u"SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"_s, error))
        return false;
    query.addBindValue(role);
    if (!storeSql::exec(query, error) || !query.next())
        return false;
    if (query.value(0).toInt() == 0) {
        *error = QCoreApplication::translate(
                     "CaseStore",
                     "there is no login role \"%1\" on the server; the database administrator makes it first")
                     .arg(role);
        return false;
    }
    query.finish();
    // The role's name is quoted by the server (%I), never pasted in.
    if (!storeSql::prepare(query, u"SELECT format('GRANT %I TO %I', "_s + GroupRole + u", ?::text)"_s, error))
        return false;
    query.addBindValue(role);
    if (!storeSql::exec(query, error) || !query.next())
        return false;
    const QString grant = query.value(0).toString();
    query.finish();
    QSqlQuery change(m_connection.database());
    if (!storeSql::exec(change, grant, error))
        return false;
    if (!storeSql::prepare(change, u"DELETE FROM user_districts WHERE role = ?"_s, error))
        return false;
    change.addBindValue(role);
    if (!storeSql::exec(change, error))
        return false;
    if (!storeSql::prepare(change, u"INSERT INTO user_districts (role, district) VALUES (?, ?)"_s, error))
        return false;
    for (const QString &district : districts) {
        change.addBindValue(role);
        change.addBindValue(district);
        if (!storeSql::exec(change, error))
            return false;
    }
    return AuditLog::append(m_connection.name(), m_connection.user(), {}, u"access"_s,
                            u"add-user=%1,districts=%2"_s.arg(role, districts.join(u'|')), error)
        && transaction.commit(error);
}

bool TeamAccess::removeUser(const QString &role, QString *error) const
{
    StoreTransaction transaction(m_connection);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_connection.database());
    if (!storeSql::prepare(query,
                           u"SELECT format('REVOKE %I FROM %I', "_s + GroupRole
                               + u", r.rolname) FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                                 "WHERE r.rolname = ? AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = "_s
                               + GroupRole + u")"_s,
                           error))
        return false;
    query.addBindValue(role);
    if (!storeSql::exec(query, error))
        return false;
    const QString revoke = query.next() ? query.value(0).toString() : QString();
    query.finish();
    QSqlQuery change(m_connection.database());
    if (!storeSql::prepare(change, u"DELETE FROM user_districts WHERE role = ?"_s, error))
        return false;
    change.addBindValue(role);
    if (!storeSql::exec(change, error))
        return false;
    const bool hadDistricts = change.numRowsAffected() > 0;
    if (revoke.isEmpty() && !hadDistricts) {
        *error = QCoreApplication::translate("CaseStore", "\"%1\" is not a user of this store").arg(role);
        return false;
    }
    if (!revoke.isEmpty() && !storeSql::exec(change, revoke, error))
        return false;
    return AuditLog::append(m_connection.name(), m_connection.user(), {}, u"access"_s, u"remove-user=%1"_s.arg(role),
                            error)
        && transaction.commit(error);
}

QList<TeamAccess::User> TeamAccess::users(QString *error) const
{
    QList<User> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!storeSql::exec(query,
                        u"SELECT r.rolname, coalesce(string_agg(d.district, '|' ORDER BY d.district), '') "
                        "FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                        "LEFT JOIN user_districts d ON d.role = r.rolname "
                        "WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = "_s
                            + GroupRole + u") GROUP BY r.rolname ORDER BY r.rolname"_s,
                        error))
        return result;
    while (query.next())
        result << User{query.value(0).toString(), query.value(1).toString().split(u'|', Qt::SkipEmptyParts)};
    storeSql::finished(query, error);
    return result;
}

} // namespace samordna
