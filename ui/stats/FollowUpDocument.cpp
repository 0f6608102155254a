// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDocument.h"

#include "FollowUpCharts.h"
#include "FollowUpTables.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

// A chart drawn offscreen at print resolution.
QImage chartImage(QChart *chart)
{
    QChartView view(chart); // owns the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(900, 420);
    QImage image(view.size() * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    return image;
}

QString tableHtml(const FollowUpTable &table)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const QString &header : table.headers)
        html += u"<th>"_s + header.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QList<FollowUpCell> &row : table.rows) {
        html += u"<tr>"_s;
        for (const FollowUpCell &cell : row)
            html += (cell.number ? u"<td align=\"right\">"_s : u"<td>"_s) + cell.text.toHtmlEscaped() + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString FollowUpDocument::periodText(const stats::StatsReport &report)
{
    return tr("%1 – %2, %3")
        .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
             report.district.isEmpty() ? tr("all districts") : report.district);
}

QTextDocument *FollowUpDocument::build(const stats::StatsReport &report, QPagedPaintDevice *device)
{
    Q_UNUSED(device); // QTextDocument::print() lays it out for the page
    auto *document = new QTextDocument;
    QString html = u"<h1>"_s + tr("Follow-up").toHtmlEscaped() + u"</h1><p>"_s + periodText(report).toHtmlEscaped()
        + u"<br>"_s
        + tr("Cases in the process during the period: %1")
              .arg(FollowUpTables::count(report.count(stats::keys::cases())).text)
              .toHtmlEscaped()
        + u"</p><p><i>"_s + FollowUpTables::suppressionNote().toHtmlEscaped() + u"</i></p>"_s;
    const struct
    {
        QString name;
        QChart *(*chart)(const stats::StatsReport &, const QPalette &);
        FollowUpTable (*table)(const stats::StatsReport &);
    } sections[] = {
        {u"durations"_s, &FollowUpCharts::durations, &FollowUpTables::durations},
        {u"flow"_s, &FollowUpCharts::flow, &FollowUpTables::flow},
        {u"outcomes"_s, &FollowUpCharts::outcomes, &FollowUpTables::outcomes},
        {u"method"_s, &FollowUpCharts::method, &FollowUpTables::method},
    };
    // Paper is white, whatever the screen's palette.
    const QPalette paper(QColor(Qt::white));
    for (const auto &section : sections) {
        const FollowUpTable table = section.table(report);
        const QUrl url(u"chart:"_s + section.name);
        document->addResource(QTextDocument::ImageResource, url, chartImage(section.chart(report, paper)));
        html += u"<h2>"_s + table.title.toHtmlEscaped() + u"</h2><p><img src=\""_s + url.toString()
            + u"\" width=\"600\"></p>"_s + tableHtml(table);
    }
    document->setHtml(html);
    return document;
}

bool FollowUpDocument::print(const stats::StatsReport &report, QPagedPaintDevice *device)
{
    const std::unique_ptr<QTextDocument> document(build(report, device));
    document->print(device);
    return true;
}

bool FollowUpDocument::writePdf(const stats::StatsReport &report, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Follow-up") + u", "_s + periodText(report));
        print(report, &writer);
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace samordna::ui
