// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace samordna::ui {

// The states the program marks with colour, each named once.
enum class ColorState {
    Overdue,      // a deadline has passed, or was not kept
    DueSoon,      // a deadline is near, or something still waits
    Done,         // met, ready
    Error,        // input that cannot be taken as it is
    Warning,      // something to notice before going on
    Current,      // the box a case is in
    Passed,       // a box the case has been through
    PossibleNext, // a box the case may move to now
    Unavailable,  // a box or line that does not count now
};

// The colour of every state, derived from a palette so that a light theme, a
// dark one and a high-contrast one all stay readable: text colours keep a
// contrast of at least 4.5:1 against the palette's base, alternate base and
// window; fills are tints of the base that the palette's text stays readable
// on. Colour never carries a state alone; every view also says it in words
// or marks.
class StateColors
{
public:
    explicit StateColors(const QPalette &palette);
    // From the application's palette, for models that paint no widget.
    static StateColors fromApplication();

    // Text (or a line) in this state's colour on the palette's base.
    QColor text(ColorState state) const;
    // A box or row in this state; textOn() is readable on it.
    QColor fill(ColorState state) const;
    QColor textOn(ColorState state) const;
    QColor border(ColorState state) const;
    // The process map's arrows that cannot be taken now.
    QColor arrow() const;
    // A style sheet giving `selector` (e.g. "QLabel") this state's text
    // colour, and with `filled` its fill too; `extra` adds declarations.
    QString styleSheet(const QString &selector, ColorState state, bool filled, const QString &extra = {}) const;

    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

    static constexpr double MinimumTextContrast = 4.5;

private:
    QColor readableOn(const QColor &wanted, const QList<QColor> &backgrounds) const;
    QList<QColor> textBackgrounds() const;
    QColor tint(const QColor &hue, double amount) const;

    QPalette m_palette;
};

} // namespace samordna::ui
