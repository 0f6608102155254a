// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace samordna::ui {

namespace {

// The fields whose value a wheel turn changes.
bool changesOnWheel(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

// Qt gives these fields Qt::WheelFocus: the first turn would focus the
// field and the next change it.
void takeFocusOnlyStrongly(QObject *object)
{
    if (!changesOnWheel(object))
        return;
    auto *widget = static_cast<QWidget *>(object);
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

// The turn goes to the field's parents, nearest first, until one takes it
// (the page's scroll area), as Qt would hand on an event the field ignored.
// Done here rather than left to Qt, which hands on only events that came
// from the window system.
void passToParents(QWidget *field, QWheelEvent *wheel)
{
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        QWheelEvent copy(parent->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(), wheel->pixelDelta(),
                         wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                         wheel->source());
        copy.ignore();
        QCoreApplication::sendEvent(parent, &copy);
        if (copy.isAccepted() || parent->isWindow())
            break;
    }
    wheel->accept();
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

void WheelGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
    // Fields made before the guard: the same focus rule.
    for (QWidget *widget : QApplication::allWidgets())
        takeFocusOnlyStrongly(widget);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::Show:
        takeFocusOnlyStrongly(watched);
        break;
    case QEvent::Wheel:
        if (changesOnWheel(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            passToParents(static_cast<QWidget *>(watched), static_cast<QWheelEvent *>(event));
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samordna::ui
