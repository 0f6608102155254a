// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/TodoModel.h"

#include "common/StateColors.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "service/CaseService.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

bool isOpen(DeadlineStatus status)
{
    return status == DeadlineStatus::Pending || status == DeadlineStatus::Overdue || status == DeadlineStatus::NotMet;
}

} // namespace

TodoModel::TodoModel(CaseService *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_refineTimer(new QTimer(this))
{
    m_refineTimer->setInterval(0);
    connect(m_refineTimer, &QTimer::timeout, this, &TodoModel::refineStep);
    if (m_store) {
        connect(m_store, &CaseService::caseChanged, this, [this](const QString &id) { refreshCase(id); });
        connect(m_store, &CaseService::casesAdded, this, [this](const QStringList &ids) {
            for (const QString &id : ids)
                refreshCase(id);
        });
    }
}

int TodoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    if (role == CaseIdRole)
        return item.caseId;
    if (role == HiddenRole)
        return item.hidden;
    const bool late = item.kind == Kind::Deadline && item.due.isValid() && item.due < m_today;
    if (role == Qt::ForegroundRole) {
        if (item.kind == Kind::Deadline && (item.status == DeadlineStatus::Overdue || late))
            return QBrush(StateColors::fromApplication().text(ColorState::Overdue));
        if (item.kind == Kind::Hint)
            return QBrush(StateColors::fromApplication().text(ColorState::Unavailable));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (item.kind == Kind::Deadline && item.deadline == DeadlineKind::FkContactWithinWeek
            && item.status == DeadlineStatus::Overdue)
            return tr("FK has had no contact with the social worker within a week: FK turns to the district's "
                      "contact person, who helps put FK in touch.");
        // The columns are narrow; the whole text on hover.
        if (index.column() == DueColumn && late)
            return data(index.siblingAtColumn(StatusColumn), Qt::DisplayRole);
        return index.column() == WhatColumn || index.column() == CaseColumn ? data(index, Qt::DisplayRole) : QVariant();
    }
    // A passed date is not told by colour alone, nor only in the status
    // column a narrow list puts away: a warning sign beside it, and the
    // status for a screen reader.
    if (index.column() == DueColumn && late) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::AccessibleTextRole)
            return u"%1, %2"_s.arg(item.due.toString(Qt::ISODate),
                                   data(index.siblingAtColumn(StatusColumn), Qt::DisplayRole).toString());
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case DueColumn:
        return item.due.isValid() ? item.due.toString(Qt::ISODate) : QString();
    case StatusColumn:
        switch (item.kind) {
        case Kind::Missing:
            return tr("Missing");
        case Kind::Hint:
            return tr("To check");
        case Kind::Deadline: {
            // FK's week is an escalation path, not a duty anyone missed.
            const QString passed = item.deadline == DeadlineKind::FkContactWithinWeek ? tr("Week passed")
                                                                                      : tr("Overdue");
            switch (item.status) {
            case DeadlineStatus::Overdue:
                return passed;
            case DeadlineStatus::NotMet:
                return tr("Not met");
            case DeadlineStatus::Met:
                return tr("Met");
            case DeadlineStatus::Pending:
                return late ? passed : tr("Due", "status of a deadline not yet passed");
            }
        }
        }
        return {};
    case WhatColumn:
        switch (item.kind) {
        case Kind::Deadline:
            return item.deadline ? deadlineTitle(*item.deadline) : QString();
        case Kind::Missing:
            return displayName(item.missing);
        case Kind::Hint:
            return tr("Steps before the application (blankett 7434)");
        }
        return {};
    case CaseColumn:
        return QString(item.caseId + u"  "_s + item.name);
    case StageColumn:
        return stageNumber(item.stage);
    default:
        return {};
    }
}

QVariant TodoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due", "column: the date a deadline falls");
    case StatusColumn:
        return tr("Status");
    case WhatColumn:
        return tr("What");
    case CaseColumn:
        return tr("Case");
    case StageColumn:
        return tr("Box");
    default:
        return {};
    }
}

void TodoModel::rebuild(const QDate &today)
{
    m_refineTimer->stop();
    beginResetModel();
    m_today = today;
    m_items.clear();
    m_rowsByCase.clear();
    m_queue.clear();
    m_queueHead = 0;
    m_unreadable.clear();
    QString error;
    if (m_store)
        error = m_store->forEachSummary([this](const CaseSummary &summary) { addFromSummary(summary); });
    endResetModel();
    setReadError(error);
    if (isRefined())
        Q_EMIT refined();
    else
        m_refineTimer->start();
}

