// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/CaseListModel.h"

#include "common/StateColors.h"
#include "domain/Personnummer.h"
#include "rules/Assessment.h"
#include "util/Clock.h"
#include "util/SearchText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

CaseListModel::CaseListModel(CaseService *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &CaseService::caseChanged, this, [this](const QString &id) { refreshCase(id); });
        connect(m_store, &CaseService::casesAdded, this, [this](const QStringList &ids) {
            if (ids.size() == 1)
                refreshCase(ids.constFirst());
            else
                reload();
        });
    }
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CaseSummary &summary = row.summary;
    if (role == CaseIdRole)
        return summary.id;

    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return summary.id;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return summary.name;
        if (role == SortRole)
            return row.searchKey;
        break;
    case PersonnummerColumn:
        if (role == Qt::DisplayRole)
            return (m_revealed && m_revealAudited.contains(summary.id)) || row.masked.isEmpty() ? summary.personnummer
                                                                                                : row.masked;
        if (role == SortRole)
            return row.digits;
        break;
    case DistrictColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return summary.district;
        break;
    case StageColumn:
        if (role == Qt::DisplayRole)
            return QString(stageNumber(summary.stage) + u" – "_s + stageTitle(summary.stage));
        if (role == SortRole)
            return int(summary.stage);
        if (role == Qt::ToolTipRole)
            return stageTitle(summary.stage);
        break;
    case NextDueColumn:
        // A closed case has nothing left to watch: no deadline, nothing in red.
        if (summary.closed)
            return role == SortRole ? QVariant(QDate()) : QVariant();
        if (role == Qt::DisplayRole)
            return summary.nextDue.isValid() ? summary.nextDue.toString(Qt::ISODate) : QString();
        if (role == SortRole)
            return summary.nextDue;
        if (role == Qt::ToolTipRole && summary.nextDue.isValid())
            return summary.nextDueKind ? deadlineTitle(*summary.nextDueKind) : QString();
        if (role == Qt::ForegroundRole && summary.nextDue.isValid() && summary.nextDue < Clock::today())
            return QBrush(StateColors::fromApplication().text(ColorState::Overdue));
        // Overdue is not told by colour alone: a warning sign beside the
        // date, and the word for a screen reader.
        if (summary.nextDue.isValid() && summary.nextDue < Clock::today()) {
            if (role == Qt::DecorationRole)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (role == Qt::AccessibleTextRole)
                return tr("%1, overdue").arg(summary.nextDue.toString(Qt::ISODate));
        }
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return summary.updated.isValid() ? QLocale().toString(summary.updated.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                                             : QString();
        if (role == SortRole)
            return summary.updated;
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case NameColumn:
        return tr("Name");
    case PersonnummerColumn:
        return tr("Personnummer");
    case DistrictColumn:
        return tr("District");
    case StageColumn:
        return tr("Box");
    case NextDueColumn:
        return tr("Next deadline");
    case UpdatedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    // Views and testers may ask again from inside an insertion.
    return !parent.isValid() && !m_inserting && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    append(m_store->summariesAfter(lastId(), BatchSize));
}

void CaseListModel::fetchAll()
{
    if (m_inserting || m_rows.size() >= m_total)
        return;
    append(m_store->summariesAfter(lastId(), m_total - int(m_rows.size())));
}

bool CaseListModel::isFullyFetched() const
{
    return m_rows.size() >= m_total;
}

int CaseListModel::totalCount() const
{
    return m_total;
}

int CaseListModel::rowOfCase(const QString &id) const
{
    // The rows come in the store's id order, so a binary search finds a
    // case without an index of 100,000 ids to build while the list loads.
    // SQLite orders by bytes and QString by UTF-16 units, which differ only
    // beyond the Basic Multilingual Plane: then the whole list is looked at.
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                        [](const Row &row, const QString &wanted) { return row.summary.id < wanted; });
    if (found != m_rows.cend() && found->summary.id == id)
        return int(found - m_rows.cbegin());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == id)
            return int(i);
    }
    return -1;
}

WriteResult CaseListModel::setRevealed(bool revealed)
{
    WriteResult result;
    result.status = WriteResult::Saved;
    if (m_revealed == revealed)
        return result;
    if (revealed) {
        QStringList ids;
        ids.reserve(m_rows.size());
        for (const Row &row : std::as_const(m_rows))
            ids << row.summary.id;
        if (m_store && !ids.isEmpty()) {
            result = m_store->auditListReveal(ids);
            if (!result.ok())
                return result;
        }
        m_revealAudited = QSet<QString>(ids.cbegin(), ids.cend());
    } else {
        m_revealAudited.clear();
    }
    m_revealed = revealed;
    emitPersonnummerChanged();
    return result;
}

