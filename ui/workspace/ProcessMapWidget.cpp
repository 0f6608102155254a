// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ProcessMapWidget.h"

#include "common/StateColors.h"
#include "rules/ProcessGraph.h"
#include "workspace/ProcessMapAccessible.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

constexpr int Columns = 3;
constexpr int Rows = 6;
constexpr qreal Margin = 6;
constexpr qreal LegendSwatch = 12;
constexpr qreal LegendPixelSize = 11;
// One line of the legend, with the room above it that parts it from 6a and 6b.
constexpr qreal LegendLineHeight = 22;
constexpr qreal LegendLinePadding = 4;

// Where segment centre→outside leaves the rectangle.
QPointF exitPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF centre = rect.center();
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    return centre + d * std::min(sx, sy);
}

} // namespace

ProcessMapWidget::ProcessMapWidget(QWidget *parent)
    : QWidget(parent)
{
    // Before anything that tells assistive technology of a change, so the
    // map's interface is the one with a child per box from the start.
    ProcessMapAccessible::install();
    setObjectName(u"processMap"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Process map"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    updateAccessibleDescription();
}

// Column and row of each box: 1 on top, 2a and 2b beside below it, 3 → 4 → 5
// down the middle, 6a and 6b at the foot.
QPointF ProcessMapWidget::cellOf(Stage stage)
{
    switch (stage) {
    case Stage::Ruta1:
        return {1, 0};
    case Stage::Ruta2a:
        return {0, 1};
    case Stage::Ruta2b:
        return {2, 1};
    case Stage::Ruta3:
        return {1, 2};
    case Stage::Ruta4:
        return {1, 3};
    case Stage::Ruta5:
        return {1, 4};
    case Stage::Ruta6a:
        return {0, 5};
    case Stage::Ruta6b:
        return {2, 5};
    }
    return {};
}

void ProcessMapWidget::setState(Stage current, const QList<Stage> &passed, const QList<Transition> &transitions)
{
    const std::optional<Stage> focused = focusedStage();
    m_current = current;
    m_passed = passed;
    m_transitions = transitions;
    // Keep the keyboard on the same box when it is still clickable.
    const QList<Stage> clickable = clickableStages();
    m_focusIndex = focused ? std::max<qsizetype>(0, clickable.indexOf(*focused)) : 0;
    updateAccessibleDescription();
    update();
}

void ProcessMapWidget::setHistory(const QList<StageEntry> &history)
{
    if (history == m_history)
        return;
    m_history = history;
    updateAccessibleDescription();
    update();
}

QList<QDate> ProcessMapWidget::enteredDates(Stage stage) const
{
    QList<QDate> dates;
    for (const StageEntry &entry : m_history) {
        if (entry.stage == stage && entry.from.isValid())
            dates << entry.from;
    }
    return dates;
}

const Transition *ProcessMapWidget::transitionTo(Stage stage) const
{
    for (const Transition &transition : m_transitions) {
        if (transition.target == stage)
            return &transition;
    }
    return nullptr;
}

bool ProcessMapWidget::isClickable(Stage stage) const
{
    const Transition *transition = transitionTo(stage);
    return stage != m_current && transition && transition->allowed;
}

QList<Stage> ProcessMapWidget::clickableStages() const
{
    QList<Stage> result;
    for (Stage stage : allStages()) {
        if (isClickable(stage))
            result << stage;
    }
    return result;
}

std::optional<Stage> ProcessMapWidget::focusedStage() const
{
    const QList<Stage> clickable = clickableStages();
    if (m_focusIndex < 0 || m_focusIndex >= clickable.size())
        return std::nullopt;
    return clickable.at(m_focusIndex);
}

QRectF ProcessMapWidget::chartArea() const
{
    qreal legendTop = height() - Margin;
    for (const LegendEntry &entry : legend())
        legendTop = std::min(legendTop, entry.rect.top() - LegendLinePadding);
    return QRectF(Margin, Margin, width() - 2 * Margin, legendTop - Margin);
}

QRectF ProcessMapWidget::boxRect(Stage stage) const
{
    const QRectF area = chartArea();
    const qreal cellWidth = area.width() / Columns;
    const qreal cellHeight = area.height() / Rows;
    const QPointF cell = cellOf(stage);
    const QPointF centre(area.left() + (cell.x() + 0.5) * cellWidth, area.top() + (cell.y() + 0.5) * cellHeight);
    const qreal w = cellWidth * 0.9;
    const qreal h = cellHeight * 0.66;
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
}

std::optional<Stage> ProcessMapWidget::stageAt(const QPointF &point) const
{
    for (Stage stage : allStages()) {
        if (boxRect(stage).contains(point))
            return stage;
    }
    return std::nullopt;
}

QString ProcessMapWidget::toolTipFor(Stage stage) const
{
    QString title = tr("Box %1: %2").arg(stageNumber(stage), stageTitle(stage));
    QStringList days;
    for (const QDate &date : enteredDates(stage))
        days << date.toString(Qt::ISODate);
    if (!days.isEmpty())
        title += u'\n' + tr("Entered on %1.").arg(days.join(u", "_s));
    if (stage == m_current)
        return tr("%1\nThe case is here now.").arg(title);
    const Transition *transition = transitionTo(stage);
    if (transition && transition->allowed)
        return tr("%1\nClick to move the case here.").arg(title);
    QString text = title;
    if (m_passed.contains(stage))
        text += u'\n' + tr("The case has passed this box.");
    if (transition && !transition->reason.isEmpty())
        text += u'\n' + transition->reason;
    return text;
}

QSize ProcessMapWidget::sizeHint() const
{
    return {340, 460};
}

QSize ProcessMapWidget::minimumSizeHint() const
{
    return {220, 300};
}

QLineF ProcessMapWidget::arrowLine(Stage from, Stage to) const
{
    if (!process::leadsTo(from, to))
        return {};
    const QRectF fromRect = boxRect(from);
    const QRectF toRect = boxRect(to);
    QPointF start = exitPoint(fromRect, toRect.center());
    QPointF end = exitPoint(toRect, fromRect.center());
    if (process::leadsTo(to, from)) {
        // Two arrows between the same boxes run side by side.
        const QLineF normal = QLineF(start, end).normalVector().unitVector();
        const QPointF offset = (normal.p2() - normal.p1()) * 5;
        start += offset;
        end += offset;
    }
    return {start, end};
}

bool ProcessMapWidget::isArrowLive(Stage from, Stage to) const
{
    return from == m_current && process::leadsTo(from, to) && isClickable(to);
}

void ProcessMapWidget::drawArrow(QPainter &painter, Stage from, Stage to) const
{
    const QLineF shaft = arrowLine(from, to);
    const QPointF end = shaft.p2();
    const bool live = isArrowLive(from, to);
    const StateColors colours(palette());
    QPen pen(live ? colours.border(ColorState::PossibleNext) : colours.arrow(), live ? 2.2 : 1.3);
    // A way back to an earlier box is dashed, so the forward path reads first.
    if (!process::edge(from, to)->forward)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(shaft);
    const QLineF line(end, shaft.p1());
    const qreal head = 9;
    const qreal angle = std::atan2(line.dy(), line.dx());
    const QPointF p1 = end + QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head);
    const QPointF p2 = end + QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head);
    QPainterPath arrowHead;
    arrowHead.moveTo(end);
    arrowHead.lineTo(p1);
    arrowHead.lineTo(p2);
    arrowHead.closeSubpath();
    painter.fillPath(arrowHead, pen.color());
}