void TodoModel::addFromSummary(const CaseSummary &summary)
{
    if (summary.closed)
        return; // nothing to do in a closed case
    const bool hasDeadline = summary.nextDue.isValid();
    const bool hint = process::asksBeforeApplication(summary.stage);
    if (!hasDeadline && !hint)
        return;
    Item item;
    item.caseId = summary.id;
    item.name = summary.name;
    item.stage = summary.stage;
    QList<int> &rows = m_rowsByCase[summary.id];
    // A short invitation whose due date has passed belongs to a meeting already
    // held (or never set); the refinement decides, from the meeting itself.
    const bool invitation = summary.nextDueKind == DeadlineKind::InvitationLeadTime;
    const bool pastInvitation = invitation && summary.nextDue < m_today;
    if (hasDeadline && !pastInvitation) {
        item.kind = Kind::Deadline;
        item.due = summary.nextDue;
        item.deadline = summary.nextDueKind;
        item.status = invitation        ? DeadlineStatus::NotMet
            : summary.nextDue < m_today ? DeadlineStatus::Overdue
                                        : DeadlineStatus::Pending;
        rows << int(m_items.size());
        m_items << item;
    }
    if (hint) {
        item.kind = Kind::Hint;
        item.due = {};
        item.deadline.reset();
        rows << int(m_items.size());
        m_items << item;
    }
    m_queue << summary.id;
}

void TodoModel::refineStep()
{
    const qsizetype end = qMin(m_queueHead + RefineBatch, m_queue.size());
    for (; m_queueHead < end; ++m_queueHead)
        refine(m_queue.at(m_queueHead));
    if (isRefined()) {
        m_refineTimer->stop();
        m_queue.clear();
        m_queueHead = 0;
        Q_EMIT refined();
    }
}

void TodoModel::refineAll()
{
    while (!isRefined())
        refineStep();
}

void TodoModel::refreshCase(const QString &id)
{
    if (!m_today.isValid())
        return;
    refine(id);
}

void TodoModel::refine(const QString &id)
{
    const auto stored = m_store->loadCase(id);
    if (!stored.ok()) {
        // Keep what the list shows of the case and say it could not be
        // checked: a read error never makes a deadline disappear.
        m_unreadable.insert(id, stored.error);
        setReadError(stored.error);
        return;
    }
    if (m_unreadable.remove(id) > 0 && m_unreadable.isEmpty())
        setReadError({});
    if (!stored) {
        setItems(id, {});
        return;
    }
    const CaseRecord &record = stored->record;
    const Assessment assessment = assess(record, m_today);
    QList<Item> items;
    Item item;
    item.caseId = record.id.isEmpty() ? id : record.id;
    item.name = record.person.name;
    item.stage = record.stage;
    // Deadlines belong to the case while its box still asks for them.
    for (const Deadline &deadline : assessment.deadlines) {
        if (!isOpen(deadline.status) || !process::isWatched(deadline, record.stage, record.closure.reductionDuration))
            continue;
        // A short invitation to a meeting already held is history, not something to do.
        if (deadline.status == DeadlineStatus::NotMet && deadline.meetingIndex >= 0
            && deadline.meetingIndex < record.meetings.size()) {
            const QDate held = record.meetings.at(deadline.meetingIndex).date;
            if (held.isValid() && held < m_today)
                continue;
        }
        item.kind = Kind::Deadline;
        item.due = deadline.due;
        item.deadline = deadline.kind;
        item.status = deadline.status;
        items << item;
    }
    if (process::asksBeforeApplication(record.stage)) {
        for (Missing missing : assessment.missingBeforeApplication) {
            item.kind = Kind::Missing;
            item.due = {};
            item.deadline.reset();
            item.missing = missing;
            items << item;
        }
    }
    setItems(id, items);
}

void TodoModel::setReadError(const QString &error)
{
    if (m_readError == error)
        return;
    m_readError = error;
    Q_EMIT readErrorChanged(error);
}

void TodoModel::setItems(const QString &id, const QList<Item> &items)
{
    QList<int> &rows = m_rowsByCase[id];
    // Reuse the case's rows in place, hide what is left over, append the rest.
    qsizetype i = 0;
    for (; i < items.size() && i < rows.size(); ++i) {
        m_items[rows.at(i)] = items.at(i);
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(i), ColumnCount - 1));
    }
    for (qsizetype j = i; j < rows.size(); ++j) {
        Item &left = m_items[rows.at(j)];
        if (!left.hidden) {
            left.hidden = true;
            Q_EMIT dataChanged(index(rows.at(j), 0), index(rows.at(j), ColumnCount - 1));
        }
    }
    if (i < items.size()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(items.size() - i) - 1);
        for (; i < items.size(); ++i) {
            rows << int(m_items.size());
            m_items << items.at(i);
        }
        endInsertRows();
    }
}

} // namespace samordna::ui
