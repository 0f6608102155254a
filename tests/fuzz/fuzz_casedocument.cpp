// SPDX-License-Identifier: GPL-3.0-or-later
// A libFuzzer target over the case document reader and the assessment: any
// bytes either are refused with a message naming what is wrong, or give a
// case that assess() judges and that survives writing and reading back.
#include "io/AssessmentJson.h"
#include "io/CaseDocument.h"
#include "rules/Assessor.h"

#include <QByteArray>
#include <QDate>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace samordna;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 22);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const caseDocument::ReadResult result = caseDocument::read(bytes, today);
    if (!result) {
        // A refusal always says why.
        if (result.errorMessage.isEmpty())
            std::abort();
        return 0;
    }
    const Assessment assessment = assess(*result.record, today);
    const QByteArray report = QJsonDocument(assessmentToJson(assessment)).toJson(QJsonDocument::Compact);
    if (report.isEmpty())
        std::abort();
    // What was accepted is written as a document that reads back the same.
    const caseDocument::ReadResult again = caseDocument::read(caseDocument::write(*result.record), today);
    if (!again || !(*again.record == *result.record))
        std::abort();
    return 0;
}
