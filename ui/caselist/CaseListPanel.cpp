// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/CaseListPanel.h"

#include "caselist/CaseFilterProxyModel.h"
#include "caselist/CaseListModel.h"
#include "caselist/ColumnFitter.h"
#include "common/MessageBox.h"
#include "rules/RuleData.h"
#include "service/CaseService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

CaseListPanel::CaseListPanel(CaseService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CaseListModel(store, this))
    , m_proxy(new CaseFilterProxyModel(m_model, this))
    , m_searchEdit(new QLineEdit(this))
    , m_stageCombo(new QComboBox(this))
    , m_districtCombo(new QComboBox(this))
    , m_revealCheck(new QCheckBox(tr("Show full personnummer"), this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"caseListPanel"_s);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search name, personnummer or case"));
    m_searchEdit->setAccessibleName(tr("Search cases"));
    m_searchEdit->setClearButtonEnabled(true);
    m_stageCombo->setObjectName(u"stageFilterCombo"_s);
    m_stageCombo->setToolTip(tr("Show the cases in one box"));
    m_districtCombo->setObjectName(u"districtFilterCombo"_s);
    m_districtCombo->setToolTip(tr("Show the cases of one district"));
    m_revealCheck->setObjectName(u"revealPersonalCheck"_s);
    m_revealCheck->setToolTip(tr("Shows the last four digits. Each time is written to the audit log."));
    m_table->setObjectName(u"caseTable"_s);
    m_table->setAccessibleName(tr("Cases"));
    m_countLabel->setObjectName(u"caseCountLabel"_s);
    m_readErrorLabel->setObjectName(u"caseListReadError"_s);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stageCombo->addItem(tr("All boxes"), -1);
    for (Stage stage : allStages())
        m_stageCombo->addItem(tr("Box %1 – %2").arg(stageNumber(stage), stageTitle(stage)), int(stage));
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stageCombo->setMinimumContentsLength(16);
    // Open cases first: a closed case (2b, 6a, 6b not kept open) is looked up, not worked on.
    m_opennessCombo = new QComboBox(this);
    m_opennessCombo->setObjectName(u"opennessFilterCombo"_s);
    m_opennessCombo->setAccessibleName(tr("Open or closed cases"));
    m_opennessCombo->setToolTip(tr("Open cases, closed cases (box 2b, 6a, or 6b not kept open), or all"));
    m_opennessCombo->addItem(tr("Open cases"), int(CaseFilterProxyModel::Openness::Open));
    m_opennessCombo->addItem(tr("Closed cases"), int(CaseFilterProxyModel::Openness::Closed));
    m_opennessCombo->addItem(tr("All cases"), int(CaseFilterProxyModel::Openness::All));
    m_proxy->setOpennessFilter(CaseFilterProxyModel::Openness::Open);
    m_districtCombo->addItem(tr("All districts"), QString());
    for (const QString &name : RuleData::standard().districtNames())
        m_districtCombo->addItem(name, name);

    m_table->setModel(m_proxy);
    // Tab leaves the list rather than walking its cells.
    m_table->setTabKeyNavigation(false);
    m_searchEdit->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::IdColumn, Qt::AscendingOrder);
    // Widths from the font, not from the rows: measuring 100,000 rows would
    // stall. The name takes what is left and elides; the box shows its number
    // and the start of its title (the whole title is its tooltip). On a
    // narrow screen the last change, the district, the personnummer and then
    // the case id make way, so the list never scrolls sideways.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const auto fitted = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(width(sample), width(title) + 8);
    };
    m_fitter = new ColumnFitter(m_table, CaseListModel::NameColumn, width(u"Mohammed G…"_s),
                                {CaseListModel::UpdatedColumn, CaseListModel::DistrictColumn,
                                 CaseListModel::PersonnummerColumn, CaseListModel::IdColumn});
    m_fitter->setWidth(CaseListModel::IdColumn, fitted(CaseListModel::IdColumn, u"S-0000000"_s));
    m_fitter->setWidth(CaseListModel::PersonnummerColumn,
                       fitted(CaseListModel::PersonnummerColumn, u"19900315-XXXX"_s));
    m_fitter->setWidth(CaseListModel::DistrictColumn, fitted(CaseListModel::DistrictColumn, u"Innerstaden"_s));
    m_fitter->setWidth(CaseListModel::StageColumn, fitted(CaseListModel::StageColumn, u"2a – Comp…"_s));
    m_fitter->setWidth(CaseListModel::NextDueColumn, width(u"2026-11-22"_s) + 16); // a long title elides
    m_fitter->setWidth(CaseListModel::UpdatedColumn, fitted(CaseListModel::UpdatedColumn, u"2026-11-22 14:00"_s));
    // Box and deadline are what a narrow list should still show: the district
    // moves behind them on screen; the model keeps the documented order.
    header->moveSection(header->visualIndex(CaseListModel::DistrictColumn),
                        header->visualIndex(CaseListModel::NextDueColumn));
    header->setSectionsMovable(false);

    // A search that finds nothing because a box or district is chosen says so.
    m_filterNotice = new QLabel(this);
    m_filterNotice->setObjectName(u"filterNoticeLabel"_s);
    m_filterNotice->setWordWrap(true);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(u"clearFiltersButton"_s);
    m_clearFilters->setText(tr("Show all"));
    m_clearFilters->setToolTip(tr("Show every case, open and closed, in every box and district"));
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        m_opennessCombo->setCurrentIndex(2);
        m_stageCombo->setCurrentIndex(0);
        m_districtCombo->setCurrentIndex(0);
    });
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_filterNotice, 1);
    notice->addWidget(m_clearFilters);

    // Two rows, so a laptop's narrow list shows each filter's words whole.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_opennessCombo, 1);
    filters->addWidget(m_districtCombo, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_countLabel, 1);
    footer->addWidget(m_revealCheck);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_searchEdit);
    layout->addLayout(notice);
    layout->addLayout(filters);
    layout->addWidget(m_stageCombo);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_readErrorLabel);
    layout->addLayout(footer);

    setTabOrder(m_searchEdit, m_opennessCombo);
    setTabOrder(m_opennessCombo, m_districtCombo);
    setTabOrder(m_districtCombo, m_stageCombo);
    setTabOrder(m_stageCombo, m_table);
    setTabOrder(m_table, m_revealCheck);

    // Typing stays smooth with many cases: filter once the typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPanel::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_stageCombo->currentData().toInt();
        m_proxy->setStageFilter(value < 0 ? std::nullopt : std::optional<Stage>(static_cast<Stage>(value)));
        updateCountLabel();
    });
    connect(m_opennessCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOpennessFilter(static_cast<CaseFilterProxyModel::Openness>(m_opennessCombo->currentData().toInt()));
        updateCountLabel();
    });
    connect(m_districtCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setDistrictFilter(m_districtCombo->currentData().toString());
        updateCountLabel();
    });
    connect(m_revealCheck, &QCheckBox::toggled, this, &CaseListPanel::onRevealToggled);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT caseActivated(index.data(CaseListModel::CaseIdRole).toString());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CaseListPanel::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaseListPanel::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseListPanel::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseListPanel::updateCountLabel);
    connect(m_model, &CaseListModel::readErrorChanged, this, &CaseListPanel::showReadError);
    // Later, not inside the fetch that found the new cases.
    connect(m_model, &CaseListModel::revealEnded, this, &CaseListPanel::endReveal, Qt::QueuedConnection);
    updateCountLabel();
    showReadError(m_model->readError());
}

