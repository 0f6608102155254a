#include "StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace samordna::storeSql {

QString errorText(const QSqlError &sqlError)
{
    const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    return QCoreApplication::translate("CaseStore", "database error: %1").arg(text);
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
    return prepare(query, statement, error) && exec(query, error);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
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
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

} // namespace samordna::storeSql