bool CaseListModel::auditReveal(const QList<CaseSummary> &summaries)
{
    if (!m_revealed)
        return true;
    QStringList ids;
    for (const CaseSummary &summary : summaries) {
        if (!m_revealAudited.contains(summary.id))
            ids << summary.id;
    }
    if (ids.isEmpty())
        return true;
    const WriteResult audited = m_store->auditListReveal(ids);
    if (audited.ok()) {
        m_revealAudited.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        return true;
    }
    m_revealed = false;
    m_revealAudited.clear();
    emitPersonnummerChanged();
    Q_EMIT revealEnded(audited.message);
    return false;
}

void CaseListModel::emitPersonnummerChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PersonnummerColumn), index(rowCount() - 1, PersonnummerColumn), {Qt::DisplayRole});
}

void CaseListModel::refreshCase(const QString &id)
{
    const int row = rowOfCase(id);
    if (row < 0) {
        // A new case: ids grow, so it comes after the rows already fetched.
        const bool wasComplete = isFullyFetched();
        m_total = countCases();
        if (wasComplete) {
            fetchAll();
            // An id that sorts before the last row is not after it: start again.
            if (rowOfCase(id) < 0)
                reload();
        }
        return;
    }
    const auto fresh = m_store->summary(id);
    if (!fresh.ok()) {
        setReadError(fresh.error);
        return;
    }
    if (!fresh) {
        reload();
        return;
    }
    m_rows[row] = makeRow(*fresh);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CaseListModel::reload()
{
    const bool wasComplete = !m_rows.isEmpty() && isFullyFetched();
    beginResetModel();
    m_rows.clear();
    setReadError({});
    m_total = m_store ? countCases() : 0;
    endResetModel();
    if (!m_store)
        return;
    if (!m_readError.isEmpty()) {
        // The cases cannot be counted (a damaged page): show those that can
        // be read, up to the damage, under the reason.
        QList<CaseSummary> readable;
        m_store->forEachSummary([&readable](const CaseSummary &summary) { readable << summary; });
        m_total = int(readable.size());
        append(ReadResult<QList<CaseSummary>>::found(std::move(readable)));
        return;
    }
    if (wasComplete)
        fetchAll();
    else
        fetchMore({});
}

QString CaseListModel::lastId() const
{
    return m_rows.isEmpty() ? QString() : m_rows.constLast().summary.id;
}

CaseListModel::Row CaseListModel::makeRow(CaseSummary summary) const
{
    Row row{std::move(summary), {}, {}, {}};
    row.searchKey = foldForSearch(row.summary.name) + u'\n' + foldForSearch(row.summary.id);
    // The store's normalised form gives both at once; parsing every number
    // was a fifth of loading the list.
    const QString &normalized = row.summary.personnummerNormalized;
    if (normalized.size() == 13 && normalized.at(8) == u'-') {
        row.masked = normalized.left(8) + u"-XXXX"_s;
        row.digits = normalized.left(8) + normalized.right(4);
        return row;
    }
    // A number the store holds is valid; the birth date part is all the list shows.
    const auto parsed = Personnummer::parse(row.summary.personnummer, Clock::today());
    if (parsed) {
        row.masked = parsed.value->masked();
        row.digits = parsed.value->normalized().remove(u'-');
    } else {
        row.masked = u"XXXXXXXX-XXXX"_s;
        for (const QChar c : std::as_const(row.summary.personnummer)) {
            if (c.isDigit())
                row.digits += c;
        }
    }
    return row;
}

void CaseListModel::append(ReadResult<QList<CaseSummary>> result)
{
    if (!result) {
        // Stop here and say so; asking again would fail again.
        m_total = int(m_rows.size());
        setReadError(result.error);
        return;
    }
    QList<CaseSummary> &summaries = *result;
    if (summaries.isEmpty()) {
        // The store holds fewer than it said: stop asking.
        m_total = int(m_rows.size());
        return;
    }
    auditReveal(summaries);
    const int first = int(m_rows.size());
    const QScopedValueRollback inserting(m_inserting, true);
    beginInsertRows({}, first, first + int(summaries.size()) - 1);
    // Room for every row the store counted, taken once: reserving batch by
    // batch copied all the rows fetched so far on every batch.
    if (m_rows.capacity() < first + summaries.size())
        m_rows.reserve(qMax(qsizetype(m_total), first + summaries.size()));
    for (CaseSummary &summary : summaries)
        m_rows.append(makeRow(std::move(summary)));
    endInsertRows();
    m_total = qMax(m_total, int(m_rows.size()));
}

int CaseListModel::countCases()
{
    const auto count = m_store->caseCount();
    if (!count) {
        setReadError(count.error);
        return int(m_rows.size());
    }
    return *count;
}

void CaseListModel::setReadError(const QString &error)
{
    if (m_readError == error)
        return;
    m_readError = error;
    Q_EMIT readErrorChanged(error);
}

} // namespace samordna::ui
