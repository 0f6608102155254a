// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineSync.h"

#include "Checkout.h"
#include "OfflineFile.h"
#include "io/CaseDocument.h"
#include "service/CaseService.h"
#include "store/AuditLog.h"
#include "store/StoreConnection.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna::sync {

namespace {

// How often a case is merged again when someone saves it in the team store
// between this sync's read and its write.
constexpr int Attempts = 3;

QJsonObject caseJson(const CaseRecord &record)
{
    return caseDocument::toJsonObject(record).value(u"case").toObject();
}

std::optional<CaseRecord> toRecord(const QJsonObject &caseObject, QString *error)
{
    const QJsonObject document{
        {u"format"_s, u"samordna-case"_s}, {u"version"_s, caseDocument::Version}, {u"case"_s, caseObject}};
    const auto read = caseDocument::readObject(document, Clock::today());
    if (!read)
        *error = read.errorText();
    return read.record;
}

CaseSyncResult caseResult(const QString &caseId, CaseSyncResult::Outcome outcome, const QStringList &fields = {})
{
    CaseSyncResult result;
    result.caseId = caseId;
    result.outcome = outcome;
    result.fields = fields;
    return result;
}

CaseSyncResult failedCase(const QString &caseId, const QString &message)
{
    CaseSyncResult result = caseResult(caseId, CaseSyncResult::Failed);
    result.message = message;
    return result;
}

struct FileAuditRow
{
    qint64 id = 0;
    QString time;
    QString user;
    QString caseId;
    QString action;
    QString details;
};

// The file's audit rows of one case, or its store-wide rows when caseId is empty.
QList<FileAuditRow> fileAuditRows(const StoreConnection &file, const QString &caseId, QString *error)
{
    QList<FileAuditRow> rows;
    QSqlQuery query(file.database());
    query.setForwardOnly(true);
    const QString columns = uR"(SELECT id, time, "user", case_id, action, details FROM audit_log WHERE )"_s;
    if (!storeSql::prepare(
            query, columns + (caseId.isEmpty() ? u"case_id IS NULL"_s : u"case_id = ?"_s) + u" ORDER BY id"_s, error))
        return rows;
    if (!caseId.isEmpty())
        query.addBindValue(caseId);
    if (!storeSql::exec(query, error))
        return rows;
    while (query.next())
        rows << FileAuditRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(),   query.value(4).toString(), query.value(5).toString()};
    storeSql::finished(query, error);
    return rows;
}

QList<FieldChoice> choicesOf(const QList<StoredConflict> &stored)
{
    QList<FieldChoice> choices;
    for (const StoredConflict &conflict : stored) {
        if (conflict.chosen)
            choices << FieldChoice{conflict.conflict.field, conflict.conflict.team, conflict.conflict.offline,
                                   *conflict.chosen};
    }
    return choices;
}

QStringList fieldsOf(const QList<FieldConflict> &conflicts)
{
    QStringList fields;
    for (const FieldConflict &conflict : conflicts)
        fields << conflict.field;
    fields.sort();
    return fields;
}

} // namespace

QString CaseSyncResult::code() const
{
    switch (outcome) {
    case Pushed:
        return u"pushed"_s;
    case Pulled:
        return u"pulled"_s;
    case Merged:
        return u"merged"_s;
    case Conflict:
        return u"conflict"_s;
    case Unchanged:
        return u"unchanged"_s;
    case Failed:
        return u"failed"_s;
    }
    return {};
}

bool SyncResult::complete() const
{
    if (!error.isEmpty())
        return false;
    for (const CaseSyncResult &result : cases) {
        if (result.outcome == CaseSyncResult::Conflict || result.outcome == CaseSyncResult::Failed)
            return false;
    }
    return true;
}

bool SyncResult::hasConflicts() const
{
    for (const CaseSyncResult &result : cases) {
        if (result.outcome == CaseSyncResult::Conflict)
            return true;
    }
    return false;
}

OfflineSync::OfflineSync(CaseService &file, CaseService &team)
    : m_file(file)
    , m_team(team)
{
}

