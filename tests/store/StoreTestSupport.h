// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "io/CaseDocument.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace storeTest {

using namespace Qt::StringLiterals;

// The date the fixtures' personnummer and deadlines are read against.
inline QDate referenceDate()
{
    return QDate(2026, 11, 22);
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SAMORDNA_TEST_DATA_DIR) + u"/store/"_s + relative;
}

// The fictitious cases of the version-1 fixture, also used for round trips.
inline QStringList caseFiles()
{
    return {dataPath(u"cases/fx-1.json"_s), dataPath(u"cases/fx-2.json"_s), dataPath(u"cases/fx-3.json"_s)};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QJsonObject jsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

inline samordna::CaseRecord readCase(const QString &path)
{
    const auto result = samordna::caseDocument::read(readAll(path), referenceDate());
    return result.record.value_or(samordna::CaseRecord{});
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Zeroes the `nth` leaf page (from 0) of `table` in the closed store at
// `path`, as a failing disk leaves a page; false when there is no such page.
inline bool zeroLeafPage(const QString &path, const QString &table, int nth)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"zeroLeafPage"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno "
                          "LIMIT 1 OFFSET ?"_s);
            query.addBindValue(table);
            query.addBindValue(nth);
            if (query.exec() && query.next())
                page = query.value(0).toLongLong();
            if (query.exec(u"PRAGMA page_size"_s) && query.next())
                pageSize = query.value(0).toLongLong();
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"zeroLeafPage"_s);
    if (page <= 1 || pageSize <= 0)
        return false;
    QByteArray bytes = readAll(path);
    if (bytes.size() < page * pageSize)
        return false;
    bytes.replace((page - 1) * pageSize, pageSize, QByteArray(pageSize, '\0'));
    return writeFile(path, bytes);
}

} // namespace storeTest