int CaseListPanel::widthShowingAllColumns() const
{
    const QMargins margins = layout()->contentsMargins();
    return m_fitter->widthOfAll() + 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right();
}

void CaseListPanel::showReadError(const QString &error)
{
    const int rows = m_model->rowCount();
    m_readErrorLabel->setText(
        rows == 0 ? tr("The cases cannot be listed: %1").arg(error)
                  : tr("The list is incomplete: only %n case(s) could be read. %1", nullptr, rows).arg(error));
    m_readErrorLabel->setVisible(!error.isEmpty());
    updateCountLabel();
}

bool CaseListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            enterResults();
            return true;
        }
        // Enter opens the one case the search found.
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            applySearch();
            if (m_proxy->rowCount() == 1) {
                enterResults();
                Q_EMIT caseActivated(m_proxy->index(0, 0).data(CaseListModel::CaseIdRole).toString());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPanel::enterResults()
{
    // What was typed counts now, not after the typing pause.
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        applySearch();
    }
    if (m_proxy->rowCount() == 0)
        return;
    m_table->setFocus(Qt::TabFocusReason);
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, CaseListModel::IdColumn));
    m_table->selectionModel()->select(m_table->currentIndex(),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CaseListPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CaseListPanel::selectCase(const QString &id)
{
    const int row = m_model->rowOfCase(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // A case the filters hide: no other row may look like the open one.
        m_table->selectionModel()->clear();
        return;
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CaseListPanel::applySearch()
{
    m_proxy->setSearchText(m_searchEdit->text());
    updateCountLabel();
}

void CaseListPanel::onRevealToggled(bool checked)
{
    if (checked) {
        // Showing full numbers is a deliberate act that leaves a trace.
        const auto answer = MessageBox::question(
            this, tr("Show full personnummer"),
            tr("Show the full personnummer of every case in the list? Make sure no one else can see the screen. "
               "Each case's audit log records it."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_revealCheck);
            m_revealCheck->setChecked(false);
            return;
        }
    }
    // Each case shown is on record (the model writes it) before its number is.
    if (const WriteResult audited = m_model->setRevealed(checked); !audited.ok())
        endReveal(audited.message);
}

void CaseListPanel::endReveal(const QString &reason)
{
    const QSignalBlocker blocker(m_revealCheck);
    m_revealCheck->setChecked(false);
    MessageBox::warning(this, tr("Show full personnummer"), tr("The personnummer stay hidden: %1").arg(reason));
}

void CaseListPanel::updateCountLabel()
{
    const int total = m_model->totalCount();
    const int shown = m_proxy->rowCount();
    const bool filtered = !m_proxy->searchText().isEmpty() || m_stageCombo->currentIndex() > 0
        || m_districtCombo->currentIndex() > 0 || m_opennessCombo->currentIndex() != 2;
    QStringList chosen;
    if (m_opennessCombo->currentIndex() != 2)
        chosen << m_opennessCombo->currentText().toLower();
    if (m_stageCombo->currentIndex() > 0)
        chosen << m_stageCombo->currentText();
    if (m_districtCombo->currentIndex() > 0)
        chosen << m_districtCombo->currentText();
    m_filterNotice->setText(
        chosen.isEmpty() ? QString() : tr("Filter: %1. Cases outside it are hidden.").arg(chosen.join(u", "_s)));
    m_filterNotice->setVisible(!chosen.isEmpty());
    m_clearFilters->setVisible(!chosen.isEmpty());
    // Swedish and English both tell one from many, so a separate text for
    // one case is all the plural handling needed.
    if (filtered)
        m_countLabel->setText(total == 1 ? tr("%1 of 1 case").arg(shown) : tr("%1 of %2 cases").arg(shown).arg(total));
    else
        m_countLabel->setText(total == 1 ? tr("1 case") : tr("%1 cases").arg(total));
}

} // namespace samordna::ui
