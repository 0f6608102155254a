// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpCharts.h"

#include "FollowUpTables.h"
#include "common/StateColors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

using namespace samordna::stats;

namespace {

QChart *newChart(bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// One colour per box, the same in every chart and theme: Okabe and Ito's
// colour-blind-safe set (grey for 2b, brown in place of a yellow that would
// vanish on white), each dark enough for a light background and light
// enough for a dark one.
QColor boxColor(Stage stage)
{
    switch (stage) {
    case Stage::Ruta1:
        return QColor(0x00, 0x72, 0xb2);
    case Stage::Ruta2a:
        return QColor(0x56, 0xb4, 0xe9);
    case Stage::Ruta2b:
        return QColor(0x99, 0x99, 0x99);
    case Stage::Ruta3:
        return QColor(0x00, 0x9e, 0x73);
    case Stage::Ruta4:
        return QColor(0xe6, 0x9f, 0x00);
    case Stage::Ruta5:
        return QColor(0xd5, 0x5e, 0x00);
    case Stage::Ruta6a:
        return QColor(0xcc, 0x79, 0xa7);
    case Stage::Ruta6b:
        return QColor(0x8c, 0x56, 0x4b);
    }
    return Qt::gray;
}

// What a chart may draw of a count: only a count that is shown.
qreal drawn(const ShownCount &count)
{
    return count.isShown() ? qreal(count.value) : 0;
}

QValueAxis *countAxis(qreal highest, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(u"%d"_s);
    axis->setRange(0, qMax<qreal>(5, highest));
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *categories, QAbstractAxis *values,
            Qt::Alignment categoryAlignment = Qt::AlignBottom)
{
    chart->addSeries(series);
    chart->addAxis(categories, categoryAlignment);
    chart->addAxis(values, categoryAlignment == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace

bool FollowUpCharts::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart *FollowUpCharts::durations(const StatsReport &report, const QPalette &palette)
{
    QChart *chart = newChart(isDark(palette));
    auto *series = new QBoxPlotSeries;
    series->setName(tr("25th to 75th percentile, line at the median"));
    QStringList labels;
    qreal highest = 0;
    const auto add = [&](const QString &key, const QString &label, const QColor &color) {
        const auto p25 = report.daysOf(keys::p25(key));
        const auto median = report.daysOf(keys::median(key));
        const auto p75 = report.daysOf(keys::p75(key));
        if (!p25 || !median || !p75)
            return;
        // No whiskers: the extremes would be single persons' stays.
        auto *set = new QBoxSet(*p25, *p25, *median, *p75, *p75, label);
        set->setBrush(color);
        series->append(set);
        labels << label;
        highest = qMax(highest, *p75);
    };
    for (Stage stage : {Stage::Ruta1, Stage::Ruta2a, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5})
        add(keys::boxDurations(stage), FollowUpTables::boxName(stage), boxColor(stage));
    // End to end, short enough to fit under a box, in the colour of the box
    // each span ends in; the table beside names them in full.
    add(keys::ruta1ToRuta3(), tr("1 → 3"), boxColor(Stage::Ruta3));
    add(keys::ruta3ToRuta6(), tr("3 → 6a/6b"), boxColor(Stage::Ruta6b));
    auto *categories = new QBarCategoryAxis;
    categories->setTitleText(labels.isEmpty() ? tr("No box has 5 stays or more") : QString());
    categories->append(labels);
    auto *values = countAxis(highest, tr("Days"));
    attach(chart, series, categories, values);
    return chart;
}

QChart *FollowUpCharts::flow(const StatsReport &report, const QPalette &palette)
{
    QChart *chart = newChart(isDark(palette));
    auto *series = new QStackedBarSeries;
    QList<qreal> totals(report.quarters.size(), 0);
    for (Stage stage : allStages()) {
        auto *set = new QBarSet(FollowUpTables::boxName(stage));
        set->setColor(boxColor(stage));
        set->setBorderColor(boxColor(stage));
        for (qsizetype i = 0; i < report.quarters.size(); ++i) {
            const qreal value = drawn(report.count(keys::flow(report.quarters.at(i), stage)));
            *set << value;
            totals[i] += value;
        }
        series->append(set);
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(report.quarters);
    const qreal highest = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    attach(chart, series, categories, countAxis(highest, tr("Cases")));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *FollowUpCharts::outcomes(const StatsReport &report, const QPalette &palette)
{
    QChart *chart = newChart(isDark(palette));
    auto *series = new QBarSeries;
    qreal highest = 0;
    // A set per box, in the box's colour, side by side.
    for (Stage stage : outcomeStages()) {
        auto *set = new QBarSet(FollowUpTables::boxName(stage));
        const qreal value = drawn(report.count(keys::outcome(stage)));
        *set << value;
        set->setColor(boxColor(stage));
        set->setBorderColor(boxColor(stage));
        // Above the bar, on the chart's background: the palette's text.
        set->setLabelColor(palette.color(QPalette::WindowText));
        series->append(set);
        highest = qMax(highest, value);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *categories = new QBarCategoryAxis;
    categories->append(tr("Cases ending in the period"));
    attach(chart, series, categories, countAxis(highest * 1.15, tr("Cases")));
    return chart;
}

QChart *FollowUpCharts::method(const StatsReport &report, const QPalette &palette)
{
    QChart *chart = newChart(isDark(palette));
    auto *series = new QHorizontalStackedBarSeries;
    auto *within = new QBarSet(tr("Within the limit"));
    auto *outside = new QBarSet(tr("Outside it"));
    const StateColors colors(palette);
    within->setColor(colors.text(ColorState::Done));
    within->setBorderColor(colors.text(ColorState::Done));
    outside->setColor(colors.text(ColorState::Overdue));
    outside->setBorderColor(colors.text(ColorState::Overdue));
    *within << drawn(report.count(keys::invitationMet())) << drawn(report.count(keys::fkContactMet()));
    *outside << drawn(report.count(keys::invitationNotMet())) << drawn(report.count(keys::fkContactOverdue()));
    series->append(within);
    series->append(outside);
    auto *categories = new QBarCategoryAxis;
    categories->append({tr("Invitation 2 weeks ahead"), tr("FK's contact within a week")});
    const qreal highest = qMax(within->at(0) + outside->at(0), within->at(1) + outside->at(1));
    attach(chart, series, categories, countAxis(highest, tr("Count")), Qt::AlignLeft);
    return chart;
}

} // namespace samordna::ui