void ProcessMapWidget::drawBox(QPainter &painter, Stage stage) const
{
    const QRectF rect = boxRect(stage);
    const bool current = stage == m_current;
    const bool clickable = isClickable(stage);
    const bool passed = m_passed.contains(stage);
    [[maybe_unused]] const bool greyed = !current && !clickable && !passed;

    ColorState state = ColorState::Unavailable;
    if (current)
        state = ColorState::Current;
    else if (clickable)
        state = ColorState::PossibleNext;
    else if (passed)
        state = ColorState::Passed;
    Q_ASSERT(greyed == (state == ColorState::Unavailable));
    const StateColors colours(palette());
    QColor fill = colours.fill(state);
    if (clickable && m_hover != stage)
        fill = palette().color(QPalette::Base); // the tint shows under the mouse
    const QColor border = colours.border(state);
    const QColor text = colours.textOn(state);
    qreal borderWidth = 1.2;
    if (current)
        borderWidth = 2.5;
    else if (clickable)
        borderWidth = 2;

    const qreal radius = std::min(rect.height(), rect.width()) * 0.12;
    painter.setPen(QPen(border, borderWidth, clickable ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, radius, radius);

    if (hasFocus() && focusedStage() == stage) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3);
    }

    // Number above, the box's heading below, both sized to the box.
    const qreal pad = std::max<qreal>(3, rect.height() * 0.06);
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPixelSize(int(std::clamp(inner.height() * 0.32, 9.0, 22.0)));
    const QFontMetricsF numberMetrics(numberFont);
    const QRectF numberRect(inner.left(), inner.top(), inner.width(), numberMetrics.height());
    painter.setFont(numberFont);
    painter.setPen(text);
    const QString label = passed && !current ? u"%1 \u2713"_s.arg(stageNumber(stage)) : stageNumber(stage);
    painter.drawText(numberRect, Qt::AlignHCenter | Qt::AlignTop, label);

    // The day the case last entered the box, at its foot, from the history.
    qreal titleBottom = inner.bottom();
    const QList<QDate> entered = enteredDates(stage);
    if (!entered.isEmpty()) {
        QFont dateFont = font();
        dateFont.setPixelSize(int(std::clamp(inner.height() * 0.16, 7.0, 11.0)));
        const QFontMetricsF dateMetrics(dateFont);
        const QRectF dateRect(inner.left(), inner.bottom() - dateMetrics.height(), inner.width(), dateMetrics.height());
        QString date = entered.constLast().toString(Qt::ISODate);
        if (entered.size() > 1)
            date = tr("%1 (%2×)", "the day a box was last entered, and how often").arg(date).arg(entered.size());
        painter.setFont(dateFont);
        painter.drawText(dateRect, Qt::AlignHCenter | Qt::AlignBottom,
                         dateMetrics.elidedText(date, Qt::ElideRight, dateRect.width()));
        titleBottom = dateRect.top();
    }

    // The heading gets the largest size at which it fits the box, so long
    // words such as "Avstämningsmöte" are not cut in a narrow map.
    const QRectF titleRect(inner.left(), numberRect.bottom(), inner.width(), titleBottom - numberRect.bottom());
    QFont titleFont = font();
    const int largest = int(std::clamp(inner.height() * 0.17, 8.0, 13.0));
    for (int size = largest; size >= 6; --size) {
        titleFont.setPixelSize(size);
        const QRectF needed = QFontMetricsF(titleFont).boundingRect(
            titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, stageTitle(stage));
        if (needed.height() <= titleRect.height() && needed.width() <= titleRect.width() + 0.5)
            break;
    }
    painter.setFont(titleFont);
    painter.save();
    painter.setClipRect(titleRect);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, stageTitle(stage));
    painter.restore();
}

