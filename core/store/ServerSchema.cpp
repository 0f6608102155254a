// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSchema.h"

#include "StoreSchema.h"

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// The chain walked for check(), with the owner's rights over every row; the
// answer names row numbers only, nothing a row says. Rows still pending
// (numbered below zero, see version 13) have not joined the chain yet.
QString chainWalker()
{
    return uR"(CREATE OR REPLACE FUNCTION samordna_audit_chain_breaks() RETURNS TABLE (problem TEXT, from_id BIGINT, to_id BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r RECORD;
    running TEXT := '';
    expected BIGINT := 1;
    started BOOLEAN := false;
    head_id BIGINT;
    head_hash TEXT;
BEGIN
    FOR r IN SELECT a.id, a.time, a."user", a.case_id, a.action, a.details, a.origin, a.origin_key, a.hash
             FROM public.audit_log a WHERE a.id > 0 ORDER BY a.id LOOP
        -- Rows written before the chain were numbered by a sequence, which
        -- a rollback skips: their gaps say nothing.
        IF started AND r.id <> expected THEN
            problem := 'missing'; from_id := expected; to_id := r.id - 1;
            RETURN NEXT;
        END IF;
        running := public.samordna_audit_hash(running, r.id, r.time, r."user", r.case_id, r.action, r.details,
                                              r.origin, r.origin_key);
        IF r.hash IS NULL THEN
            IF started THEN
                problem := 'unchained'; from_id := r.id; to_id := r.id;
                RETURN NEXT;
            END IF;
        ELSE
            started := true;
            IF r.hash <> running THEN
                problem := 'changed'; from_id := r.id; to_id := r.id;
                RETURN NEXT;
                running := r.hash;
            END IF;
        END IF;
        expected := r.id + 1;
    END LOOP;
    SELECT h.last_id, h.hash INTO head_id, head_hash FROM public.audit_chain_head h;
    IF head_id >= expected THEN
        problem := 'last-missing'; from_id := expected; to_id := head_id;
        RETURN NEXT;
    ELSIF head_hash IS DISTINCT FROM running THEN
        problem := 'changed'; from_id := head_id; to_id := head_id;
        RETURN NEXT;
    END IF;
END $$)"_s;
}

// Numbers and chains the pending rows the statement sees, in the order they
// were written (pending numbers count down), after head_id and head_hash,
// which it moves on. For a PL/pgSQL body holding the chain's head row.
const QString ChainPendingRows = uR"(
    FOR r IN SELECT a.id, a.time, a."user", a.case_id, a.action, a.details, a.origin, a.origin_key
             FROM public.audit_log a WHERE a.id < 0 ORDER BY a.id DESC LOOP
        head_id := head_id + 1;
        head_hash := public.samordna_audit_hash(head_hash, head_id, r.time, r."user", r.case_id, r.action,
                                                r.details, r.origin, r.origin_key);
        UPDATE public.audit_log SET id = head_id, hash = head_hash WHERE id = r.id;
    END LOOP;
)"_s;

// The audit log's wall against change and removal, letting through one
// change alone: a pending row given its number and hash, its content as it
// was, by the chain's own code, which `chaining` tells apart (`stack` is
// the calls that led to the change).
QString appendOnlyGuard(const QString &chaining)
{
    return uR"(CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stack TEXT;
BEGIN
    GET DIAGNOSTICS stack = PG_CONTEXT;
    IF TG_OP = 'UPDATE' AND )"_s
        + chaining + uR"( AND OLD.id < 0 AND OLD.hash IS NULL AND NEW.id > 0
       AND NEW.hash IS NOT NULL AND NEW.time IS NOT DISTINCT FROM OLD.time
       AND NEW."user" IS NOT DISTINCT FROM OLD."user" AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
       AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.details IS NOT DISTINCT FROM OLD.details
       AND NEW.origin IS NOT DISTINCT FROM OLD.origin AND NEW.origin_key IS NOT DISTINCT FROM OLD.origin_key THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END $$)"_s;
}

