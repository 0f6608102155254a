// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/DateEdit.h"

#include "common/StateColors.h"
#include "util/Clock.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

// A small calendar drawn in the palette's text colour, so it needs no icon
// theme and follows light and dark palettes.
QIcon calendarIcon(const QWidget *widget)
{
    const int side = 16;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = widget->palette().color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, side - 3, side - 4);
    painter.fillRect(1, 2, side - 2, 4, ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.fillRect(4 + column * 3, 8 + row * 3, 2, 2, ink);
    }
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(10);
    setClearButtonEnabled(false);
    // Wide enough for a date, no wider.
    setMaximumWidth(fontMetrics().horizontalAdvance(u"0000-00-00000"_s) + 40);
    QAction *calendar = addAction(calendarIcon(this), QLineEdit::TrailingPosition);
    calendar->setObjectName(u"calendarAction"_s);
    calendar->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const QDate value = parse(text, &ok);
        m_unreadable = !ok;
        updateMarking();
        if (ok)
            Q_EMIT dateEdited(value);
    });
}

QDate DateEdit::parse(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *ok = true;
        return {};
    }
    const QDate value = QDate::fromString(trimmed, Qt::ISODate);
    *ok = value.isValid() && trimmed.size() == 10;
    return *ok ? value : QDate();
}

QDate DateEdit::date() const
{
    bool ok = false;
    return parse(text(), &ok);
}

bool DateEdit::isAcceptable() const
{
    bool ok = false;
    parse(text(), &ok);
    return ok;
}

void DateEdit::setDate(const QDate &value)
{
    bool ok = false;
    if (parse(text(), &ok) == value && ok)
        return;
    setText(value.isNull() ? QString() : value.toString(Qt::ISODate));
    m_unreadable = false;
    updateMarking();
}

void DateEdit::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    updateMarking();
}

void DateEdit::updateMarking()
{
    const bool marked = m_unreadable || !m_problem.isEmpty();
    setStyleSheet(marked ? StateColors(palette()).styleSheet(u"QLineEdit"_s, ColorState::Error, true) : QString());
    QStringList tips;
    if (m_unreadable)
        tips << tr("Write the date as YYYY-MM-DD, or leave it empty.");
    if (!m_problem.isEmpty())
        tips << m_problem;
    setToolTip(tips.join(u'\n'));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier)
        || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    // A child of the field, so an item view editing through this field sees
    // the focus stay inside its editor while the calendar is open.
    auto *popup = new QWidget(this, Qt::Popup);
    popup->setObjectName(u"calendarPopup"_s);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setObjectName(u"calendar"_s);
    calendar->setGridVisible(true);
    const QDate current = date();
    calendar->setSelectedDate(current.isValid() ? current : Clock::today());
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, popup, [this, popup](const QDate &chosen) {
        takeFromCalendar(chosen);
        popup->close();
    });
    connect(calendar, &QCalendarWidget::clicked, popup, [this, popup](const QDate &chosen) {
        takeFromCalendar(chosen);
        popup->close();
    });
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

void DateEdit::takeFromCalendar(const QDate &chosen)
{
    if (!chosen.isValid())
        return;
    setText(chosen.toString(Qt::ISODate));
    setModified(true);
    m_unreadable = false;
    updateMarking();
    Q_EMIT dateEdited(chosen);
}

} // namespace samordna::ui