SyncResult OfflineSync::run(const std::function<void(const CaseSyncResult &)> &progress)
{
    SyncResult result;
    const auto origin = OfflineFile(m_file.connection()).origin();
    if (!origin.ok() || !origin) {
        result.error = origin.ok() ? QCoreApplication::translate("CaseSync",
                                                                 "this store was not taken along from a team "
                                                                 "store, so there is nothing to sync")
                                   : origin.error;
        return result;
    }
    if (m_team.isReadOnly()) {
        result.error = QCoreApplication::translate("CaseSync", "the team store is read-only; nothing was synced");
        return result;
    }
    QStringList ids;
    if (const QString error = m_file.forEachSummary([&ids](const CaseSummary &row) { ids << row.id; });
        !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QString label = Checkout::fileLabel(m_file.path());
    for (const QString &id : std::as_const(ids)) {
        result.cases << syncCase(id, label, origin->fileId, &result.auditRowsAdded);
        if (progress)
            progress(result.cases.constLast());
    }

    // The file's rows that name no case (a list with names shown, say).
    QString error;
    StoreTransaction transaction(m_team.connection());
    if (!transaction.begin(&error) || !pushAudit({}, label, origin->fileId, &result.auditRowsAdded, &error)
        || !transaction.commit(&error)) {
        result.error = QCoreApplication::translate("CaseSync", "the file's audit rows did not reach the team store: %1")
                           .arg(error);
        return result;
    }
    if (result.complete()) {
        StoreTransaction fileTransaction(m_file.connection());
        if (!fileTransaction.begin(&error)
            || !OfflineFile(m_file.connection()).writeSyncedAt(QDateTime::currentDateTimeUtc(), &error)
            || !fileTransaction.commit(&error))
            result.error = error;
    }
    return result;
}

bool OfflineSync::pushAudit(const QString &caseId, const QString &origin, const QString &fileId, int *added,
                            QString *error)
{
    const QList<FileAuditRow> rows = fileAuditRows(m_file.connection(), caseId, error);
    if (!error->isEmpty())
        return false;
    const StoreConnection &team = m_team.connection();
    QSqlQuery known(team.database());
    QSqlQuery insert(team.database());
    if (!storeSql::prepare(known, u"SELECT count(*) FROM audit_log WHERE origin_key = ?"_s, error))
        return false;
    for (const FileAuditRow &row : rows) {
        // The file's id and the row's own number: the same row, however
        // often it is brought, is one row in the team log.
        const QString key = fileId + u'#' + QString::number(row.id);
        known.addBindValue(key);
        if (!storeSql::exec(known, error) || !known.next())
            return false;
        const bool there = known.value(0).toLongLong() > 0;
        known.finish();
        if (there)
            continue;
        // Chained into the team log as any row written there.
        if (!AuditLog::appendBrought(
                team.name(), {row.time, row.user, row.caseId, row.action, row.details, origin, key}, error, &insert))
            return false;
        ++*added;
    }
    return true;
}

CaseSyncResult OfflineSync::syncCase(const QString &caseId, const QString &origin, const QString &fileId,
                                     int *auditRows)
{
    const OfflineFile offline(m_file.connection());
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const auto base = offline.base(caseId);
        if (!base.ok())
            return failedCase(caseId, base.error);
        if (!base)
            return pushNewCase(caseId, origin, fileId, auditRows);
        const auto fileCase = m_file.loadCase(caseId);
        if (!fileCase)
            return failedCase(caseId,
                              fileCase.ok()
                                  ? QCoreApplication::translate("CaseStore", "there is no case %1").arg(caseId)
                                  : fileCase.error);
        const auto teamCase = m_team.loadCase(caseId);
        if (!teamCase.ok())
            return failedCase(caseId, teamCase.error);
        if (!teamCase)
            return failedCase(caseId,
                              QCoreApplication::translate("CaseSync",
                                                          "the team store has no case %1 that you "
                                                          "may see; it stays in the file")
                                  .arg(caseId));
        const auto stored = offline.conflicts(caseId);
        if (!stored.ok())
            return failedCase(caseId, stored.error);

        const QJsonObject team = caseJson(teamCase->record);
        const QJsonObject file = caseJson(fileCase->record);
        const MergeOutcome merged = mergeCase(base->document, team, file, choicesOf(*stored));
        QString error;
        if (!merged.conflicts.isEmpty()) {
            // Nothing of the case is written on either side; both values
            // stay where they are and in the file's list of conflicts.
            const QStringList fields = fieldsOf(merged.conflicts);
            QStringList open;
            for (const StoredConflict &conflict : *stored) {
                if (!conflict.chosen)
                    open << conflict.conflict.field;
            }
            open.sort();
            if (open == fields) {
                // Found before and not chosen yet: only the audit rows move.
                StoreTransaction teamTransaction(m_team.connection());
                if (!teamTransaction.begin(&error) || !pushAudit(caseId, origin, fileId, auditRows, &error)
                    || !teamTransaction.commit(&error))
                    return failedCase(caseId, error);
                return caseResult(caseId, CaseSyncResult::Conflict, fields);
            }
            StoreTransaction fileTransaction(m_file.connection());
            StoreTransaction teamTransaction(m_team.connection());
            if (!fileTransaction.begin(&error) || !offline.writeConflicts(caseId, merged.conflicts, &error)
                || !fileTransaction.commit(&error) || !teamTransaction.begin(&error)
                || !pushAudit(caseId, origin, fileId, auditRows, &error)
                || !AuditLog::append(m_team.connection().name(), m_team.user(), caseId, u"sync"_s,
                                     u"file=%1,outcome=conflict,fields=%2"_s.arg(fileId, fields.join(u'|')), &error)
                || !teamTransaction.commit(&error))
                return failedCase(caseId, error);
            return caseResult(caseId, CaseSyncResult::Conflict, fields);
        }

        const auto forTeam = toRecord(merged.team, &error);
        const auto forFile = forTeam ? toRecord(merged.file, &error) : std::nullopt;
        if (!forTeam || !forFile)
            return failedCase(
                caseId,
                QCoreApplication::translate("CaseSync", "the merged case %1 is not valid: %2").arg(caseId, error));
        const bool teamChanged = caseJson(*forTeam) != team;
        const bool fileChanged = caseJson(*forFile) != file;

        qint64 teamRevision = teamCase->revision;
        const auto pushRows = [&](QString *why) {
            return pushAudit(caseId, origin, fileId, auditRows, why)
                && AuditLog::append(m_team.connection().name(), m_team.user(), caseId, u"sync"_s,
                                    u"file=%1,outcome=%2"_s.arg(fileId, fileChanged ? u"merged"_s : u"pushed"_s), why);
        };
        if (teamChanged) {
            const WriteResult saved = m_team.saveCase(*forTeam, teamCase->revision, pushRows);
            if (saved.status == WriteResult::Conflict)
                continue; // saved in the team store meanwhile: merge again
            if (!saved.ok())
                return failedCase(caseId, saved.message);
            teamRevision = saved.revision;
        } else {
            StoreTransaction teamTransaction(m_team.connection());
            if (!teamTransaction.begin(&error) || !pushAudit(caseId, origin, fileId, auditRows, &error)
                || !teamTransaction.commit(&error))
                return failedCase(caseId, error);
        }

        const QJsonObject newBase = caseJson(*forTeam);
        const bool baseChanged = base->revision != teamRevision || base->document != newBase;
        if (fileChanged || baseChanged || !stored->isEmpty()) {
            const WriteResult saved = m_file.saveCase(*forFile, fileCase->revision, [&](QString *why) {
                return offline.writeBase(caseId, {teamRevision, newBase}, why) && offline.clearConflicts(caseId, why);
            });
            if (saved.status == WriteResult::Conflict)
                continue; // changed in the file meanwhile (an open window): merge again
            if (!saved.ok())
                return failedCase(caseId, saved.message);
        }
        return caseResult(caseId,
                          teamChanged && fileChanged ? CaseSyncResult::Merged
                              : teamChanged          ? CaseSyncResult::Pushed
                              : fileChanged          ? CaseSyncResult::Pulled
                                                     : CaseSyncResult::Unchanged);
    }
    return failedCase(caseId,
                      QCoreApplication::translate("CaseSync",
                                                  "case %1 kept changing while it was synced; run "
                                                  "the sync again")
                          .arg(caseId));
}

