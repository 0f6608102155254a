// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ComposedDocument.h"

#include <QDate>
#include <QString>

namespace samordna {

class CaseService;

// The outcome of making a stored case's document.
struct DocumentOutcome
{
    enum Status { Ready, Refused, NoSuchCase, Failed };
    Status status = Failed;
    QString message; // translated: the refusal's reason or the error
    std::optional<ComposedDocument> document;

    bool ok() const { return status == Ready; }
};

// Loads the case (without an "open" audit row), assesses it on `date` and
// composes the document; writes nothing.
DocumentOutcome composeStoredDocument(const CaseService &store, const QString &caseId, CaseDocumentKind kind,
                                      const QDate &date);
// Composes the document, audits it as ("document", kind code) and writes the
// PDF to `path`; nothing is written when the audit row cannot be. Used by
// samordna-cli and the GUI's export.
DocumentOutcome writeDocumentPdf(CaseService &store, const QString &caseId, CaseDocumentKind kind, const QDate &date,
                                 const QString &path);

} // namespace samordna
