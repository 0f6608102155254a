// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPreview.h"

#include "DocumentExport.h"
#include "DocumentRenderer.h"
#include "common/MessageBox.h"
#include "safety/CaseId.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>

namespace samordna::ui {

namespace {

void explain(QWidget *parent, CaseDocumentKind kind, const DocumentOutcome &outcome)
{
    MessageBox::warning(parent, documentTitle(kind), outcome.message);
}

} // namespace

QPrintPreviewDialog *showDocumentPreview(QWidget *parent, CaseService *store, const QString &caseId,
                                         CaseDocumentKind kind)
{
    DocumentOutcome outcome = composeStoredDocument(*store, caseId, kind, Clock::today());
    if (!outcome.ok()) {
        explain(parent, kind, outcome);
        return nullptr;
    }
    // What is shown on screen can be printed from the preview, so showing
    // it counts as producing the document.
    if (const WriteResult audited = store->audit(caseId, QStringLiteral("document"), documentKindCode(kind));
        !audited.ok()) {
        MessageBox::warning(
            parent, documentTitle(kind),
            QCoreApplication::translate("DocumentPreview", "The document is not shown: %1").arg(audited.message));
        return nullptr;
    }

    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("documentPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(outcome.document->title % u" – " % caseId);
    dialog->printer()->setPageLayout(DocumentRenderer::pageLayout());
    dialog->printer()->setDocName(outcome.document->title % u' ' % caseId);
    const ComposedDocument document = *outcome.document;
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [document](QPrinter *printer) { DocumentRenderer::paint(document, printer); });
    dialog->setWindowModality(Qt::WindowModal);
    // An A4 page's proportions, within the screen (a laptop's 768 rows too).
    QSize size(900, 1000);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

bool exportDocumentPdf(QWidget *parent, CaseService *store, const QString &caseId, CaseDocumentKind kind,
                       const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A file name is built from the id only when it keeps to the case-id
        // grammar (no "../", no separators).
        const QString stem = caseId::isValid(caseId) ? caseId % u'-' % documentKindCode(kind) : documentKindCode(kind);
        const QString suggested = QDir(folder).filePath(stem % u".pdf");
        target = QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("DocumentPreview", "Save %1 as PDF").arg(documentTitle(kind)),
            suggested, QCoreApplication::translate("DocumentPreview", "PDF (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    const DocumentOutcome outcome = writeDocumentPdf(*store, caseId, kind, Clock::today(), target);
    if (!outcome.ok()) {
        explain(parent, kind, outcome);
        return false;
    }
    return true;
}

} // namespace samordna::ui
