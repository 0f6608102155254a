// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableCopy.h"

#include "StoreSql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

QStringList TableCopy::fileTables(const QSqlDatabase &file, QString *error)
{
    QStringList tables;
    QSqlQuery query(file);
    // Cases and meetings first: every other table refers to one of them.
    if (!storeSql::exec(query,
                        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name <> 'cases', name <> 'konsultationsteam_meetings', name"_s,
                        error))
        return {};
    while (query.next())
        tables << query.value(0).toString();
    if (!storeSql::finished(query, error))
        return {};
    return tables;
}

QStringList TableCopy::fileColumns(const QSqlDatabase &file, const QString &table, QString *error)
{
    QStringList columns;
    QSqlQuery query(file);
    if (!storeSql::prepare(query, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, error))
        return {};
    query.addBindValue(table);
    if (!storeSql::exec(query, error))
        return {};
    while (query.next())
        columns << query.value(0).toString();
    if (!storeSql::finished(query, error))
        return {};
    return columns;
}

qint64 TableCopy::copy(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                       const QStringList &columns, const QString &key, QString *error, const QString &keyColumn)
{
    // Names come from the store's own schema, quoted as both backends quote.
    QStringList quoted;
    for (const QString &column : columns)
        quoted << u'"' + column + u'"';
    const QString list = quoted.join(u", "_s);
    QSqlQuery source(from);
    source.setForwardOnly(true);
    QString select = u"SELECT "_s + list + u" FROM \""_s + table + u'"';
    if (!key.isEmpty())
        select += u" WHERE \""_s + keyColumn + u"\" = ?"_s;
    select += u" ORDER BY 1"_s;
    if (!storeSql::prepare(source, select, error))
        return -1;
    if (!key.isEmpty())
        source.addBindValue(key);
    if (!storeSql::exec(source, error))
        return -1;
    QSqlQuery target(to);
    if (!storeSql::prepare(target,
                           u"INSERT INTO \""_s + table + u"\" ("_s + list + u") VALUES (?"_s
                               + QString(u", ?"_s).repeated(columns.size() - 1) + u')',
                           error))
        return -1;
    qint64 rows = 0;
    while (source.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            target.addBindValue(source.value(int(i)));
        if (!storeSql::exec(target, error))
            return -1;
        ++rows;
    }
    if (!storeSql::finished(source, error))
        return -1;
    return rows;
}

std::optional<QJsonArray> TableCopy::readRows(const QSqlDatabase &file, const QString &table,
                                              const QStringList &columns, const QString &keyColumn,
                                              const QVariantList &keys, const QString &order, QString *error)
{
    QJsonArray rows;
    if (!keyColumn.isEmpty() && keys.isEmpty())
        return rows;
    QStringList quoted;
    for (const QString &column : columns)
        quoted << u'"' + column + u'"';
    QString select = u"SELECT "_s + quoted.join(u", "_s) + u" FROM \""_s + table + u'"';
    if (!keyColumn.isEmpty())
        select += u" WHERE \""_s + keyColumn + u"\" IN (?"_s + QString(u", ?"_s).repeated(keys.size() - 1) + u')';
    if (!order.isEmpty())
        select += u" ORDER BY "_s + order;
    QSqlQuery query(file);
    query.setForwardOnly(true);
    if (!storeSql::prepare(query, select, error))
        return std::nullopt;
    for (const QVariant &key : keys)
        query.addBindValue(key);
    if (!storeSql::exec(query, error))
        return std::nullopt;
    while (query.next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(int(i));
            row.insert(columns.at(i), value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
        }
        rows.append(row);
    }
    if (!storeSql::finished(query, error))
        return std::nullopt;
    return rows;
}

bool TableCopy::insertRows(const QSqlDatabase &team, const QString &table, const QStringList &columns,
                           const QJsonArray &rows, const QString &tail, QStringList *returned, QString *error)
{
    if (rows.isEmpty())
        return true;
    QStringList quoted;
    for (const QString &column : columns)
        quoted << u'"' + column + u'"';
    const QString list = quoted.join(u", "_s);
    // The rows go as one literal in the statement's text, quoted by the
    // driver as it quotes a bound value: Qt's PostgreSQL driver would
    // otherwise PREPARE, EXECUTE and DEALLOCATE, three round trips.
    QSqlField field(u"rows"_s, QMetaType(QMetaType::QString));
    field.setValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    QSqlQuery query(team);
    query.setForwardOnly(true);
    if (!storeSql::exec(query,
                        u"INSERT INTO \""_s + table + u"\" ("_s + list + u") SELECT "_s + list
                            + u" FROM json_populate_recordset(NULL::\""_s + table + u"\", "_s
                            + team.driver()->formatValue(field) + u"::json) "_s + tail,
                        error)) {
        // The server's DETAIL and CONTEXT quote the row, personal values
        // and all; its first line names what is wrong without them.
        if (const qsizetype end = error->indexOf(u'\n'); end > 0)
            error->truncate(end);
        return false;
    }
    while (returned && query.next())
        returned->append(query.value(0).toString());
    return storeSql::finished(query, error);
}

} // namespace samordna
