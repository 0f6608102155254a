// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedColumns.h"

#include "CaseReader.h"
#include "CaseWriter.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "util/DataFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

const QString StampKey = u"derived_columns"_s;

QString rulesHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(SAMORDNA_VERSION));
    // Raised when the code's reading of which deadlines a box still watches
    // changes, so stores written before work theirs out again.
    hash.addData(QByteArrayView("watched-deadlines-2"));
    QFile rules(datafiles::path(u"rules.json"_s));
    if (rules.open(QIODevice::ReadOnly))
        hash.addData(&rules);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// The stamp the store holds; empty when it has none, nullopt on error.
std::optional<QString> storedStamp(const StoreConnection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    if (!storeSql::prepare(query, u"SELECT value FROM store_properties WHERE key = ?"_s, error))
        return std::nullopt;
    query.addBindValue(StampKey);
    if (!storeSql::exec(query, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toString();
    if (!storeSql::finished(query, error))
        return std::nullopt;
    return QString();
}

} // namespace

QString DerivedColumns::stamp(const QDate &today)
{
    static const QString rules = rulesHash();
    return rules + u'@' + today.toString(Qt::ISODate);
}

bool DerivedColumns::refresh(const StoreConnection &connection, const QDate &today, QString *error)
{
    const QString current = stamp(today);
    const auto before = storedStamp(connection, error);
    if (!before)
        return false;
    if (*before == current)
        return true;

    StoreTransaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    QStringList ids;
    {
        QSqlQuery query(connection.database());
        query.setForwardOnly(true);
        if (!storeSql::exec(query, u"SELECT id FROM cases"_s, error))
            return false;
        while (query.next())
            ids << query.value(0).toString();
        if (!storeSql::finished(query, error))
            return false;
    }
    const CaseReader reader(connection);
    CaseWriter writer(connection, today);
    for (const QString &id : std::as_const(ids)) {
        const auto stored = reader.load(id, error);
        if (!stored) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("CaseStore",
                                                     "case %1 vanished while its deadlines were worked out")
                             .arg(id);
            return false;
        }
        if (!writer.refreshNextDue(stored->record, error))
            return false;
    }
    QSqlQuery query(connection.database());
    if (!storeSql::prepare(query,
                           u"INSERT INTO store_properties (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                           error))
        return false;
    query.addBindValue(StampKey);
    query.addBindValue(current);
    return storeSql::exec(query, error) && transaction.commit(error);
}

} // namespace samordna
