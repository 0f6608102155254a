// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checkout.h"

#include "OfflineFile.h"
#include "io/CaseDocument.h"
#include "safety/CaseId.h"
#include "service/CaseService.h"
#include "store/AuditLog.h"
#include "store/CaseWriter.h"
#include "store/KonsultationsteamMeetings.h"
#include "store/StoreConnection.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace samordna::sync {

QString CheckoutNote::text() const
{
    return QCoreApplication::translate("CaseSync", "checked out by %1, %2 (%3)")
        .arg(takenBy, takenAt.toLocalTime().date().toString(Qt::ISODate), fileName);
}

QString Checkout::fileLabel(const QString &path)
{
    return QCoreApplication::translate("CaseSync", "%1 on %2")
        .arg(QFileInfo(path).fileName(), QSysInfo::machineHostName());
}

namespace {

Checkout::Result refused(const QString &error, bool badInput)
{
    Checkout::Result result;
    result.error = error;
    result.badInput = badInput;
    return result;
}

} // namespace

Checkout::Result Checkout::run(CaseService &team, const QString &teamAddress, const QStringList &caseIds,
                               const QString &target)
{
    if (caseIds.isEmpty())
        return refused(QCoreApplication::translate("CaseSync", "no cases to take along"), true);
    if (QFileInfo::exists(target))
        return refused(
            QCoreApplication::translate("CaseSync", "%1 exists already; cases are taken along into a new file")
                .arg(QDir::toNativeSeparators(target)),
            true);
    if (team.isReadOnly())
        return refused(QCoreApplication::translate("CaseSync",
                                                   "the team store is read-only, so it cannot record "
                                                   "who takes the cases"),
                       false);
    if (!team.connection().isServer() && QFileInfo(team.path()) == QFileInfo(target))
        return refused(QCoreApplication::translate("CaseSync", "the cases cannot be taken into their own store"), true);

    QList<StoredCase> cases;
    for (const QString &id : caseIds) {
        if (const QString problem = samordna::caseId::problem(id); !problem.isEmpty())
            return refused(problem, true);
        const auto stored = team.loadCase(id);
        if (!stored.ok())
            return refused(stored.error, false);
        if (!stored)
            return refused(QCoreApplication::translate("CaseStore", "there is no case %1").arg(id), true);
        cases << *stored;
    }

    auto opened = CaseService::open(target);
    if (!opened.store)
        return refused(opened.error, false);
    const StoreConnection &file = opened.store->connection();
    const QString label = fileLabel(target);
    OfflineOrigin origin;
    origin.team = teamAddress;
    origin.fileId = OfflineFile::newFileId();
    origin.takenAt = QDateTime::currentDateTimeUtc();
    const QString now = storeSql::nowUtc();
    QString error;
    {
        StoreTransaction transaction(file);
        CaseWriter writer(file, Clock::today());
        const OfflineFile offline(file);
        bool ok = transaction.begin(&error)
            && offline.writeOrigin(origin, OfflineFile::idPrefixFor(origin.fileId), &error);
        for (const StoredCase &stored : std::as_const(cases)) {
            ok = ok && writer.insert(stored.record, stored.revision, now, &error)
                && offline.writeBase(
                    stored.record.id,
                    {stored.revision, caseDocument::toJsonObject(stored.record).value(u"case").toObject()}, &error)
                && AuditLog::append(file.name(), file.user(), stored.record.id, u"checkout"_s,
                                    u"revision=%1"_s.arg(stored.revision), &error);
        }
        ok = ok && transaction.commit(&error);
        if (!ok) {
            opened.store.reset();
            QString ignored;
            OfflineFile::removeStoreFile(QFileInfo(target).absoluteFilePath(), &ignored);
            return refused(QCoreApplication::translate("CaseSync", "the file %1 was not made: %2")
                               .arg(QDir::toNativeSeparators(target), error),
                           false);
        }
    }

    const StoreConnection &teamStore = team.connection();
    StoreTransaction transaction(teamStore);
    bool ok = transaction.begin(&error);
    QSqlQuery query(teamStore.database());
    ok = ok
        && storeSql::prepare(
             query, u"INSERT INTO checkouts (case_id, file_id, file_name, taken_by, taken_at) VALUES (?, ?, ?, ?, ?)"_s,
             &error);
    for (const StoredCase &stored : std::as_const(cases)) {
        if (!ok)
            break;
        query.addBindValue(stored.record.id);
        query.addBindValue(origin.fileId);
        query.addBindValue(label);
        query.addBindValue(team.user());
        query.addBindValue(now);
        ok = storeSql::exec(query, &error)
            && AuditLog::append(teamStore.name(), team.user(), stored.record.id, u"checkout"_s,
                                u"file=%1,revision=%2"_s.arg(origin.fileId).arg(stored.revision), &error);
    }
    ok = ok && transaction.commit(&error);
    if (!ok) {
        opened.store.reset();
        QString ignored;
        OfflineFile::removeStoreFile(QFileInfo(target).absoluteFilePath(), &ignored);
        return refused(QCoreApplication::translate("CaseSync",
                                                   "nothing was taken along: the team store cannot "
                                                   "record it: %1")
                           .arg(error),
                       false);
    }
    Result result;
    result.caseIds = caseIds;
    return result;
}

