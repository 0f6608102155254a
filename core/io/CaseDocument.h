// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/RuleData.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace samordna {

// Case document v1 (format "samordna-case"): the JSON exchange form of one
// case. Reading is strict: the first wrong value is reported with its key path
// (e.g. "case.person.personnummer") and nothing of the case is returned.
namespace caseDocument {

inline constexpr int Version = 1;

struct ReadResult
{
    std::optional<CaseRecord> record;
    QString errorPath;           // empty for errors in the JSON text itself
    QString errorMessage;        // translated
    std::optional<int> revision; // case.revision, when the document gives it

    explicit operator bool() const { return record.has_value(); }
    // "path: message", or the message alone.
    QString errorText() const;
};

// `reference` is the date the personnummer's century is resolved against.
ReadResult read(const QByteArray &json, const QDate &reference, const RuleData &data = RuleData::standard());
ReadResult readObject(const QJsonObject &document, const QDate &reference, const RuleData &data = RuleData::standard());

// `revision`: the store's revision of the case, written as case.revision.
QJsonObject toJsonObject(const CaseRecord &record, std::optional<int> revision = std::nullopt);
QByteArray write(const CaseRecord &record, std::optional<int> revision = std::nullopt);

} // namespace caseDocument
} // namespace samordna
