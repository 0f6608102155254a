// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "domain/Stage.h"
#include "rules/Assessment.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QWidget>

class QPainter;

#include <optional>

namespace samordna::ui {

// The method document's flowchart, drawn to the widget's size from the
// process graph in core (this widget knows only where each box sits): the current
// box highlighted, passed boxes marked, the boxes the rules allow next
// clickable (mouse, or Tab/arrows and Enter), the others greyed with the
// rule's reason as tooltip.
class ProcessMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessMapWidget(QWidget *parent = nullptr);

    void setState(Stage current, const QList<Stage> &passed, const QList<Transition> &transitions);
    // The case's stage history: each box shows the day the case last
    // entered it, its tooltip every day it did.
    void setHistory(const QList<StageEntry> &history);

    Stage currentStage() const { return m_current; }
    bool isPassed(Stage stage) const { return m_passed.contains(stage); }
    // The days the case entered `stage`, oldest first; empty when the
    // history does not say.
    QList<QDate> enteredDates(Stage stage) const;
    bool isClickable(Stage stage) const;
    // Where a box is drawn at the widget's present size.
    QRectF boxRect(Stage stage) const;
    // Where the arrow of the process graph from one box to another is drawn,
    // from its start to its head; a null line where the graph has no arrow.
    QLineF arrowLine(Stage from, Stage to) const;
    // The arrow from the current box to a box the case may move to now.
    bool isArrowLive(Stage from, Stage to) const;
    std::optional<Stage> focusedStage() const;
    QString toolTipFor(Stage stage) const;

    // Where each entry of the legend (its swatch and its words) is drawn.
    QList<QRectF> legendRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void transitionRequested(samordna::Stage target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    static QPointF cellOf(Stage stage);

    QRectF chartArea() const;
    QList<Stage> clickableStages() const;
    std::optional<Stage> stageAt(const QPointF &point) const;
    const Transition *transitionTo(Stage stage) const;
    void moveFocus(int step);
    void updateAccessibleDescription();
    void drawArrow(QPainter &painter, Stage from, Stage to) const;
    void drawBox(QPainter &painter, Stage stage) const;
    void drawLegend(QPainter &painter) const;
    struct LegendEntry
    {
        QColor fill;
        QColor border;
        Qt::PenStyle style;
        QString text;
        QRectF rect;
    };
    QList<LegendEntry> legend() const;
    QFont legendFont() const;

    Stage m_current = Stage::Ruta1;
    QList<Stage> m_passed;
    QList<Transition> m_transitions;
    QList<StageEntry> m_history;
    int m_focusIndex = 0;
    std::optional<Stage> m_hover;
};

} // namespace samordna::ui
