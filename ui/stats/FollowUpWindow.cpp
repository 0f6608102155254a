// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpWindow.h"

#include "FollowUpCharts.h"
#include "FollowUpDocument.h"
#include "FollowUpTableModel.h"
#include "common/MessageBox.h"
#include "rules/RuleData.h"
#include "service/CaseService.h"
#include "stats/Statistics.h"
#include "util/Clock.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

QChartView *newChartView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(FollowUpWindow::tr("A chart; its figures are in the table beside it."));
    return view;
}

QTableView *newTableView(const QString &objectName, const QString &accessibleName, FollowUpTableModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The whole table beside its chart, without scrolling.
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

// As tall as its header and every row, whatever a scroll area's size hint
// would allow: without scroll bars, a row cut off would be a figure lost.
void fitToRows(QTableView *view)
{
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(height);
}

} // namespace

FollowUpWindow::FollowUpWindow(CaseService *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_periodCombo(new QComboBox)
    , m_fromEdit(new QDateEdit)
    , m_toEdit(new QDateEdit)
    , m_districtCombo(new QComboBox)
    , m_showButton(new QPushButton(tr("&Show")))
    , m_printButton(new QPushButton(tr("&Print…")))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…")))
    , m_summaryLabel(new QLabel)
    , m_durationChart(newChartView(u"durationChart"_s, tr("Days per box, chart")))
    , m_flowChart(newChartView(u"flowChart"_s, tr("Cases entering each box by quarter, chart")))
    , m_outcomeChart(newChartView(u"outcomeChart"_s, tr("How cases ended, chart")))
    , m_methodChart(newChartView(u"methodChart"_s, tr("The method's time limits, chart")))
    , m_durationModel(new FollowUpTableModel(this))
    , m_flowModel(new FollowUpTableModel(this))
    , m_outcomeModel(new FollowUpTableModel(this))
    , m_methodModel(new FollowUpTableModel(this))
{
    setObjectName(u"followUpWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Follow-up"));

    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->addItems({tr("Last 12 months"), tr("This year"), tr("Last year"), tr("This quarter"),
                             tr("Last quarter"), tr("Chosen period")});
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    m_districtCombo->setObjectName(u"districtCombo"_s);
    m_districtCombo->addItem(tr("All districts"), QString());
    for (const QString &district : RuleData::standard().districtNames())
        m_districtCombo->addItem(district, district);
    m_showButton->setObjectName(u"showFiguresButton"_s);
    m_showButton->setDefault(true);
    m_printButton->setObjectName(u"printReportButton"_s);
    m_pdfButton->setObjectName(u"savePdfButton"_s);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
    };
    labelled(tr("P&eriod:"), m_periodCombo);
    labelled(tr("&From:"), m_fromEdit);
    labelled(tr("&To:"), m_toEdit);
    labelled(tr("Dist&rict:"), m_districtCombo);
    controls->addWidget(m_showButton);
    controls->addStretch();
    controls->addWidget(m_printButton);
    controls->addWidget(m_pdfButton);

    auto *note = new QLabel(FollowUpTables::suppressionNote());
    note->setObjectName(u"suppressionNote"_s);
    note->setWordWrap(true);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    sections->addWidget(section(u"durationSection"_s, m_durationChart,
                                newTableView(u"durationTable"_s, tr("Days per box, table"), m_durationModel),
                                m_durationModel));
    sections->addWidget(section(
        u"flowSection"_s, m_flowChart,
        newTableView(u"flowTable"_s, tr("Cases entering each box by quarter, table"), m_flowModel), m_flowModel));
    sections->addWidget(section(u"outcomeSection"_s, m_outcomeChart,
                                newTableView(u"outcomeTable"_s, tr("How cases ended, table"), m_outcomeModel),
                                m_outcomeModel));
    sections->addWidget(section(u"methodSection"_s, m_methodChart,
                                newTableView(u"methodTable"_s, tr("The method's time limits, table"), m_methodModel),
                                m_methodModel));
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"followUpScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);

    connect(m_periodCombo, &QComboBox::activated, this, &FollowUpWindow::applyPreset);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &FollowUpWindow::onDateEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &FollowUpWindow::onDateEdited);
    connect(m_showButton, &QPushButton::clicked, this, &FollowUpWindow::showFigures);
    connect(m_printButton, &QPushButton::clicked, this, &FollowUpWindow::printReport);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { savePdf(); });

    applyPreset(LastTwelveMonths);
    resize(1200, 760);
    showFigures();
}

