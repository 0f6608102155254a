// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace samordna::ui {

// Scrolling a long page with the pointer over a dropdown, spin box or date
// field must never change an answer. One filter on the application turns
// such wheel events away from every one of these fields that does not have
// the keyboard focus (the page scrolls instead), and gives them
// Qt::StrongFocus so a wheel turn cannot give them the focus either.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Installs the guard on the running application, once; later calls do
    // nothing. Every window calls it, so tests that build one window get it.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace samordna::ui
