// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentExport.h"

#include "DocumentRenderer.h"
#include "documents/DocumentComposer.h"
#include "safety/EchoText.h"
#include "safety/OutputFile.h"
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
                QCoreApplication::translate("DocumentExport", "no case with id %1").arg(echo::cut(caseId)),
                std::nullopt};
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
    const auto failed = [](const QString &message) {
        return DocumentOutcome{DocumentOutcome::Failed, message, std::nullopt};
    };
    // Written whole to a temporary file and on disk first; then audited (the
    // row names the kind only, never the content); only then given its
    // name. A full disk or a failed painter leaves no file and no row, and a
    // document that cannot be audited never appears.
    OutputFile output(path);
    QString error;
    if (!output.create(&error))
        return failed(error);
    if (!DocumentRenderer::writePdf(*outcome.document, output.device())) {
        if (!output.finish(&error))
            return failed(error);
        return failed(QCoreApplication::translate("DocumentExport", "the PDF could not be drawn; nothing was written"));
    }
    if (!output.finish(&error))
        return failed(error);
    if (const WriteResult audited = store.audit(caseId, QStringLiteral("document"), documentKindCode(kind));
        !audited.ok())
        return failed(
            QCoreApplication::translate("DocumentExport", "no document was written: %1").arg(audited.message));
    if (!output.publish(&error))
        return failed(error);
    return outcome;
}

} // namespace samordna
