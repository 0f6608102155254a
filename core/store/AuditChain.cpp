// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "StoreConnection.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna::auditChain {

namespace {

// Each field with its length, so no two different rows hash the same bytes.
void addField(QCryptographicHash &hash, const QByteArray &field)
{
    hash.addData(QByteArray::number(field.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
}

RowContent contentFrom(const QSqlQuery &query)
{
    RowContent row;
    row.id = query.value(0).toLongLong();
    row.time = query.value(1).toString();
    row.user = query.value(2).toString();
    row.caseId = query.value(3);
    row.action = query.value(4).toString();
    row.details = query.value(5).toString();
    row.origin = query.value(6);
    row.originKey = query.value(7);
    return row;
}

const QString RowColumns = u"id, time, \"user\", case_id, action, details, origin, origin_key, hash"_s;
constexpr int HashColumn = 8;

// NULL and "" are told apart.
QByteArray nullableField(const QVariant &value)
{
    return value.isNull() ? QByteArray("\0", 1) : value.toString().toUtf8().prepend('=');
}
const QString ExtractKey = u"audit_log_extract_through"_s;

// The chain's hash after the last row, for a log whose last row was written
// before the chain existed.
bool runningHash(QSqlQuery &query, QByteArray *result, QString *error)
{
    query.setForwardOnly(true);
    if (!storeSql::exec(query, u"SELECT "_s + RowColumns + u" FROM audit_log ORDER BY id"_s, error))
        return false;
    QByteArray running;
    while (query.next()) {
        const QByteArray stored = query.value(HashColumn).toByteArray();
        running = hash(running, contentFrom(query));
        if (!stored.isEmpty())
            running = stored;
    }
    if (!storeSql::finished(query, error))
        return false;
    *result = running;
    return true;
}

QString missingText(qint64 from, qint64 to)
{
    return from == to
        ? QCoreApplication::translate("AuditChain", "audit log: row %1 is missing").arg(from)
        : QCoreApplication::translate("AuditChain", "audit log: rows %1 to %2 are missing").arg(from).arg(to);
}

QString lastMissingText(qint64 from, qint64 to)
{
    return from == to ? QCoreApplication::translate("AuditChain", "audit log: the last row (%1) is missing").arg(from)
                      : QCoreApplication::translate("AuditChain", "audit log: the last rows (%1 to %2) are missing")
                            .arg(from)
                            .arg(to);
}

QString unchainedText(qint64 id)
{
    return QCoreApplication::translate("AuditChain",
                                       "audit log: row %1 has no chain hash; it was not written by Samordna")
        .arg(id);
}

QString changedText(qint64 id)
{
    return QCoreApplication::translate(
               "AuditChain",
               "audit log: row %1 does not match its chain hash; it or a row before it was changed or removed")
        .arg(id);
}

// The rows a file made from a team store took as they were (markExtract()).
qint64 extractThrough(const QString &connectionName, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!storeSql::prepare(query, u"SELECT value FROM store_properties WHERE key = ?"_s, error))
        return -1;
    query.addBindValue(ExtractKey);
    if (!storeSql::exec(query, error))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList verifyFile(const QString &connectionName, QString *error)
{
    QStringList problems;
    const qint64 extract = extractThrough(connectionName, error);
    if (extract < 0)
        return problems;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    if (!storeSql::exec(query, u"SELECT "_s + RowColumns + u" FROM audit_log ORDER BY id"_s, error))
        return problems;
    QByteArray running;
    qint64 expectedId = 1;
    bool chainStarted = false;
    while (query.next()) {
        const RowContent row = contentFrom(query);
        const QByteArray stored = query.value(HashColumn).toByteArray();
        // An extract's own rows are numbered as the server numbered them,
        // with the rows of other districts left out.
        const qint64 expected = row.id > extract ? qMax(expectedId, extract + 1) : row.id;
        if (row.id != expected)
            problems << missingText(expected, row.id - 1);
        running = hash(running, row);
        if (stored.isEmpty()) {
            if (chainStarted)
                problems << unchainedText(row.id);
        } else {
            chainStarted = true;
            if (stored != running) {
                problems << changedText(row.id);
                running = stored; // report each break once, not every row after it
            }
        }
        expectedId = row.id + 1;
    }
    if (!storeSql::finished(query, error))
        return problems;
    query.finish();
    if (!storeSql::exec(query, u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s, error))
        return problems;
    const qint64 sequence = query.next() ? query.value(0).toLongLong() : 0;
    if (sequence >= expectedId)
        problems << lastMissingText(expectedId, sequence);
    return problems;
}

// The server walks its chain itself (samordna_audit_chain_breaks()), over
// every row, and answers with row numbers only.
QStringList verifyServer(const QString &connectionName, QString *error)
{
    QStringList problems;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    if (!storeSql::exec(query, u"SELECT problem, from_id, to_id FROM samordna_audit_chain_breaks()"_s, error))
        return problems;
    while (query.next()) {
        const QString problem = query.value(0).toString();
        const qint64 from = query.value(1).toLongLong();
        const qint64 to = query.value(2).toLongLong();
        if (problem == u"missing")
            problems << missingText(from, to);
        else if (problem == u"last-missing")
            problems << lastMissingText(from, to);
        else if (problem == u"unchained")
            problems << unchainedText(from);
        else
            problems << changedText(from);
    }
    storeSql::finished(query, error);
    return problems;
}

} // namespace

QByteArray hash(const QByteArray &previous, const RowContent &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previous);
    addField(hash, QByteArray::number(row.id));
    addField(hash, row.time.toUtf8());
    addField(hash, row.user.toUtf8());
    addField(hash, nullableField(row.caseId));
    addField(hash, row.action.toUtf8());
    addField(hash, row.details.toUtf8());
    addField(hash, nullableField(row.origin));
    addField(hash, nullableField(row.originKey));
    return hash.result().toHex();
}

bool head(const QString &connectionName, Head *head, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!storeSql::exec(query, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s, error))
        return false;
    qint64 lastId = 0;
    QByteArray lastHash;
    bool hashed = true;
    if (query.next()) {
        lastId = query.value(0).toLongLong();
        lastHash = query.value(1).toByteArray();
        hashed = !lastHash.isEmpty();
    }
    query.finish();
    if (!hashed && !runningHash(query, &lastHash, error))
        return false;
    query.finish();
    if (!storeSql::exec(query, u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s, error))
        return false;
    const qint64 sequence = query.next() ? query.value(0).toLongLong() : 0;
    head->nextId = qMax(lastId, sequence) + 1;
    head->previousHash = lastHash;
    return true;
}

QStringList verify(const StoreConnection &connection, QString *error)
{
    return connection.isServer() ? verifyServer(connection.name(), error) : verifyFile(connection.name(), error);
}

bool markExtract(const QString &connectionName, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!storeSql::prepare(
            query,
            u"INSERT INTO store_properties (key, value) SELECT ?, CAST(coalesce(max(id), 0) AS TEXT) FROM audit_log "
            "WHERE true ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            error))
        return false;
    query.addBindValue(ExtractKey);
    return storeSql::exec(query, error);
}

} // namespace samordna::auditChain
