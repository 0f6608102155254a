// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

// What a GUI test does before its first window, and to show one.
namespace guiTest {

// Settings of the test's own, emptied: every run starts as a first start,
// and never reads or writes a user's.
inline void startWithEmptySettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SamordnaTest"));
    QApplication::setApplicationName(testName);
    QSettings().clear();
}

// Shows `window` at a laptop's 1366×768 as the active window, so the keys a
// test types reach it; false when it never becomes active.
inline bool showActive(QWidget *window)
{
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// The child of `window` called `name`; a missing one is named in a warning,
// so a failing test says which widget it did not find.
template<typename T>
T *namedChild(const QObject *window, const QString &name)
{
    T *found = window->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace guiTest
