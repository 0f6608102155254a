// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

#include <functional>

// Walks a window's widget tree the way Tab does and lists every control a
// keyboard user can reach that a screen reader would announce without a
// name ("edit", "button").
namespace accessible_names {

// The widget the accessibility tree shows for `widget`: a spin box or combo
// box rather than the line edit inside it.
inline QWidget *announced(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
        return parent;
    return widget;
}

inline QString nameOf(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

inline QString describe(QWidget *widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        path += u'#' + widget->objectName();
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            path += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className()) + u'#'
                + parent->objectName();
            break;
        }
    }
    return path;
}

// The focusable, visible controls of `window` that have no accessible name.
inline QStringList unnamed(QWidget *window)
{
    QStringList found;
    QList<QWidget *> seen;
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (!(child->focusPolicy() & Qt::TabFocus) || !child->isVisibleTo(window) || child->focusProxy())
            continue;
        QWidget *widget = announced(child);
        if (seen.contains(widget))
            continue;
        seen << widget;
        if (nameOf(widget).isEmpty())
            found << describe(widget);
    }
    return found;
}

// Shows every page of every tab widget in `window` in turn and collects what
// `unnamed` finds on each, so hidden pages are walked too.
inline QStringList unnamedOnEveryPage(QWidget *window, const std::function<void()> &settle)
{
    QStringList found = unnamed(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            for (const QString &entry : unnamed(window)) {
                if (!found.contains(entry))
                    found << entry;
            }
        }
        tabs->setCurrentIndex(current);
    }
    return found;
}

} // namespace accessible_names