// A case made in the file: added to the team store under the id the file
// gave it, which no other store gives (see OfflineFile::idPrefixFor).
CaseSyncResult OfflineSync::pushNewCase(const QString &caseId, const QString &origin, const QString &fileId,
                                        int *auditRows)
{
    const OfflineFile offline(m_file.connection());
    const auto fileCase = m_file.loadCase(caseId);
    if (!fileCase)
        return failedCase(caseId, fileCase.error);
    const auto inTeam = m_team.loadCase(caseId);
    if (!inTeam.ok())
        return failedCase(caseId, inTeam.error);
    QString error;
    if (inTeam) {
        // An earlier sync added it and stopped before the file knew: what
        // the team store holds is the base from now on.
        StoreTransaction transaction(m_file.connection());
        if (!transaction.begin(&error)
            || !offline.writeBase(caseId, {inTeam->revision, caseJson(inTeam->record)}, &error)
            || !transaction.commit(&error))
            return failedCase(caseId, error);
        return syncCase(caseId, origin, fileId, auditRows);
    }

    // A person who already has a case in the team store gets no second one
    // unless someone chooses that.
    const auto others = m_team.caseIdsForPersonnummer(fileCase->record.person.personnummer);
    if (!others.ok())
        return failedCase(caseId, others.error);
    const auto stored = offline.conflicts(caseId);
    if (!stored.ok())
        return failedCase(caseId, stored.error);
    if (!others->isEmpty()) {
        FieldConflict conflict{u"person.personnummer"_s, QJsonValue(QJsonValue::Undefined),
                               QJsonArray::fromStringList(*others), fileCase->record.person.personnummer};
        const QList<FieldChoice> choices = choicesOf(*stored);
        const bool addAnyway = std::any_of(choices.begin(), choices.end(), [&](const FieldChoice &choice) {
            return choice.field == conflict.field && choice.team == conflict.team && choice.offline == conflict.offline
                && choice.side == FieldChoice::Offline;
        });
        if (!addAnyway) {
            StoreTransaction transaction(m_file.connection());
            if (!transaction.begin(&error) || !offline.writeConflicts(caseId, {conflict}, &error)
                || !transaction.commit(&error))
                return failedCase(caseId, error);
            return caseResult(caseId, CaseSyncResult::Conflict, {conflict.field});
        }
    }

    const WriteResult added = m_team.importCase(fileCase->record);
    if (!added.ok())
        return failedCase(caseId, added.message);
    StoreTransaction teamTransaction(m_team.connection());
    if (!teamTransaction.begin(&error) || !pushAudit(caseId, origin, fileId, auditRows, &error)
        || !AuditLog::append(m_team.connection().name(), m_team.user(), caseId, u"sync"_s,
                             u"file=%1,outcome=added"_s.arg(fileId), &error)
        || !teamTransaction.commit(&error))
        return failedCase(caseId, error);
    const WriteResult based = m_file.saveCase(fileCase->record, fileCase->revision, [&](QString *why) {
        return offline.writeBase(caseId, {added.revision, caseJson(fileCase->record)}, why)
            && offline.clearConflicts(caseId, why);
    });
    if (!based.ok())
        return failedCase(caseId, based.message);
    return caseResult(caseId, CaseSyncResult::Pushed);
}

bool OfflineSync::choose(CaseService &file, const QString &caseId, const QString &field, FieldChoice::Side side,
                         QString *error)
{
    if (file.isReadOnly()) {
        *error = file.connection().readOnlyReason();
        return false;
    }
    StoreTransaction transaction(file.connection());
    return transaction.begin(error) && OfflineFile(file.connection()).choose(caseId, field, side, error)
        && AuditLog::append(file.connection().name(), file.user(), caseId, u"choose"_s,
                            u"field=%1,kept=%2"_s.arg(field, side == FieldChoice::Team ? u"team"_s : u"offline"_s),
                            error)
        && transaction.commit(error);
}

} // namespace samordna::sync