// The hash of version 9's samordna_audit_hash(), the same bytes, as one
// expression: version 9 built it of a function per field, each with its
// own search path, so the server could inline none of them and spent
// about 100 µs on each row, most of a commit's chaining and half of an
// import. The callers set the search path (pg_catalog first).
QString auditHashFunction()
{
    // Each field with its length, NULL told apart from "" (AuditChain.h).
    const auto field = [](const QString &bytes) {
        return u"convert_to(length(%1)::text || ':', 'UTF8') || %1"_s.arg(bytes);
    };
    const auto text = [&](int parameter) { return field(u"convert_to($%1, 'UTF8')"_s.arg(parameter)); };
    const auto nullable = [&](int parameter) {
        return field(
            u"(CASE WHEN $%1 IS NULL THEN '\\x00'::bytea ELSE convert_to('=' || $%1, 'UTF8') END)"_s.arg(parameter));
    };
    const QStringList fields{text(1),     field(u"convert_to($2::text, 'UTF8')"_s),
                             text(3),     text(4),
                             nullable(5), text(6),
                             text(7),     nullable(8),
                             nullable(9)};
    return u"CREATE OR REPLACE FUNCTION samordna_audit_hash(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) "
           "RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$\n    SELECT encode(sha256("_s
        + fields.join(u"\n        || "_s) + u"), 'hex')\n$$"_s;
}

} // namespace

QStringList ServerSchema::journalGuard()
{
    return {
        uR"(CREATE FUNCTION journal_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'journal entries are never removed';
    END IF;
    IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.ordinal IS DISTINCT FROM OLD.ordinal
       OR NEW.date IS DISTINCT FROM OLD.date OR NEW.author IS DISTINCT FROM OLD.author
       OR NEW.text IS DISTINCT FROM OLD.text OR OLD.marked_wrong_date IS NOT NULL THEN
        RAISE EXCEPTION 'journal entries are never edited; a wrong one is marked wrong once';
    END IF;
    RETURN NEW;
END $$)"_s,
        u"CREATE TRIGGER journal_entries_guard BEFORE UPDATE OR DELETE ON journal_entries "
        "FOR EACH ROW EXECUTE FUNCTION journal_entries_guard()"_s,
        u"CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries "
        "FOR EACH STATEMENT EXECUTE FUNCTION journal_entries_guard()"_s,
    };
}

QStringList ServerSchema::auditLogGuard()
{
    return {
        uR"(CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$)"_s,
        u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"_s,
        u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"_s,
        // The audit names the database's own user, whom the server
        // authenticated, whatever the program wrote. Only the tables'
        // owner (the administrator, who could drop the trigger anyway)
        // writes rows as they come, to move a store file's history in.
        uR"(CREATE FUNCTION audit_log_session_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF session_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        NEW."user" := session_user;
    END IF;
    RETURN NEW;
END $$)"_s,
        u"CREATE TRIGGER audit_log_session_user BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_session_user()"_s,
    };
}

QStringList ServerSchema::journalGuardKeepingRegistration()
{
    return {
        uR"(CREATE OR REPLACE FUNCTION journal_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'journal entries are never removed';
    END IF;
    IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.ordinal IS DISTINCT FROM OLD.ordinal
       OR NEW.date IS DISTINCT FROM OLD.date OR NEW.author IS DISTINCT FROM OLD.author
       OR NEW.text IS DISTINCT FROM OLD.text OR NEW.registered_at IS DISTINCT FROM OLD.registered_at
       OR OLD.marked_wrong_date IS NOT NULL THEN
        RAISE EXCEPTION 'journal entries are never edited; a wrong one is marked wrong once';
    END IF;
    RETURN NEW;
END $$)"_s,
        u"CREATE TRIGGER journal_entries_guard BEFORE UPDATE OR DELETE ON journal_entries "
        "FOR EACH ROW EXECUTE FUNCTION journal_entries_guard()"_s,
    };
}

// Version 9: the audit log's rows are chained (see AuditChain.h). The
// server numbers and chains every row, whoever writes it: a user sees only
// the rows of their districts, so no client can follow the whole chain, and
// none is trusted to. The trigger runs with the owner's rights and takes
// the chain's one head row until the commit, so rows join the chain one
// transaction at a time, in order, and a rolled-back row leaves no gap
// (ids come from the head, not from the sequence, which a rollback skips).
// Every transaction writes its audit rows last, so no other lock is taken
// while the head is held.
QStringList ServerSchema::auditChain()
{
    return {
        uR"(CREATE TABLE audit_chain_head (
    single BOOLEAN PRIMARY KEY DEFAULT true CHECK (single),
    last_id BIGINT NOT NULL,
    hash TEXT NOT NULL
))"_s,
        // The same bytes as auditChain::hash(): each field with its length,
        // NULL told apart from "".
        uR"(CREATE OR REPLACE FUNCTION samordna_audit_field(BYTEA) RETURNS BYTEA LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT convert_to(length($1)::text || ':', 'UTF8') || $1
