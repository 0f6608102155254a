// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace samordna {

// Writes one document twice as it goes: as HTML that QTextDocument renders
// well, and as plain text for the clipboard. Building both from the same calls
// keeps the pasted aktanteckning and the printed one from drifting apart.
// Every text given is escaped here, so case data cannot inject markup.
class DocumentBuilder
{
public:
    using Field = QPair<QString, QString>; // label, value

    explicit DocumentBuilder(const QString &title);

    void heading(const QString &text);
    void paragraph(const QString &text);
    // A short label/value table, e.g. the case id and date under the title.
    void fields(const QList<Field> &rows);
    // `widths` are the columns' shares of the page in percent (optional).
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
    void bulletList(const QStringList &items);
    // Lines kept together as one block, e.g. a postal address.
    void block(const QStringList &lines);

    QString html() const;
    QString plainText() const;

private:
    QString m_html;
    QString m_text;
};

} // namespace samordna
