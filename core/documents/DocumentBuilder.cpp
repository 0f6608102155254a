// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentBuilder.h"

namespace samordna {

namespace {

// Multi-line values (journal notes) keep their line breaks in print.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

DocumentBuilder::DocumentBuilder(const QString &title)
{
    // QTextDocument understands a subset of CSS 2; these are the parts used.
    m_html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>"
                            "body { font-size: 10pt; }"
                            "h1 { font-size: 15pt; margin-bottom: 8px; }"
                            "h2 { font-size: 11.5pt; margin-top: 16px; margin-bottom: 4px; }"
                            "p { margin-top: 6px; margin-bottom: 4px; }"
                            "table.grid { border-collapse: collapse; }"
                            "table.grid th { background-color: #e6e9ef; text-align: left; }"
                            "td.label { font-weight: bold; padding-right: 12px; }"
                            "</style></head><body>")
        % u"<h1>" % escaped(title) % u"</h1>";
    m_text = title % u'\n' % QString(title.size(), u'=') % u'\n';
}

void DocumentBuilder::heading(const QString &text)
{
    m_html += u"<h2>" % escaped(text) % u"</h2>";
    m_text += u'\n' % text % u'\n' % QString(text.size(), u'-') % u'\n';
}

void DocumentBuilder::paragraph(const QString &text)
{
    m_html += u"<p>" % escaped(text) % u"</p>";
    m_text += text % u'\n';
}

void DocumentBuilder::fields(const QList<Field> &rows)
{
    // A fixed label column lines the values of every field table up.
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &row : rows) {
        m_html += u"<tr><td class=\"label\" width=\"27%\">" % escaped(row.first) % u"</td><td>" % escaped(row.second)
            % u"</td></tr>";
        m_text += row.first % u": " % row.second % u'\n';
    }
    m_html += QStringLiteral("</table>");
}

void DocumentBuilder::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    m_html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                             "cellpadding=\"4\"><thead><tr>");
    for (qsizetype column = 0; column < headers.size(); ++column) {
        const QString width = column < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(column))
                                                     : QString();
        m_html += u"<th" % width % u">" % escaped(headers.at(column)) % u"</th>";
    }
    // A header row in <thead> is repeated on every page the table runs over.
    m_html += QStringLiteral("</tr></thead><tbody>");
    for (const auto &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (const auto &cell : row)
            m_html += u"<td>" % escaped(cell) % u"</td>";
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</tbody></table>");

    // In plain text each row is one line of "header: value" pairs, which
    // reads well in a journal system without fixed-width columns.
    for (const auto &row : rows) {
        QStringList parts;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString cell = QString(row.at(column)).replace(u'\n', u' ');
            if (!cell.isEmpty())
                parts << headers.value(column) % u": " % cell;
        }
        m_text += u"- " % parts.join(QStringLiteral("; ")) % u'\n';
    }
}

void DocumentBuilder::bulletList(const QStringList &items)
{
    m_html += QStringLiteral("<ul>");
    for (const auto &item : items) {
        m_html += u"<li>" % escaped(item) % u"</li>";
        m_text += u"- " % item % u'\n';
    }
    m_html += QStringLiteral("</ul>");
}

void DocumentBuilder::block(const QStringList &lines)
{
    QStringList escapedLines;
    for (const auto &line : lines)
        escapedLines << line.toHtmlEscaped();
    m_html += u"<p style=\"margin-left: 24px; margin-top: 8px; margin-bottom: 8px; font-size: 12pt;\">"
        % escapedLines.join(QStringLiteral("<br/>")) % u"</p>";
    m_text += lines.join(u'\n') % u'\n';
}

QString DocumentBuilder::html() const
{
    return m_html + QStringLiteral("</body></html>");
}

QString DocumentBuilder::plainText() const
{
    return m_text;
}

} // namespace samordna
