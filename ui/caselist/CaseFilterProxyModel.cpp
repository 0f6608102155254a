// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/CaseFilterProxyModel.h"

#include "caselist/CaseListModel.h"
#include "util/SearchText.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace samordna::ui {

CaseFilterProxyModel::CaseFilterProxyModel(CaseListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    setSourceModel(source);
    setSortRole(CaseListModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // A row that changed may now match where it did not, or sort elsewhere.
    const auto forget = [this] {
        m_accepted.clear();
        m_nameKeys.clear();
    };
    connect(source, &QAbstractItemModel::dataChanged, this, forget);
    connect(source, &QAbstractItemModel::rowsInserted, this, forget);
    connect(source, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(source, &QAbstractItemModel::rowsMoved, this, forget);
    connect(source, &QAbstractItemModel::modelReset, this, forget);
    connect(source, &QAbstractItemModel::layoutChanged, this, forget);
}

void CaseFilterProxyModel::setSearchText(const QString &text)
{
    const QString folded = foldForSearch(text.trimmed());
    if (folded == m_search)
        return;
    const QString previous = m_search;
    const bool previousDigits = m_searchDigits.size() >= 2;
    m_search = folded;
    m_searchDigits.clear();
    // "19900315-2387", "900315 2387" and "199003152387" are the same number.
    bool numeric = !m_search.isEmpty();
    for (const QChar c : std::as_const(m_search)) {
        if (c.isDigit())
            m_searchDigits += c;
        else if (c != u'-' && c != u'+' && c != u' ')
            numeric = false;
    }
    if (!numeric)
        m_searchDigits.clear();
    // A name or id containing the longer text contains the shorter one, and
    // digits starting with the longer prefix start with the shorter one; the
    // digit match starts at two digits, so crossing that is no narrowing.
    applyFilter(!previous.isEmpty() && m_search.startsWith(previous) && previousDigits == (m_searchDigits.size() >= 2));
}

void CaseFilterProxyModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    applyFilter();
}

void CaseFilterProxyModel::setDistrictFilter(const QString &district)
{
    if (district == m_district)
        return;
    m_district = district;
    applyFilter();
}

void CaseFilterProxyModel::setOpennessFilter(Openness openness)
{
    if (openness == m_openness)
        return;
    m_openness = openness;
    applyFilter();
}

void CaseFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Id order is the order the rows are fetched in; any other needs them all.
    if (column >= 0 && !(column == CaseListModel::IdColumn && order == Qt::AscendingOrder))
        m_source->fetchAll();
    QSortFilterProxyModel::sort(column, order);
}

bool CaseFilterProxyModel::isFiltering() const
{
    return !m_search.isEmpty() || m_stage.has_value() || !m_district.isEmpty() || m_openness != Openness::All;
}

void CaseFilterProxyModel::applyFilter(bool narrowing)
{
    if (isFiltering())
        m_source->fetchAll();
    const int rows = m_source->rowCount();
    m_narrowing = narrowing && m_accepted.size() == rows;
    m_passAccepted = QBitArray(rows);
    m_inPass = true;
    // One layout change and a fresh mapping: invalidating only the rows
    // filter made the proxy remove and insert every run of changed rows on
    // its own, thousands of signals for one keystroke over 100,000 cases.
    invalidate();
    rowCount(); // the mapping is made now, while this pass's answers are kept
    m_inPass = false;
    m_narrowing = false;
    m_accepted = m_passAccepted;
    m_passAccepted = QBitArray();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_inPass || sourceRow >= m_passAccepted.size())
        return matches(sourceRow);
    const bool accepted = (!m_narrowing || m_accepted.testBit(sourceRow)) && matches(sourceRow);
    m_passAccepted.setBit(sourceRow, accepted);
    return accepted;
}

bool CaseFilterProxyModel::matches(int sourceRow) const
{
    const CaseListModel::Row &row = m_source->rowAt(sourceRow);
    const CaseSummary &summary = row.summary;
    if (m_stage && summary.stage != *m_stage)
        return false;
    if (!m_district.isEmpty() && summary.district != m_district)
        return false;
    if (m_openness != Openness::All && summary.closed != (m_openness == Openness::Closed))
        return false;
    if (m_search.isEmpty())
        return true;
    if (!m_searchDigits.isEmpty() && m_searchDigits.size() >= 2) {
        // The ten-digit form is the twelve without the century. While the
        // list is masked only the birth date is searched: matching the four
        // hidden digits would tell them, with no reveal on record.
        const QStringView digits = m_source->isRevealed() ? QStringView(row.digits) : QStringView(row.digits).left(8);
        if (digits.startsWith(m_searchDigits)
            || digits.mid(qMin(qsizetype(2), digits.size())).startsWith(m_searchDigits))
            return true;
    }
    // The search and the key are folded already: a plain comparison.
    return row.searchKey.contains(m_search);
}

const QCollatorSortKey &CaseFilterProxyModel::nameKey(int sourceRow) const
{
    if (m_nameKeys.size() != m_source->rowCount()) {
        m_nameKeys.clear();
        m_nameKeys.reserve(m_source->rowCount());
        for (int row = 0; row < m_source->rowCount(); ++row)
            m_nameKeys.append(m_collator.sortKey(m_source->rowAt(row).summary.name));
    }
    return m_nameKeys.at(sourceRow);
}

bool CaseFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The common columns straight from the rows: going through data() made
    // a QVariant (and for names a folded copy) for each side of each of the
    // ~1.7 million comparisons a sort of 100,000 rows takes.
    const CaseListModel::Row &l = m_source->rowAt(left.row());
    const CaseListModel::Row &r = m_source->rowAt(right.row());
    switch (left.column()) {
    case CaseListModel::NameColumn:
        if (const int order = nameKey(left.row()).compare(nameKey(right.row())); order != 0)
            return order < 0;
        return l.summary.id < r.summary.id;
    case CaseListModel::PersonnummerColumn:
        if (const int order = QString::compare(l.digits, r.digits); order != 0)
            return order < 0;
        return l.summary.id < r.summary.id;
    case CaseListModel::IdColumn:
        return l.summary.id < r.summary.id;
    default:
        break;
    }
    const QVariant a = left.data(CaseListModel::SortRole);
    const QVariant b = right.data(CaseListModel::SortRole);
    // Cases without a date sort after those with one, whichever the direction is read.
    if (a.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
    } else if (a.typeId() == QMetaType::QDateTime) {
        const QDateTime da = a.toDateTime();
        const QDateTime db = b.toDateTime();
        if (da != db)
            return da < db;
    } else if (a.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int order = QString::compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    // Ties in id order, so the list does not jump between equal rows.
    return m_source->rowAt(left.row()).summary.id < m_source->rowAt(right.row()).summary.id;
}

} // namespace samordna::ui
