// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/StateColors.h"

#include <QGuiApplication>

#include <cmath>

namespace samordna::ui {

namespace {

// The hue each state is known by; its lightness is fitted to the palette.
QColor hueOf(ColorState state)
{
    switch (state) {
    case ColorState::Overdue:
        return QColor(0xc0, 0x1c, 0x28);
    case ColorState::DueSoon:
        return QColor(0xb5, 0x6b, 0x00);
    case ColorState::Done:
        return QColor(0x26, 0x84, 0x3c);
    case ColorState::Error:
        return QColor(0xc0, 0x1c, 0x28);
    case ColorState::Warning:
        return QColor(0xb5, 0x6b, 0x00);
    case ColorState::Current:
        return QColor(0x1f, 0x4e, 0x9c);
    case ColorState::Passed:
        return QColor(0x26, 0x84, 0x3c);
    case ColorState::PossibleNext:
        return QColor(0x1f, 0x5f, 0xc8);
    case ColorState::Unavailable:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

} // namespace

StateColors::StateColors(const QPalette &palette)
    : m_palette(palette)
{
}

StateColors StateColors::fromApplication()
{
    return StateColors(QGuiApplication::palette());
}

double StateColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StateColors::readableOn(const QColor &wanted, const QList<QColor> &backgrounds) const
{
    // Keep the hue, move the lightness away from the backgrounds until the
    // text stands out on each: darker on a light base, lighter on a dark one.
    const auto weakest = [&backgrounds](const QColor &colour) {
        double ratio = 21;
        for (const QColor &background : backgrounds)
            ratio = std::min(ratio, contrast(colour, background));
        return ratio;
    };
    const QColor &first = backgrounds.constFirst();
    const bool darken = contrast(Qt::black, first) >= contrast(Qt::white, first);
    QColor colour = wanted.toHsl();
    float hue = 0, saturation = 0, lightness = 0;
    colour.getHslF(&hue, &saturation, &lightness);
    if (!darken)
        lightness = std::max(lightness, 0.6f);
    for (int step = 0; step < 100 && weakest(colour) < MinimumTextContrast; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.02f : 0.02f), 0.0f, 1.0f);
        colour = QColor::fromHslF(hue, saturation, lightness);
    }
    return colour.toRgb();
}

QList<QColor> StateColors::textBackgrounds() const
{
    // Lists alternate Base and AlternateBase; labels sit on Window.
    return {m_palette.color(QPalette::Base), m_palette.color(QPalette::AlternateBase),
            m_palette.color(QPalette::Window)};
}

QColor StateColors::tint(const QColor &hue, double amount) const
{
    return mix(m_palette.color(QPalette::Base), hue, amount);
}

QColor StateColors::text(ColorState state) const
{
    const QColor base = m_palette.color(QPalette::Base);
    if (state == ColorState::Unavailable)
        return readableOn(mix(m_palette.color(QPalette::Text), base, 0.45), textBackgrounds());
    if (state == ColorState::Current || state == ColorState::PossibleNext)
        return readableOn(m_palette.color(QPalette::Highlight), textBackgrounds());
    return readableOn(hueOf(state), textBackgrounds());
}

QColor StateColors::fill(ColorState state) const
{
    switch (state) {
    case ColorState::Current:
        // The selection colour, deep enough for its own text to stand out.
        return readableOn(m_palette.color(QPalette::Highlight), {m_palette.color(QPalette::HighlightedText)});
    case ColorState::PossibleNext:
        return tint(m_palette.color(QPalette::Highlight), 0.12);
    case ColorState::Unavailable:
        return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Window), 0.5).darker(104);
    default:
        return tint(hueOf(state), 0.16);
    }
}

QColor StateColors::textOn(ColorState state) const
{
    const QColor background = fill(state);
    if (state == ColorState::Current)
        return readableOn(m_palette.color(QPalette::HighlightedText), {background});
    if (state == ColorState::Unavailable)
        return readableOn(mix(m_palette.color(QPalette::Text), background, 0.4), {background});
    return readableOn(m_palette.color(QPalette::Text), {background});
}

QColor StateColors::border(ColorState state) const
{
    if (state == ColorState::Current)
        return text(ColorState::Current);
    if (state == ColorState::Unavailable)
        return mix(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.7);
    return text(state);
}

QColor StateColors::arrow() const
{
    return mix(m_palette.color(QPalette::Text), m_palette.color(QPalette::Window), 0.45);
}

} // namespace samordna::ui

namespace samordna::ui {

QString StateColors::styleSheet(const QString &selector, ColorState state, bool filled, const QString &extra) const
{
    QString declarations = filled
        ? QStringLiteral("color: %1; background: %2;").arg(textOn(state).name(), fill(state).name())
        : QStringLiteral("color: %1;").arg(text(state).name());
    if (!extra.isEmpty())
        declarations += u' ' + extra;
    return QStringLiteral("%1 { %2 }").arg(selector, declarations);
}

} // namespace samordna::ui