QFont ProcessMapWidget::legendFont() const
{
    QFont legend = font();
    legend.setPixelSize(LegendPixelSize);
    return legend;
}

QList<ProcessMapWidget::LegendEntry> ProcessMapWidget::legend() const
{
    const StateColors colours(palette());
    const auto inState = [&colours](ColorState state, Qt::PenStyle style, const QString &text) {
        return LegendEntry{colours.fill(state), colours.border(state), style, text, {}};
    };
    QList<LegendEntry> entries{
        inState(ColorState::Current, Qt::SolidLine, tr("Now")),
        inState(ColorState::Passed, Qt::SolidLine, tr("Passed")),
        {palette().color(QPalette::Base),
         colours.border(ColorState::PossibleNext),
         Qt::DashLine,
         tr("Possible next"),
         {}},
        inState(ColorState::Unavailable, Qt::SolidLine, tr("Not now")),
    };
    // The entries flow into as many lines at the map's foot as its width
    // needs, so a narrow map (a laptop, or a longer language) shows every
    // word rather than cutting the last one.
    const QFontMetricsF metrics(legendFont());
    const qreal entryHeight = std::max(LegendSwatch, metrics.height());
    const qreal right = width() - Margin;
    QList<QList<qsizetype>> lines(1);
    qreal x = Margin;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qreal entryWidth = LegendSwatch + 4 + metrics.horizontalAdvance(entries.at(i).text);
        if (x > Margin && x + entryWidth > right) {
            lines.append(QList<qsizetype>());
            x = Margin;
        }
        entries[i].rect = QRectF(x, 0, entryWidth, entryHeight);
        lines.last().append(i);
        x += entryWidth + 10;
    }
    qreal top = height() - Margin - qreal(lines.size()) * LegendLineHeight;
    for (const QList<qsizetype> &line : std::as_const(lines)) {
        for (qsizetype i : line)
            entries[i].rect.moveTop(top + LegendLinePadding);
        top += LegendLineHeight;
    }
    return entries;
}

