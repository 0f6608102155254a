// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ElidedButton.h"

#include <QStyle>
#include <QStyleOptionButton>

namespace samordna::ui {

ElidedButton::ElidedButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
    , m_fullText(text)
{
    setAccessibleName(QString(text).remove(u'&'));
    // A push button's own policy makes its whole text its least width.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ElidedButton::sizeFor(const QString &text) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = text;
    const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, text);
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, textSize, this);
}

QSize ElidedButton::sizeHint() const
{
    return sizeFor(m_fullText);
}

QSize ElidedButton::minimumSizeHint() const
{
    // Room for the start of the text, e.g. "To box 2b…".
    return sizeFor(m_fullText.left(12) + QChar(0x2026));
}

void ElidedButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void ElidedButton::elide()
{
    const int padding = sizeFor(QString()).width();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, width() - padding, Qt::TextShowMnemonic);
    if (shown != text())
        setText(shown);
}

} // namespace samordna::ui
