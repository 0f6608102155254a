// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/StatsReport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class FollowUpTableModel;

// "Uppföljning": how long each box takes and how cases end, for a period
// and a district, as charts with their figures in tables beside them. Only
// aggregates, suppressed in core so that nobody can be recognised; every
// report shown is audited with its period and district.
class FollowUpWindow : public QWidget
{
    Q_OBJECT

public:
    // The store must outlive the window. Shows the last twelve months.
    explicit FollowUpWindow(CaseService *store, QWidget *parent = nullptr);
    ~FollowUpWindow() override;

    CaseService *store() const { return m_store; }
    // The report on screen, if any.
    const std::optional<stats::StatsReport> &report() const { return m_report; }

    // Asks the store for the figures of the chosen period and district;
    // false (and says why) when they cannot be shown.
    bool showFigures();
    // The report as PDF at `path`; asks for a file when empty.
    bool savePdf(const QString &path = {});
    void printReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Preset { LastTwelveMonths, ThisYear, LastYear, ThisQuarter, LastQuarter, Chosen };
    void applyPreset(int preset);
    void onDateEdited();
    void updateCharts();
    QWidget *section(const QString &name, QChartView *chart, QTableView *table, FollowUpTableModel *model);

    CaseService *m_store;
    std::optional<stats::StatsReport> m_report;
    bool m_settingDates = false;

    QComboBox *m_periodCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QComboBox *m_districtCombo;
    QPushButton *m_showButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QLabel *m_summaryLabel;
    QChartView *m_durationChart;
    QChartView *m_flowChart;
    QChartView *m_outcomeChart;
    QChartView *m_methodChart;
    FollowUpTableModel *m_durationModel;
    FollowUpTableModel *m_flowModel;
    FollowUpTableModel *m_outcomeModel;
    FollowUpTableModel *m_methodModel;
};

// Opens the follow-up window for `store` (object name "followUpWindow"), or
// raises the one already open for it.
void openFollowUp(QWidget *parent, CaseService *store);

} // namespace samordna::ui
