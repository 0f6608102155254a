// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace samordna {

namespace {

// Fonts with Swedish letters that are common on the workstations and in
// minimal Linux installations; the style hint covers the rest.
QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

QPageLayout DocumentRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
                       QPageLayout::Millimeter);
}

bool DocumentRenderer::paint(const ComposedDocument &document, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);

    // Sizes in device pixels; the painter's origin is the page's margin corner.
    const QRectF area(0, 0, device->width(), device->height());
    const qreal millimetre = device->logicalDpiY() / 25.4;
    const QFont smallFont = documentFont(8);
    const qreal lineHeight = QFontMetricsF(smallFont, device).height();
    const qreal headerHeight = lineHeight + 4 * millimetre;
    const qreal footerHeight = lineHeight + 4 * millimetre;
    const QRectF body(area.left(), area.top() + headerHeight, area.width(),
                      area.height() - headerHeight - footerHeight);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    text.setDefaultFont(documentFont(10));
    text.setDocumentMargin(0);
    text.setPageSize(body.size());
    text.setHtml(document.html);
    const int pageCount = text.pageCount();

    const QString headerLeft = document.caseId % u"  ·  " % document.title;
    const QString headerRight = document.date.toString(Qt::ISODate);
    const QPen rulePen(QColor(0x80, 0x80, 0x80), 0.3 * millimetre);

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage())
            return false;

        painter.setFont(smallFont);
        painter.setPen(Qt::black);
        const QRectF headerText(area.left(), area.top(), area.width(), lineHeight);
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignVCenter, headerRight);
        painter.setPen(rulePen);
        const qreal headerRule = area.top() + lineHeight + 1.5 * millimetre;
        painter.drawLine(QPointF(area.left(), headerRule), QPointF(area.right(), headerRule));

        const qreal footerRule = area.bottom() - lineHeight - 1.5 * millimetre;
        painter.drawLine(QPointF(area.left(), footerRule), QPointF(area.right(), footerRule));
        painter.setPen(Qt::black);
        const QRectF footerText(area.left(), area.bottom() - lineHeight, area.width(), lineHeight);
        painter.drawText(footerText, Qt::AlignLeft | Qt::AlignVCenter, document.caseId % u"  ·  " % headerRight);
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("DocumentRenderer", "Page %1 of %2").arg(page + 1).arg(pageCount));

        painter.save();
        painter.setClipRect(body);
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

bool DocumentRenderer::writePdf(const ComposedDocument &document, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setPageLayout(pageLayout());
    writer.setTitle(document.title % u" – " % document.caseId);
    writer.setCreator(QStringLiteral("Samordna"));
    return paint(document, &writer);
}

} // namespace samordna
