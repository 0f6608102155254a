// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FittingScrollArea.h"

#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>

namespace samordna::ui {

FittingScrollArea::FittingScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void FittingScrollArea::setMinimumLines(int lines)
{
    m_minimumLines = lines;
    updateGeometry();
}

int FittingScrollArea::contentHeight() const
{
    const QWidget *content = widget();
    if (!content)
        return 0;
    // The width the content would have beside a vertical scroll bar, so the
    // height asked for is enough whether or not one is shown.
    const int width = std::max(1, viewport()->width() - verticalScrollBar()->sizeHint().width());
    const int height = content->hasHeightForWidth() ? content->heightForWidth(width) : content->sizeHint().height();
    const QMargins margins = contentsMargins();
    return height + margins.top() + margins.bottom();
}

QSize FittingScrollArea::sizeHint() const
{
    QSize hint = QScrollArea::sizeHint();
    hint.setHeight(contentHeight());
    return hint;
}

QSize FittingScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    hint.setHeight(std::min(contentHeight(), m_minimumLines * fontMetrics().lineSpacing()));
    return hint;
}

void FittingScrollArea::contentChanged()
{
    updateGeometry();
}

void FittingScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // Wrapped text needs another height at another width.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace samordna::ui
