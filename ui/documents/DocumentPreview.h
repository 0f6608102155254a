// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/CaseDocumentKind.h"

#include <QString>

class QPrintPreviewDialog;
class QWidget;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// Opens a print preview of the case's document as of Clock::today() and
// returns it (window-modal, deleted on close; object name
// "documentPreviewDialog"). A refusal or a missing case is explained in a
// message box and nullptr is returned. The document is audited when shown.
QPrintPreviewDialog *showDocumentPreview(QWidget *parent, CaseService *store, const QString &caseId,
                                         CaseDocumentKind kind);

// Writes the document as PDF to `path`, or asks for a file name when `path`
// is empty. Refusals and errors are shown in a message box; true when written.
bool exportDocumentPdf(QWidget *parent, CaseService *store, const QString &caseId, CaseDocumentKind kind,
                       const QString &path = {});

} // namespace samordna::ui
