// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDocumentKind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace samordna {

// A document ready to render: the same content as HTML (for print and PDF)
// and as plain text (to paste into the municipality's case system).
struct ComposedDocument
{
    CaseDocumentKind kind = CaseDocumentKind::Underlag7434;
    QString caseId;
    QDate date;
    QString title;
    QString html;
    QString plainText;
};

// A document, or the reason it may not be made (e.g. no valid consent).
// A refusal is never an empty document, so no caller can print one by mistake.
struct CompositionResult
{
    std::optional<ComposedDocument> document;
    QString refusal; // translated; set when document is empty

    explicit operator bool() const { return document.has_value(); }
    static CompositionResult refused(const QString &reason) { return {std::nullopt, reason}; }
};

} // namespace samordna
