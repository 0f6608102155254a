// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QMenu;
class QWidget;

namespace samordna::ui::theme {

// How the program looks: the desktop's own style, a dark palette, or a
// high-contrast one (white on black, yellow selection) for low vision.
enum class Theme { System, Dark, HighContrast };

// The names used in the settings and by --theme: system, dark, high-contrast.
QString name(Theme theme);
std::optional<Theme> fromName(const QString &name);

// The theme asked for: `requested` (e.g. --theme), else SAMORDNA_THEME, else
// the one chosen in the menu last time, else System.
Theme chosen(const QString &requested = {});

// The palette of a theme; System gives an empty one, which means the desktop's.
QPalette palette(Theme theme);

// Gives the whole application the theme at once, every open window included.
void apply(Theme theme);

// The Settings menu's "Appearance": one choice per theme; a choice is applied
// at once and kept for the next start.
QMenu *createMenu(QWidget *parent);

} // namespace samordna::ui::theme