ReadResult<QStringList> Checkout::casesOf(const CaseService &team, const QString &name)
{
    QSqlQuery query(team.connection().database());
    query.setForwardOnly(true);
    QString error;
    QStringList ids;
    // Compared here rather than in SQL: SQLite's lower() knows ASCII only,
    // and "Åsa" is "åsa" to anyone reading the list.
    if (!storeSql::exec(query,
                        u"SELECT id, social_worker_name FROM cases WHERE social_worker_name IS NOT NULL ORDER BY id"_s,
                        &error))
        return ReadResult<QStringList>::failed(error);
    const QString wanted = name.simplified();
    while (query.next()) {
        if (query.value(1).toString().simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            ids << query.value(0).toString();
    }
    if (!storeSql::finished(query, &error))
        return ReadResult<QStringList>::failed(error);
    QStringList open;
    for (const QString &id : std::as_const(ids)) {
        const auto row = team.summary(id);
        if (!row.ok())
            return ReadResult<QStringList>::failed(row.error);
        if (row && !row->closed)
            open << id;
    }
    return ReadResult<QStringList>::found(open);
}

ReadResult<QStringList> Checkout::agendaCases(CaseService &team, qint64 meetingId)
{
    KonsultationsteamMeetings meetings(team);
    if (!meetings.meeting(meetingId))
        return ReadResult<QStringList>::absent();
    QStringList ids;
    for (const AgendaItem &item : meetings.agenda(meetingId))
        ids << item.caseId;
    return ReadResult<QStringList>::found(ids);
}

ReadResult<QList<CheckoutNote>> Checkout::notes(const StoreConnection &team, const QString &caseId)
{
    QSqlQuery query(team.database());
    query.setForwardOnly(true);
    QString error;
    QString statement = u"SELECT case_id, file_id, file_name, taken_by, taken_at FROM checkouts"_s;
    if (!caseId.isEmpty())
        statement += u" WHERE case_id = ?"_s;
    if (!storeSql::prepare(query, statement + u" ORDER BY case_id, taken_at"_s, &error))
        return ReadResult<QList<CheckoutNote>>::failed(error);
    if (!caseId.isEmpty())
        query.addBindValue(caseId);
    if (!storeSql::exec(query, &error))
        return ReadResult<QList<CheckoutNote>>::failed(error);
    QList<CheckoutNote> notes;
    while (query.next())
        notes << CheckoutNote{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), storeSql::toUtc(query.value(4))};
    if (!storeSql::finished(query, &error))
        return ReadResult<QList<CheckoutNote>>::failed(error);
    return ReadResult<QList<CheckoutNote>>::found(notes);
}

bool Checkout::release(const StoreConnection &team, const QString &fileId, QString *error)
{
    StoreTransaction transaction(team);
    QSqlQuery query(team.database());
    if (!transaction.begin(error) || !storeSql::prepare(query, u"DELETE FROM checkouts WHERE file_id = ?"_s, error))
        return false;
    query.addBindValue(fileId);
    return storeSql::exec(query, error) && transaction.commit(error);
}

} // namespace samordna::sync
