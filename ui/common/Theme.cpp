// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace samordna::ui::theme {

namespace {

const QString SettingsKey = u"ui/theme"_s;

struct ThemeMenu
{
    Q_DECLARE_TR_FUNCTIONS(ThemeMenu)
};

// Each theme once: its name in the settings and for --theme, and its choice
// in the menu.
struct ThemeChoice
{
    Theme theme;
    const char16_t *name;
    const char *label;
};

constexpr ThemeChoice Choices[] = {
    {Theme::System, u"system", QT_TRANSLATE_NOOP("ThemeMenu", "&Desktop's own")},
    {Theme::Dark, u"dark", QT_TRANSLATE_NOOP("ThemeMenu", "Dar&k")},
    {Theme::HighContrast, u"high-contrast", QT_TRANSLATE_NOOP("ThemeMenu", "&High contrast")},
};

// Text that cannot be used stays readable, dimmer than the rest.
void setDisabledText(QPalette &palette, const QColor &colour)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, colour);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x62, 0x9a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xbc, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    setDisabledText(p, QColor(0x90, 0x90, 0x90)); // about 4.5:1 on the dark base
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
                      QPalette::ToolTipText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    setDisabledText(p, QColor(0xb4, 0xb4, 0xb4)); // 9:1
    return p;
}

} // namespace

QString name(Theme theme)
{
    for (const ThemeChoice &choice : Choices) {
        if (choice.theme == theme)
            return QString::fromUtf16(choice.name);
    }
    return u"system"_s;
}

std::optional<Theme> fromName(const QString &text)
{
    for (const ThemeChoice &choice : Choices) {
        if (text == QStringView(choice.name))
            return choice.theme;
    }
    return std::nullopt;
}

Theme chosen(const QString &requested)
{
    for (const QString &candidate :
         {requested, qEnvironmentVariable("SAMORDNA_THEME"), QSettings().value(SettingsKey).toString()}) {
        if (const auto theme = fromName(candidate))
            return *theme;
    }
    return Theme::System;
}

QPalette palette(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return darkPalette();
    case Theme::HighContrast:
        return highContrastPalette();
    case Theme::System:
        break;
    }
    return QPalette();
}

void apply(Theme theme)
{
    // The desktop's own style and palette (which may be its own high
    // contrast) are left alone until another theme is chosen.
    static const QString systemStyle = QApplication::style()->name();
    static bool changed = false;
    if (theme == Theme::System && !changed)
        return;
    changed = true;
    // Fusion draws every part from the palette, so a dark or high-contrast
    // palette reaches frames, check boxes and headers too. An empty palette
    // gives back the desktop's.
    QApplication::setStyle(QStyleFactory::create(theme == Theme::System ? systemStyle : u"Fusion"_s));
    QApplication::setPalette(palette(theme));
}

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(ThemeMenu::tr("&Appearance"), parent);
    menu->setObjectName(u"appearanceMenu"_s);
    auto *group = new QActionGroup(menu);
    const Theme current = chosen();
    for (const ThemeChoice &choice : Choices) {
        const Theme theme = choice.theme;
        QAction *action = menu->addAction(ThemeMenu::tr(choice.label));
        action->setObjectName(u"theme_"_s + name(theme));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [theme] {
            QSettings().setValue(SettingsKey, name(theme));
            apply(theme);
        });
    }
    return menu;
}

} // namespace samordna::ui::theme