QList<QRectF> ProcessMapWidget::legendRects() const
{
    QList<QRectF> rects;
    for (const LegendEntry &entry : legend())
        rects << entry.rect;
    return rects;
}

void ProcessMapWidget::drawLegend(QPainter &painter) const
{
    painter.setFont(legendFont());
    for (const LegendEntry &entry : legend()) {
        const QRectF swatch(entry.rect.left(), entry.rect.center().y() - LegendSwatch / 2, LegendSwatch, LegendSwatch);
        painter.setPen(QPen(entry.border, 1.2, entry.style));
        painter.setBrush(entry.fill);
        painter.drawRect(swatch);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(entry.rect.adjusted(LegendSwatch + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

void ProcessMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    for (const process::Edge &edge : process::edges())
        drawArrow(painter, edge.from, edge.to);
    for (Stage stage : allStages())
        drawBox(painter, stage);
    drawLegend(painter);
}

void ProcessMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const std::optional<Stage> stage = stageAt(event->position());
    if (stage && isClickable(*stage)) {
        m_focusIndex = int(clickableStages().indexOf(*stage));
        update();
        Q_EMIT transitionRequested(*stage);
    }
}

void ProcessMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const std::optional<Stage> stage = stageAt(event->position());
    if (stage != m_hover) {
        m_hover = stage;
        setCursor(stage && isClickable(*stage) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ProcessMapWidget::leaveEvent(QEvent *event)
{
    m_hover.reset();
    unsetCursor();
    update();
    QWidget::leaveEvent(event);
}

void ProcessMapWidget::moveFocus(int step)
{
    const qsizetype count = clickableStages().size();
    if (count == 0)
        return;
    m_focusIndex = int((m_focusIndex + step + count) % count);
    updateAccessibleDescription();
    update();
}

void ProcessMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveFocus(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveFocus(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const std::optional<Stage> stage = focusedStage()) {
            Q_EMIT transitionRequested(*stage);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ProcessMapWidget::focusInEvent(QFocusEvent *event)
{
    // Tab enters at the first clickable box, Shift+Tab at the last.
    if (event->reason() == Qt::TabFocusReason)
        m_focusIndex = 0;
    else if (event->reason() == Qt::BacktabFocusReason)
        m_focusIndex = std::max(0, int(clickableStages().size()) - 1);
    updateAccessibleDescription();
    update();
    QWidget::focusInEvent(event);
}

void ProcessMapWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool ProcessMapWidget::focusNextPrevChild(bool next)
{
    // Tab walks the clickable boxes before leaving the map.
    if (hasFocus()) {
        const int count = int(clickableStages().size());
        if (next && m_focusIndex + 1 < count) {
            moveFocus(1);
            return true;
        }
        if (!next && m_focusIndex > 0) {
            moveFocus(-1);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

bool ProcessMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Stage> stage = stageAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(*stage), this, boxRect(*stage).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ProcessMapWidget::updateAccessibleDescription()
{
    QStringList next;
    for (Stage stage : clickableStages())
        next << stageNumber(stage);
    QString description = tr("The case is in box %1: %2.").arg(stageNumber(m_current), stageTitle(m_current));
    if (const QList<QDate> entered = enteredDates(m_current); !entered.isEmpty())
        description += u' ' + tr("It entered the box on %1.").arg(entered.constLast().toString(Qt::ISODate));
    if (next.isEmpty())
        description += u' ' + tr("No box can follow now.");
    else
        description += u' ' + tr("Possible next boxes: %1.").arg(next.join(u", "_s));
    if (const std::optional<Stage> focused = focusedStage())
        description += u' ' + tr("Selected: box %1; press Enter to move the case there.").arg(stageNumber(*focused));
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent accessibleEvent(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&accessibleEvent);
    }
    if (const std::optional<Stage> focused = focusedStage(); focused && hasFocus())
        ProcessMapAccessible::notifyFocus(this, *focused);
}

} // namespace samordna::ui
