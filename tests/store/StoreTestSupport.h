#pragma once

#include "domain/CaseRecord.h"
#include "io/CaseDocument.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    return result.record.value_or(samordna::CaseRecord {});
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

} // namespace storeTest
