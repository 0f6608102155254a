// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Stage.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QList>

namespace samordna::ui {

class ProcessMapWidget;

// What assistive technology sees of the process map: the map, and in it one
// child per box that names the box and its state (current, passed, possible
// next, not possible now), gives the rule's reason as its description, and
// can be pressed when the case may move there. The map draws its boxes
// itself, so without this a screen reader would find one blank picture.
class ProcessMapAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(ProcessMapAccessible)

public:
    explicit ProcessMapAccessible(ProcessMapWidget *map);
    ~ProcessMapAccessible() override;

    // Installs the factory that gives every ProcessMapWidget this interface;
    // once per program is enough, more calls do nothing.
    static void install();
    // Tells assistive technology that the box for `stage` has the focus.
    static void notifyFocus(ProcessMapWidget *map, Stage stage);

    ProcessMapWidget *map() const;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    static int indexOf(Stage stage);
    mutable QList<QAccessibleInterface *> m_boxes;
};

} // namespace samordna::ui
