// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/JournalDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

constexpr int Margin = 4;

// The note as a small document: the heading line bold, the rest as written.
void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const qsizetype split = text.indexOf(u'\n');
    const bool heading = index.data(JournalDelegate::HeadingRole).toBool() && split > 0;
    QString html = u"<div>"_s;
    if (heading) {
        html += u"<b>"_s + text.left(split).toHtmlEscaped() + u"</b><br>"_s;
        QString rest = text.mid(split + 1);
        const qsizetype detailEnd = rest.indexOf(u'\n');
        if (index.data(JournalDelegate::DetailLineRole).toBool() && detailEnd >= 0) {
            html += u"<small><i>"_s + rest.left(detailEnd).toHtmlEscaped() + u"</i></small><br>"_s;
            rest = rest.mid(detailEnd + 1);
        }
        html += rest.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    } else
        html += text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    html += u"</div>"_s;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(qMax(40, width - 2 * Margin));
}

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

} // namespace

void JournalDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    QTextDocument document;
    layOut(document, opt, index, opt.rect.width());
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    QColor ink = opt.palette.color(role);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.isValid() && !(opt.state & QStyle::State_Selected))
        ink = foreground.value<QBrush>().color();
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
    painter->setPen(ink);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, ink);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize JournalDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    const int width = availableWidth(opt);
    layOut(document, opt, index, width);
    return {width, int(document.size().height()) + 2 * Margin};
}

} // namespace samordna::ui
