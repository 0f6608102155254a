// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace samordna::storeSql {

namespace {

// The digits at `from`, or -1 when one of them is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-dd" at the start of `text`, the form the store writes; an
// invalid date when it is not. Read by hand because the list reads two
// dates a row for 100,000 rows, and Qt's general parser was a large part
// of that.
QDate isoDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

QString errorText(const QSqlError &sqlError)
{
    // PostgreSQL's errors carry a SQLSTATE (five characters) and are worded
    // in the server's language, by the server (the triggers' refusals among
    // them): its words are the most exact there are.
    if (sqlError.nativeErrorCode().size() == 5) {
        const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        return QCoreApplication::translate("CaseStore", "database error: %1").arg(text);
    }
    // SQLite's own words are English whatever the user's language; the
    // result code says the same in words the user reads.
    const auto said = [](const char *text) {
        return QCoreApplication::translate("CaseStore", "database error: %1")
            .arg(QCoreApplication::translate("StoreSql", text));
    };
    switch (nativeCode(sqlError)) {
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return said(QT_TRANSLATE_NOOP("StoreSql", "permission denied"));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return said(QT_TRANSLATE_NOOP("StoreSql", "the store is in use by another program; try again"));
    case 7: // SQLITE_NOMEM
        return said(QT_TRANSLATE_NOOP("StoreSql", "out of memory"));
    case 8: // SQLITE_READONLY
        return said(QT_TRANSLATE_NOOP("StoreSql", "the store cannot be written (read-only)"));
    case 10: // SQLITE_IOERR
        return said(QT_TRANSLATE_NOOP("StoreSql", "the disk reported an input/output error"));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return said(QT_TRANSLATE_NOOP("StoreSql", "the store is damaged"));
    case 13: // SQLITE_FULL
        return said(QT_TRANSLATE_NOOP("StoreSql", "the disk is full"));
    case 14: // SQLITE_CANTOPEN
        return said(QT_TRANSLATE_NOOP("StoreSql", "the file cannot be opened"));
    case 19: // SQLITE_CONSTRAINT
        return said(QT_TRANSLATE_NOOP("StoreSql", "the store refused the change (a rule of the store was broken)"));
    case 1: // SQLITE_ERROR: a statement the store does not know (another schema)
        return said(QT_TRANSLATE_NOOP("StoreSql", "the store does not have the expected form"));
    default:
        return QCoreApplication::translate("CaseStore", "database error: %1")
            .arg(QCoreApplication::translate("StoreSql", "code %1").arg(sqlError.nativeErrorCode()));
    }
}

int nativeCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in the low byte.
    return ok ? (code & 0xff) : -1;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

bool finished(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.prepare(statement))
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

bool exec(QSqlQuery &query, const QString &statement, QString *error)
{
    // Run as it is, not prepared: PostgreSQL prepares no DDL, SET or BEGIN.
    if (query.exec(statement))
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 10) {
        if (const QDate date = isoDate(text); date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant factValue(const std::optional<bool> &fact)
{
    return fact ? QVariant(*fact ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<bool> toFact(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime toUtc(const QVariant &value)
{
    const QString text = value.toString();
    // "2026-11-23T05:23:41.123Z", as nowUtc() writes it.
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.'
        && text[23] == u'Z') {
        const QDate date = isoDate(text);
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int millisecond = digitsAt(text, 20, 3);
        if (date.isValid() && hour >= 0 && minute >= 0 && second >= 0 && millisecond >= 0) {
            const QTime clock(hour, minute, second, millisecond);
            if (clock.isValid())
                return QDateTime(date, clock, Qt::UTC);
        }
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace samordna::storeSql