FollowUpWindow::~FollowUpWindow() = default;

QWidget *FollowUpWindow::section(const QString &name, QChartView *chart, QTableView *table, FollowUpTableModel *model)
{
    auto *box = new QGroupBox;
    box->setObjectName(name);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(chart, 1);
    layout->addWidget(table, 0, Qt::AlignTop);
    // The section's title follows its table's, set with the figures.
    connect(model, &QAbstractItemModel::modelReset, box, [box, model, table] {
        box->setTitle(model->table().title);
        fitToRows(table);
    });
    return box;
}

void FollowUpWindow::applyPreset(int preset)
{
    const QDate today = Clock::today();
    QDate from;
    QDate to = today;
    switch (preset) {
    case LastTwelveMonths:
        from = today.addYears(-1).addDays(1);
        break;
    // "This year" and "this quarter" name the calendar's, to their last
    // day, as "last year" and "last quarter" do; only "the last 12 months"
    // ends today.
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case ThisQuarter:
        from = quarterStart(today);
        to = from.addMonths(3).addDays(-1);
        break;
    case LastQuarter:
        from = quarterStart(today).addMonths(-3);
        to = quarterStart(today).addDays(-1);
        break;
    default:
        return; // a chosen period keeps its dates
    }
    m_settingDates = true;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_settingDates = false;
    m_periodCombo->setCurrentIndex(preset);
}

void FollowUpWindow::onDateEdited()
{
    if (!m_settingDates)
        m_periodCombo->setCurrentIndex(Chosen);
}

bool FollowUpWindow::showFigures()
{
    const stats::StatsRequest request{m_fromEdit->date(), m_toEdit->date(), m_districtCombo->currentData().toString()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const stats::StatsOutcome outcome = stats::openReport(*m_store, request, Clock::today());
    QApplication::restoreOverrideCursor();
    if (!outcome.report) {
        MessageBox::warning(this, tr("Follow-up"), tr("The figures cannot be shown: %1").arg(outcome.error));
        return false;
    }
    m_report = outcome.report;
    m_summaryLabel->setText(tr("%1: %2 cases in the process during the period.")
                                .arg(FollowUpDocument::periodText(*m_report),
                                     FollowUpTables::count(m_report->count(stats::keys::cases())).text));
    m_durationModel->setTable(FollowUpTables::durations(*m_report));
    m_flowModel->setTable(FollowUpTables::flow(*m_report));
    m_outcomeModel->setTable(FollowUpTables::outcomes(*m_report));
    m_methodModel->setTable(FollowUpTables::method(*m_report));
    updateCharts();
    m_printButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    return true;
}

void FollowUpWindow::updateCharts()
{
    if (!m_report)
        return;
    const QPalette colors = palette();
    // A chart view owns its chart and deletes the one it replaces.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_durationChart, FollowUpCharts::durations(*m_report, colors));
    replace(m_flowChart, FollowUpCharts::flow(*m_report, colors));
    replace(m_outcomeChart, FollowUpCharts::outcomes(*m_report, colors));
    replace(m_methodChart, FollowUpCharts::method(*m_report, colors));
}

void FollowUpWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateCharts();
}

bool FollowUpWindow::savePdf(const QString &path)
{
    if (!m_report)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = tr("follow-up-%1-%2.pdf")
                                 .arg(m_report->from.toString(u"yyyyMMdd"_s), m_report->to.toString(u"yyyyMMdd"_s));
        target = QFileDialog::getSaveFileName(this, tr("Save the follow-up as PDF"), QDir(folder).filePath(name),
                                              tr("PDF (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QString error;
    if (!FollowUpDocument::writePdf(*m_report, target, &error)) {
        MessageBox::warning(this, tr("Follow-up"),
                            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(target), error));
        return false;
    }
    return true;
}

void FollowUpWindow::printReport()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the follow-up"));
    if (dialog.exec() == QDialog::Accepted)
        FollowUpDocument::print(*m_report, &printer);
}

void openFollowUp(QWidget *parent, CaseService *store)
{
    // One window per store: each report shown is an audited opening.
    FollowUpWindow *window = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *candidate = qobject_cast<FollowUpWindow *>(widget);
        if (candidate && candidate->store() == store)
            window = candidate;
    }
    if (!window)
        window = new FollowUpWindow(store, parent);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace samordna::ui
