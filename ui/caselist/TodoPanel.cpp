// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/TodoPanel.h"

#include "caselist/ColumnFitter.h"
#include "caselist/TodoFilterProxyModel.h"
#include "caselist/TodoModel.h"
#include "util/Clock.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

TodoPanel::TodoPanel(CaseService *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new TodoModel(store, this))
    , m_proxy(new TodoFilterProxyModel(m_model, this))
    , m_view(new QTableView(this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(u"todoPanel"_s);
    m_view->setObjectName(u"todoView"_s);
    m_view->setAccessibleName(tr("Att göra: deadlines and missing steps"));
    m_summaryLabel->setObjectName(u"todoSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    m_view->setModel(m_proxy);
    // Tab leaves the list rather than walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TodoModel::DueColumn, Qt::AscendingOrder);
    // Widths from the font, so a long list is never measured row by row.
    // What is to be done takes the room left and elides (whole on hover);
    // the case beside it shows its id and the start of the name. A narrow
    // pane (a laptop) puts away the box and then the status, whose
    // overdue ones still show by their sign and colour in the date column.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    const auto fitted = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(width(sample), width(title) + 16);
    };
    int statusWidth = 0;
    for (const QString &status : {TodoModel::tr("Missing"), TodoModel::tr("To check"), TodoModel::tr("Week passed"),
                                  TodoModel::tr("Overdue"), TodoModel::tr("Not met")})
        statusWidth = std::max(statusWidth, fitted(TodoModel::StatusColumn, status));
    const int iconRoom = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    auto *fitter = new ColumnFitter(m_view, TodoModel::WhatColumn, width(u"Medicinskt u…"_s),
                                    {TodoModel::StageColumn, TodoModel::StatusColumn});
    fitter->setWidth(TodoModel::DueColumn, fitted(TodoModel::DueColumn, u"2026-11-22"_s) + iconRoom);
    fitter->setWidth(TodoModel::StatusColumn, statusWidth);
    fitter->setWidth(TodoModel::CaseColumn, width(u"S-000000  Maria A…"_s));
    fitter->setWidth(TodoModel::StageColumn, fitted(TodoModel::StageColumn, u"2a"_s));
    header->moveSection(header->visualIndex(TodoModel::StatusColumn), header->visualIndex(TodoModel::CaseColumn));
    header->setSectionsMovable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT caseActivated(index.data(TodoModel::CaseIdRole).toString()); });
    connect(m_model, &TodoModel::refined, this, &TodoPanel::updateSummary);
    connect(m_model, &TodoModel::readErrorChanged, this, &TodoPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TodoPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TodoPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TodoPanel::updateSummary);
}

void TodoPanel::rebuild()
{
    m_model->rebuild(Clock::today());
    updateSummary();
}

void TodoPanel::updateSummary()
{
    const QString text = tr("%1 things to do across all cases. Overdue ones are red.").arg(m_proxy->rowCount());
    QString shown = m_model->isRefined() ? text : text + u' ' + tr("(checking the cases…)");
    // A case that could not be read is named, not left out.
    if (!m_model->readError().isEmpty()) {
        const QStringList unreadable = m_model->unreadableCases();
        shown += u'\n'
            + (unreadable.isEmpty() ? tr("The list is incomplete: %1").arg(m_model->readError())
                                    : tr("Not checked, because they cannot be read: %1 (%2)")
                                          .arg(unreadable.join(u", "_s), m_model->readError()));
    }
    m_summaryLabel->setText(shown);
}

} // namespace samordna::ui
