// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "CaseReader.h"
#include "StoreConnection.h"
#include "StoreSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString readError(const QString &error)
{
    return QCoreApplication::translate("CaseStore", "cannot read the store: %1").arg(error);
}

} // namespace

CaseRepository::CaseRepository(const StoreConnection &connection)
    : m_connection(connection)
{
}

ReadResult<StoredCase> CaseRepository::load(const QString &id) const
{
    QString error;
    auto stored = CaseReader(m_connection).load(id, &error);
    if (!error.isEmpty())
        return ReadResult<StoredCase>::failed(
            QCoreApplication::translate("CaseStore", "cannot read case %1: %2").arg(id, error));
    if (!stored)
        return ReadResult<StoredCase>::absent();
    return ReadResult<StoredCase>::found(std::move(*stored));
}

qint64 CaseRepository::lockForWrite(const QString &id, QString *error) const
{
    QString why;
    qint64 found = -1;
    if (const QString lock = m_connection.dialect().lockCase(); lock.isEmpty()) {
        found = revision(id, &why); // the write transaction holds the whole file
    } else {
        if (QSqlQuery *query = m_connection.prepared(lock, &why, true)) {
            query->addBindValue(id);
            if (storeSql::exec(*query, &why))
                found = query->next() ? query->value(0).toLongLong() : (storeSql::finished(*query, &why) ? 0 : -1);
            query->finish();
        }
    }
    if (found < 0)
        *error = readError(why);
    return found;
}

qint64 CaseRepository::revision(const QString &id, QString *error) const
{
    return CaseReader(m_connection).revision(id, error);
}

QString CaseRepository::idPrefix(QString *error) const
{
    QSqlQuery query(m_connection.database());
    if (!storeSql::prepare(query, u"SELECT value FROM store_properties WHERE key = 'case_id_prefix'"_s, error)
        || !storeSql::exec(query, error))
        return {};
    if (query.next())
        return query.value(0).toString();
    return storeSql::finished(query, error) ? u"S-"_s : QString();
}

qint64 CaseRepository::highestNumber(QString *error) const
{
    const QString prefix = idPrefix(error);
    if (prefix.isEmpty())
        return -1;
    QSqlQuery query(m_connection.database());
    if (prefix != u"S-") {
        // A file taken along numbers its own cases; it holds few.
        query.setForwardOnly(true);
        if (!storeSql::prepare(query, u"SELECT id FROM cases WHERE substr(id, 1, ?) = ?"_s, error))
            return -1;
        query.addBindValue(prefix.size());
        query.addBindValue(prefix);
        if (!storeSql::exec(query, error))
            return -1;
        qint64 highest = 0;
        while (query.next()) {
            bool ok = false;
            const qint64 number = query.value(0).toString().mid(prefix.size()).toLongLong(&ok);
            if (ok)
                highest = std::max(highest, number);
        }
        return storeSql::finished(query, error) ? highest : -1;
    }
    if (!storeSql::exec(query, m_connection.dialect().highestCaseNumber(), error))
        return -1;
    if (query.next())
        return query.value(0).toLongLong();
    return storeSql::finished(query, error) ? 0 : -1;
}

QString CaseRepository::numberedId(const QString &prefix, qint64 number)
{
    return prefix + QString::number(number).rightJustified(6, u'0');
}

QString CaseRepository::nextFreeId(QString *error) const
{
    const QString prefix = idPrefix(error);
    if (prefix.isEmpty())
        return {};
    qint64 number = highestNumber(error);
    if (number < 0)
        return {};
    for (;;) {
        const QString id = numberedId(prefix, ++number);
        const qint64 found = revision(id, error);
        if (found < 0)
            return {};
        if (found == 0)
            return id;
    }
}

ReadResult<CaseSummary> CaseRepository::summary(const QString &id) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query, u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases WHERE id = ?"_s, &error))
        return ReadResult<CaseSummary>::failed(readError(error));
    query.addBindValue(id);
    if (!storeSql::exec(query, &error))
        return ReadResult<CaseSummary>::failed(readError(error));
    if (query.next())
        return ReadResult<CaseSummary>::found(CaseReader::summaryFrom(query));
    if (!storeSql::finished(query, &error))
        return ReadResult<CaseSummary>::failed(readError(error));
    return ReadResult<CaseSummary>::absent();
}

ReadResult<int> CaseRepository::count() const
{
    QSqlQuery query(m_connection.database());
    QString error;
    if (!storeSql::exec(query, u"SELECT count(*) FROM cases"_s, &error))
        return ReadResult<int>::failed(readError(error));
    if (!query.next()) {
        storeSql::finished(query, &error);
        return ReadResult<int>::failed(readError(error));
    }
    return ReadResult<int>::found(query.value(0).toInt());
}

ReadResult<QList<CaseSummary>> CaseRepository::summaryRows(QSqlQuery &query, int reserve) const
{
    QString error;
    if (!storeSql::exec(query, &error))
        return ReadResult<QList<CaseSummary>>::failed(readError(error));
    QList<CaseSummary> rows;
    rows.reserve(reserve);
    while (query.next())
        rows << CaseReader::summaryFrom(query);
    if (!storeSql::finished(query, &error))
        return ReadResult<QList<CaseSummary>>::failed(readError(error));
    return ReadResult<QList<CaseSummary>>::found(std::move(rows));
}

ReadResult<QList<CaseSummary>> CaseRepository::summaries(int offset, int limit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(
            query, u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases ORDER BY id LIMIT ? OFFSET ?"_s, &error))
        return ReadResult<QList<CaseSummary>>::failed(readError(error));
    query.addBindValue(limit);
    query.addBindValue(offset);
    return summaryRows(query, 0);
}

ReadResult<QList<CaseSummary>> CaseRepository::summariesAfter(const QString &afterId, int limit) const
{
    // Kept prepared: the list reads its rows a batch at a time, 200 batches
    // for 100,000 cases.
    QString error;
    QSqlQuery *query = m_connection.prepared(
        u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases WHERE id > ? ORDER BY id LIMIT ?"_s, &error, true);
    if (!query)
        return ReadResult<QList<CaseSummary>>::failed(readError(error));
    query->addBindValue(afterId.isNull() ? u""_s : afterId);
    query->addBindValue(limit);
    auto rows = summaryRows(*query, limit);
    query->finish();
    return rows;
}

QString CaseRepository::forEachSummary(const std::function<void(const CaseSummary &)> &visit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::exec(query, u"SELECT "_s + CaseReader::summaryColumns() + u" FROM cases ORDER BY id"_s, &error))
        return readError(error);
    while (query.next())
        visit(CaseReader::summaryFrom(query));
    if (!storeSql::finished(query, &error))
        return readError(error);
    return {};
}

ReadResult<QStringList> CaseRepository::idsForPersonnummer(const QString &normalized) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QString error;
    if (!storeSql::prepare(query, u"SELECT id FROM cases WHERE personnummer_normalized = ? ORDER BY id"_s, &error))
        return ReadResult<QStringList>::failed(readError(error));
    query.addBindValue(normalized);
    if (!storeSql::exec(query, &error))
        return ReadResult<QStringList>::failed(readError(error));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (!storeSql::finished(query, &error))
        return ReadResult<QStringList>::failed(readError(error));
    return ReadResult<QStringList>::found(ids);
}

} // namespace samordna
