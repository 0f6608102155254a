// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ComposedDocument.h"

#include <QPageLayout>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace samordna {

// Lays a composed document out on A4 pages with a header line (case id,
// title, date) and page numbers, for PDF files and printers alike.
class DocumentRenderer
{
public:
    static QPageLayout pageLayout();
    // Paints every page on `device` (a QPdfWriter or QPrinter whose page
    // layout is already set); false when the device cannot be painted on.
    static bool paint(const ComposedDocument &document, QPagedPaintDevice *device);
    // Writes the PDF to `device`; false when the painter failed. Write errors
    // are the device's to report (see OutputFile).
    static bool writePdf(const ComposedDocument &document, QIODevice *device);
};

} // namespace samordna