$$)"_s,
        uR"(CREATE OR REPLACE FUNCTION samordna_audit_nullable(TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN $1 IS NULL THEN '\x00'::bytea ELSE convert_to('=' || $1, 'UTF8') END
$$)"_s,
        uR"(CREATE OR REPLACE FUNCTION samordna_audit_hash(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT encode(sha256(public.samordna_audit_field(convert_to($1, 'UTF8'))
        || public.samordna_audit_field(convert_to($2::text, 'UTF8'))
        || public.samordna_audit_field(convert_to($3, 'UTF8'))
        || public.samordna_audit_field(convert_to($4, 'UTF8'))
        || public.samordna_audit_field(public.samordna_audit_nullable($5))
        || public.samordna_audit_field(convert_to($6, 'UTF8'))
        || public.samordna_audit_field(convert_to($7, 'UTF8'))
        || public.samordna_audit_field(public.samordna_audit_nullable($8))
        || public.samordna_audit_field(public.samordna_audit_nullable($9))), 'hex')
$$)"_s,
        // The head follows the rows written before: the first chained row
        // vouches for them.
        uR"(DO $$
DECLARE
    r RECORD;
    running TEXT := '';
    last BIGINT := 0;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        running := samordna_audit_hash(running, r.id, r.time, r."user", r.case_id, r.action, r.details,
                                       r.origin, r.origin_key);
        last := r.id;
    END LOOP;
    INSERT INTO audit_chain_head (single, last_id, hash) VALUES (true, last, running);
END $$)"_s,
        // Who wrote the row (as version 1's trigger, which this one
        // replaces, so the order of the two is never a question), then
        // where it sits in the chain.
        u"DROP TRIGGER IF EXISTS audit_log_session_user ON audit_log"_s,
        u"DROP FUNCTION IF EXISTS audit_log_session_user()"_s,
        uR"(CREATE OR REPLACE FUNCTION audit_log_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head_id BIGINT;
    head_hash TEXT;
BEGIN
    IF session_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        NEW."user" := session_user;
    END IF;
    SELECT h.last_id, h.hash INTO STRICT head_id, head_hash FROM public.audit_chain_head h FOR UPDATE;
    NEW.id := head_id + 1;
    NEW.hash := public.samordna_audit_hash(head_hash, NEW.id, NEW.time, NEW."user", NEW.case_id, NEW.action,
                                           NEW.details, NEW.origin, NEW.origin_key);
    UPDATE public.audit_chain_head SET last_id = NEW.id, hash = NEW.hash;
    RETURN NEW;
END $$)"_s,
        u"CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_stamp()"_s,
        chainWalker(),
    };
}

// Version 10: a row joins the chain when its transaction commits, not when
// it is written. Version 9 took the chain's head at the audit INSERT and
// held it through the client's COMMIT, a round trip away: every writer of
// the store waited in line for each other's network, scheduling and disk.
// Now a row is written with a pending number (negative, never committed)
// and a deferred trigger, run by the server inside COMMIT, takes the head
// and numbers and chains the transaction's rows in the order they were
// written, then updates the head once. The head is held from there to the
// commit's end only; the chain, its order and its numbering without gaps
// are version 9's. The append-only wall lets that one change through: a
// pending row's number and hash, set by the chain's own trigger, nothing
// else (users have no UPDATE privilege at all).
QStringList ServerSchema::auditChainAtCommit()
{
    return {
        u"CREATE SEQUENCE IF NOT EXISTS audit_log_pending_id"_s,
        uR"(CREATE OR REPLACE FUNCTION audit_log_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF session_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        NEW."user" := session_user;
    END IF;
    NEW.id := -nextval('public.audit_log_pending_id');
    NEW.hash := NULL;
    RETURN NEW;
END $$)"_s,
        // Pending numbers count down, so the rows come in the order they
        // were written; only this transaction's rows can be pending.
        uR"(CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r RECORD;
    head_id BIGINT;
    head_hash TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.audit_log a WHERE a.id = NEW.id) THEN
        RETURN NULL; -- chained already, with an earlier row of its transaction
    END IF;
    SELECT h.last_id, h.hash INTO STRICT head_id, head_hash FROM public.audit_chain_head h FOR UPDATE;
)"_s + ChainPendingRows
            + uR"(    UPDATE public.audit_chain_head SET last_id = head_id, hash = head_hash;
    RETURN NULL;
