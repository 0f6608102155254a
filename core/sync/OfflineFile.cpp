// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineFile.h"

#include "store/StoreConnection.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna::sync {

namespace {

const QString TeamKey = u"offline.team"_s;
const QString FileIdKey = u"offline.file_id"_s;
const QString TakenAtKey = u"offline.taken_at"_s;
const QString SyncedAtKey = u"offline.synced_at"_s;
const QString PrefixKey = u"case_id_prefix"_s;

QString readError(const QString &error)
{
    return QCoreApplication::translate("CaseSync", "cannot read what the file knows of its team store: %1").arg(error);
}

} // namespace

OfflineFile::OfflineFile(const StoreConnection &file)
    : m_file(file)
{
}

QString OfflineFile::property(const QString &key, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(query, u"SELECT value FROM store_properties WHERE key = ?"_s, error))
        return {};
    query.addBindValue(key);
    if (!storeSql::exec(query, error))
        return {};
    const QString value = query.next() ? query.value(0).toString() : QString();
    storeSql::finished(query, error);
    return value;
}

bool OfflineFile::setProperty(const QString &key, const QString &value, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(query, u"INSERT OR REPLACE INTO store_properties (key, value) VALUES (?, ?)"_s, error))
        return false;
    query.addBindValue(key);
    query.addBindValue(value);
    return storeSql::exec(query, error);
}

ReadResult<OfflineOrigin> OfflineFile::origin() const
{
    QString error;
    OfflineOrigin origin;
    origin.team = property(TeamKey, &error);
    if (error.isEmpty())
        origin.fileId = property(FileIdKey, &error);
    if (error.isEmpty())
        origin.takenAt = storeSql::toUtc(property(TakenAtKey, &error));
    if (error.isEmpty()) {
        const QString synced = property(SyncedAtKey, &error);
        if (!synced.isEmpty())
            origin.syncedAt = storeSql::toUtc(synced);
    }
    if (!error.isEmpty())
        return ReadResult<OfflineOrigin>::failed(readError(error));
    if (origin.team.isEmpty() || origin.fileId.isEmpty())
        return ReadResult<OfflineOrigin>::absent();
    return ReadResult<OfflineOrigin>::found(origin);
}

ReadResult<CaseBase> OfflineFile::base(const QString &caseId) const
{
    QSqlQuery query(m_file.database());
    QString error;
    if (!storeSql::prepare(query, u"SELECT base_revision, base_document FROM offline_cases WHERE case_id = ?"_s,
                           &error))
        return ReadResult<CaseBase>::failed(readError(error));
    query.addBindValue(caseId);
    if (!storeSql::exec(query, &error))
        return ReadResult<CaseBase>::failed(readError(error));
    if (!query.next()) {
        if (!storeSql::finished(query, &error))
            return ReadResult<CaseBase>::failed(readError(error));
        return ReadResult<CaseBase>::absent();
    }
    CaseBase base;
    base.revision = query.value(0).toLongLong();
    base.document = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    if (base.revision == 0)
        return ReadResult<CaseBase>::absent();
    return ReadResult<CaseBase>::found(base);
}

ReadResult<QList<StoredConflict>> OfflineFile::conflicts(const QString &caseId) const
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    QString error;
    QString statement = u"SELECT case_id, field, base_value, team_value, offline_value, chosen FROM sync_conflicts"_s;
    if (!caseId.isEmpty())
        statement += u" WHERE case_id = ?"_s;
    if (!storeSql::prepare(query, statement + u" ORDER BY case_id, field"_s, &error))
        return ReadResult<QList<StoredConflict>>::failed(readError(error));
    if (!caseId.isEmpty())
        query.addBindValue(caseId);
    if (!storeSql::exec(query, &error))
        return ReadResult<QList<StoredConflict>>::failed(readError(error));
    QList<StoredConflict> result;
    while (query.next()) {
        StoredConflict stored;
        stored.caseId = query.value(0).toString();
        stored.conflict = {query.value(1).toString(), fromText(query.value(2)), fromText(query.value(3)),
                           fromText(query.value(4))};
        const QString chosen = query.value(5).toString();
        if (chosen == u"team")
            stored.chosen = FieldChoice::Team;
        else if (chosen == u"offline")
            stored.chosen = FieldChoice::Offline;
        result << stored;
    }
    if (!storeSql::finished(query, &error))
        return ReadResult<QList<StoredConflict>>::failed(readError(error));
    return ReadResult<QList<StoredConflict>>::found(result);
}

