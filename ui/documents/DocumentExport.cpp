#include "DocumentExport.h"

#include "DocumentRenderer.h"
#include "documents/DocumentComposer.h"
#include "store/CaseStore.h"

#include <QCoreApplication>

namespace samordna {

DocumentOutcome composeStoredDocument(const CaseStore &store, const QString &caseId, CaseDocumentKind kind,
                                      const QDate &date)
{
    const auto stored = store.loadCase(caseId);
    if (!stored)
        return {DocumentOutcome::NoSuchCase,
                QCoreApplication::translate("DocumentExport", "no case with id %1").arg(caseId), std::nullopt};
    CompositionResult result = DocumentComposer().compose(kind, stored->record, date);
    if (!result)
        return {DocumentOutcome::Refused, result.refusal, std::nullopt};
    return {DocumentOutcome::Ready, {}, std::move(result.document)};
}

DocumentOutcome writeDocumentPdf(CaseStore &store, const QString &caseId, CaseDocumentKind kind,
                                 const QDate &date, const QString &path)
{
    DocumentOutcome outcome = composeStoredDocument(store, caseId, kind, date);
    if (!outcome.ok())
        return outcome;
    // Audited before the file exists, so no document leaves the program
    // unrecorded; the row names the kind only, never the content.
    if (!store.audit(caseId, QStringLiteral("document"), documentKindCode(kind)))
        return {DocumentOutcome::Failed,
                QCoreApplication::translate("DocumentExport",
                                            "the document could not be recorded in the audit log, so it "
                                            "was not written"),
                std::nullopt};
    QString error;
    if (!DocumentRenderer::writePdf(*outcome.document, path, &error))
        return {DocumentOutcome::Failed, error, std::nullopt};
    return outcome;
}

} // namespace samordna
