// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CaseDocument.h"
#include "service/CaseService.h"

#include <QDir>
#include <QFile>

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
    return written.ok() ? QString() : written.message;
}

} // namespace statsFixture