END $$)"_s,
        u"DROP TRIGGER IF EXISTS audit_log_chain ON audit_log"_s,
        u"CREATE CONSTRAINT TRIGGER audit_log_chain AFTER INSERT ON audit_log "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_chain()"_s,
        appendOnlyGuard(u"pg_trigger_depth() > 1"_s),
    };
}

// Version 13: rows join the chain after their transaction has committed,
// not inside COMMIT. Version 10 held the chain's one head row from its
// deferred trigger to the commit's end, through the flush to disk, so every
// commit of the store waited for the one before it, whatever case it
// saved; on two cores and 32 clients, a holder put off by the scheduler
// kept them all waiting. Now rows stay pending (numbered below zero, by
// version 10's stamp) as their transaction commits them, and the program
// that wrote them calls samordna_after_commit() once its commit has
// returned: whichever program holds the head chains every pending row it
// sees, several passes while more arrive, and another that finds the head
// taken goes on, its rows chained by that holder or by the next commit.
// The chain, its order (as rows were written) and its numbering without
// gaps are version 9's; a row is pending for as long as the next commit
// takes, and check() chains what is pending before it walks the chain.
//
// The announcement of saved cases to the other clients moves with it. A
// NOTIFY takes a lock of the whole database inside COMMIT, held to its end,
// the same queue again; the program names what it saved to
// samordna_after_commit(), which tells the others.
QStringList ServerSchema::auditChainAfterCommit()
{
    return {
        u"DROP TRIGGER IF EXISTS audit_log_chain ON audit_log"_s,
        u"DROP FUNCTION IF EXISTS audit_log_chain()"_s,
        u"DROP TRIGGER IF EXISTS samordna_announce_case ON cases"_s,
        u"DROP FUNCTION IF EXISTS samordna_announce_case()"_s,
        auditHashFunction(),
        // `announcements`: one per line, "change ID REVISION" or "add ID 1".
        uR"(CREATE OR REPLACE FUNCTION samordna_after_commit(announcements TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r RECORD;
    head_id BIGINT;
    head_hash TEXT;
    first_id BIGINT;
    passed_id BIGINT;
BEGIN
    PERFORM pg_notify('samordna_cases', m) FROM unnest(string_to_array(announcements, E'\n')) AS m;
    SELECT h.last_id, h.hash INTO head_id, head_hash FROM public.audit_chain_head h FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    first_id := head_id;
    -- Each pass sees what has committed by its start.
    FOR pass IN 1..4 LOOP
        passed_id := head_id;
)"_s + ChainPendingRows
            + uR"(        EXIT WHEN head_id = passed_id;
    END LOOP;
    IF head_id <> first_id THEN
        UPDATE public.audit_chain_head SET last_id = head_id, hash = head_hash;
    END IF;
END $$)"_s,
        chainWalker(),
        // Changed by samordna_after_commit()'s own statement, not by
        // anyone's UPDATE, the owner's included.
        appendOnlyGuard(u"stack LIKE '%' || E'\\n' || 'PL/pgSQL function public.samordna_after_commit(text) line %'"_s),
    };
}

QStringList ServerSchema::bootstrap()
{
    return {
        u"CREATE TABLE samordna_schema (application_id INTEGER NOT NULL, version INTEGER NOT NULL)"_s,
        u"INSERT INTO samordna_schema (application_id, version) VALUES (%1, 0)"_s.arg(StoreSchema::applicationId()),
    };
}

QString ServerSchema::migrationLock()
{
    return u"SELECT pg_advisory_xact_lock(%1)"_s.arg(StoreSchema::applicationId());
}

QString ServerSchema::hasVersionTable()
{
    return u"SELECT to_regclass('samordna_schema') IS NOT NULL"_s;
}

QString ServerSchema::readVersion()
{
    return u"SELECT version FROM samordna_schema"_s;
}

QString ServerSchema::writeVersion()
{
    return u"UPDATE samordna_schema SET version = ?"_s;
}

} // namespace samordna
