// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentExport.h"

#include "DocumentRenderer.h"
#include "documents/DocumentComposer.h"
#include "service/CaseService.h"

#include <QCoreApplication>

namespace samordna {

DocumentOutcome composeStoredDocument(const CaseService &store, const QString &caseId, CaseDocumentKind kind,
                                      const QDate &date)
{
    const auto stored = store.loadCase(caseId);
    if (!stored.ok())
        return {DocumentOutcome::Failed, stored.error, std::nullopt};
    if (!stored)
        return {DocumentOutcome::NoSuchCase,
                QCoreApplication::translate("DocumentExport", "no case with id %1").arg(caseId), std::nullopt};
    CompositionResult result = DocumentComposer().compose(kind, stored->record, date);
    if (!result)
        return {DocumentOutcome::Refused, result.refusal, std::nullopt};
    return {DocumentOutcome::Ready, {}, std::move(result.document)};
}

DocumentOutcome writeDocumentPdf(CaseService &store, const QString &caseId, CaseDocumentKind kind, const QDate &date,
                                 const QString &path)
{
    if (const QString refusal = store.auditRefusal(); !refusal.isEmpty())
        return {DocumentOutcome::Failed,
                QCoreApplication::translate("DocumentExport", "no document was written: %1").arg(refusal),
                std::nullopt};
    DocumentOutcome outcome = composeStoredDocument(store, caseId, kind, date);
    if (!outcome.ok())
        return outcome;
    // Audited before the file exists, so no document leaves the program
    // unrecorded; the row names the kind only, never the content.
    if (const WriteResult audited = store.audit(caseId, QStringLiteral("document"), documentKindCode(kind));
        !audited.ok())
        return {DocumentOutcome::Failed,
                QCoreApplication::translate("DocumentExport", "no document was written: %1").arg(audited.message),
                std::nullopt};
    QString error;
    if (!DocumentRenderer::writePdf(*outcome.document, path, &error))
        return {DocumentOutcome::Failed, error, std::nullopt};
    return outcome;
}

} // namespace samordna
