// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace samordna {

// Copies rows of one table between two stores of the same logical schema
// (a team store and a file), column by column as the target names them, so
// whatever a later version adds is copied too. Runs inside the callers'
// transactions; personal values are never put into an error text.
class TableCopy
{
public:
    // The tables of a store file, parents before the tables that refer to them.
    static QStringList fileTables(const QSqlDatabase &file, QString *error);
    // The columns of `table` in a store file, in order.
    static QStringList fileColumns(const QSqlDatabase &file, const QString &table, QString *error);

    // Copies the rows of `table` (those whose `keyColumn` is `key`, when
    // `key` is given) from `from` to `to`; the number copied, -1 on error.
    static qint64 copy(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                       const QStringList &columns, const QString &key, QString *error,
                       const QString &keyColumn = QStringLiteral("case_id"));

    // The rows of a store file's `table` whose `keyColumn` is one of
    // `keys` (every row when `keyColumn` is empty), in `order`, each a
    // JSON object named by column: many cases' rows read at once.
    static std::optional<QJsonArray> readRows(const QSqlDatabase &file, const QString &table,
                                              const QStringList &columns, const QString &keyColumn,
                                              const QVariantList &keys, const QString &order, QString *error);
    // Inserts such rows into a team store's `table` with one statement
    // (json_populate_recordset), one round trip however many rows: a row
    // at a time, a city's store would take hours to move in. `tail` ends
    // the statement (ON CONFLICT …, RETURNING …); what RETURNING gives of
    // its first column goes to `returned`.
    static bool insertRows(const QSqlDatabase &team, const QString &table, const QStringList &columns,
                           const QJsonArray &rows, const QString &tail, QStringList *returned, QString *error);
};

} // namespace samordna
