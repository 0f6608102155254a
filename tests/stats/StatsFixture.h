#pragma once

#include "io/CaseDocument.h"
#include "service/CaseService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The follow-up fixture: cases with known stage histories (the figures
// worked out by hand are in tests/data/stats/README.md), imported into a
// store as `samordna-cli import` would.
namespace statsFixture {

using namespace Qt::StringLiterals;

inline QDate today()
{
    return QDate(2026, 8, 1);
}

inline QString folder()
{
    return QStringLiteral(SAMORDNA_TEST_DATA_DIR) + u"/stats/cases"_s;
}

inline QStringList files()
{
    QStringList paths;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// SHIM until the store keeps stage histories itself: the rows as the store
// will write them.
inline QString writeHistoryShim(const QString &path, bool rows = true)
{
    const QString name = u"stats-fixture-shim"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(u"CREATE TABLE IF NOT EXISTS stage_history (case_id TEXT NOT NULL REFERENCES cases(id), "
                        "ordinal INTEGER NOT NULL, stage TEXT NOT NULL, from_date TEXT NOT NULL, "
                        "PRIMARY KEY (case_id, ordinal)) WITHOUT ROWID"_s))
            error = query.lastError().text();
        for (const QString &file : files()) {
            QFile in(file);
            if (!rows || !error.isEmpty() || !in.open(QIODevice::ReadOnly))
                break;
            const QJsonObject c = QJsonDocument::fromJson(in.readAll()).object().value(u"case"_s).toObject();
            const QJsonArray history = c.value(u"stageHistory"_s).toArray();
            for (qsizetype i = 0; i < history.size(); ++i) {
                query.prepare(u"INSERT INTO stage_history VALUES (?, ?, ?, ?)"_s);
                query.addBindValue(c.value(u"id"_s).toString());
                query.addBindValue(i);
                query.addBindValue(history.at(i).toObject().value(u"stage"_s).toString());
                query.addBindValue(history.at(i).toObject().value(u"from"_s).toString());
                if (!query.exec())
                    error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Imports every fixture case; the error, empty on success.
inline QString import(samordna::CaseService &store)
{
    QList<samordna::CaseRecord> records;
    for (const QString &path : files()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return u"cannot read "_s + path;
        const auto read = samordna::caseDocument::read(file.readAll(), today());
        if (!read)
            return path + u": "_s + read.errorText();
        records << *read.record;
    }
    const samordna::WriteResult written = store.importCases(records);
    if (!written.ok())
        return written.message;
    return writeHistoryShim(store.path());
}

} // namespace statsFixture