bool OfflineFile::writeOrigin(const OfflineOrigin &origin, const QString &idPrefix, QString *error) const
{
    return setProperty(TeamKey, origin.team, error) && setProperty(FileIdKey, origin.fileId, error)
        && setProperty(TakenAtKey, origin.takenAt.toUTC().toString(Qt::ISODateWithMs), error)
        && setProperty(PrefixKey, idPrefix, error);
}

bool OfflineFile::writeSyncedAt(const QDateTime &time, QString *error) const
{
    return setProperty(SyncedAtKey, time.toUTC().toString(Qt::ISODateWithMs), error);
}

bool OfflineFile::writeBase(const QString &caseId, const CaseBase &base, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(
            query, u"INSERT OR REPLACE INTO offline_cases (case_id, base_revision, base_document) VALUES (?, ?, ?)"_s,
            error))
        return false;
    query.addBindValue(caseId);
    query.addBindValue(base.revision);
    query.addBindValue(QString::fromUtf8(QJsonDocument(base.document).toJson(QJsonDocument::Compact)));
    return storeSql::exec(query, error);
}

bool OfflineFile::writeConflicts(const QString &caseId, const QList<FieldConflict> &conflicts, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(query, u"DELETE FROM sync_conflicts WHERE case_id = ? AND chosen IS NULL"_s, error))
        return false;
    query.addBindValue(caseId);
    if (!storeSql::exec(query, error))
        return false;
    if (!storeSql::prepare(
            query,
            u"INSERT OR REPLACE INTO sync_conflicts (case_id, field, base_value, team_value, offline_value, chosen) "
            "VALUES (?, ?, ?, ?, ?, NULL)"_s,
            error))
        return false;
    for (const FieldConflict &conflict : conflicts) {
        query.addBindValue(caseId);
        query.addBindValue(conflict.field);
        query.addBindValue(toText(conflict.base));
        query.addBindValue(toText(conflict.team));
        query.addBindValue(toText(conflict.offline));
        if (!storeSql::exec(query, error))
            return false;
    }
    return true;
}

bool OfflineFile::clearConflicts(const QString &caseId, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(query, u"DELETE FROM sync_conflicts WHERE case_id = ?"_s, error))
        return false;
    query.addBindValue(caseId);
    return storeSql::exec(query, error);
}

bool OfflineFile::choose(const QString &caseId, const QString &field, FieldChoice::Side side, QString *error) const
{
    QSqlQuery query(m_file.database());
    if (!storeSql::prepare(query, u"UPDATE sync_conflicts SET chosen = ? WHERE case_id = ? AND field = ?"_s, error))
        return false;
    query.addBindValue(side == FieldChoice::Team ? u"team"_s : u"offline"_s);
    query.addBindValue(caseId);
    query.addBindValue(field);
    if (!storeSql::exec(query, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = QCoreApplication::translate("CaseSync", "case %1 has no conflict in %2").arg(caseId, field);
    return false;
}

QString OfflineFile::ageWarning(const OfflineOrigin &origin, const QDate &today, int maxDays)
{
    const QDate since = origin.since().toLocalTime().date();
    const qint64 days = since.daysTo(today);
    if (!since.isValid() || days < maxDays)
        return {};
    return QCoreApplication::translate(
               "CaseSync",
               "this file has carried cases out of the team store for %n day(s), since %1. Bring the work back "
               "(sync) and let the file be emptied: personal data should not stay on a laptop longer than needed",
               nullptr, int(days))
        .arg(since.toString(Qt::ISODate));
}

QString OfflineFile::ageWarningOf(const StoreConnection &connection, const QDate &today, int maxDays)
{
    if (connection.isServer())
        return {};
    const auto origin = OfflineFile(connection).origin();
    return origin ? ageWarning(*origin, today, maxDays) : QString();
}

bool OfflineFile::removeStoreFile(const QString &path, QString *error)
{
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s, u""_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            *error = file.errorString();
            return false;
        }
    }
    return true;
}

QString OfflineFile::newFileId()
{
    // 60 random bits, in letters and digits that cannot be misread.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString id;
    for (int i = 0; i < 12; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return id;
}

QString OfflineFile::idPrefixFor(const QString &fileId)
{
    // "L" for laptop; eight characters of the file id are enough to keep
    // two files apart, and the team store's own ids begin with "S-".
    return u"L"_s + fileId.left(8) + u'-';
}

QVariant OfflineFile::toText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue OfflineFile::fromText(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(text.toString().toUtf8()).array().at(0);
}

} // namespace samordna::sync
