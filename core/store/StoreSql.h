// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace samordna::storeSql {

// Runs a prepared query; on failure writes a translated message naming the
// SQLite error (never the bound values, which may be personal) to `error`.
bool exec(QSqlQuery &query, QString *error);
// Prepares and runs one statement without bound values.
bool exec(QSqlQuery &query, const QString &statement, QString *error);
bool prepare(QSqlQuery &query, const QString &statement, QString *error);
QString errorText(const QSqlError &sqlError);
// After a loop over query.next(): true when the loop ended because the rows
// ran out, false (with `error` set) when reading a row failed, as on a
// damaged page. Every loop over a query asks this at its end.
bool finished(const QSqlQuery &query, QString *error);

// SQLite's result code as the driver reports it, e.g. 5 for SQLITE_BUSY.
int nativeCode(const QSqlError &sqlError);

// Column values: NULL stands for "not recorded".
QVariant dateValue(const QDate &date);
QDate toDate(const QVariant &value);
QVariant factValue(const std::optional<bool> &fact);
std::optional<bool> toFact(const QVariant &value);
QVariant textOrNull(const QString &text);

QString nowUtc();
QDateTime toUtc(const QVariant &value);

} // namespace samordna::storeSql
