// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

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
};

} // namespace samordna
