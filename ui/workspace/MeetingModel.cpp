#include "workspace/MeetingModel.h"

#include "domain/Codes.h"

#include <QBrush>
#include <QColor>

namespace samordna::ui {

MeetingModel::MeetingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingModel::setMeetings(const QList<Meeting> &meetings, const QList<Deadline> &deadlines)
{
    QList<Deadline> invitationChecks;
    for (const Deadline &deadline : deadlines) {
        if (deadline.meetingIndex >= 0)
            invitationChecks << deadline;
    }
    const bool checksChanged = invitationChecks.size() != m_deadlines.size()
        || !std::equal(invitationChecks.cbegin(), invitationChecks.cend(), m_deadlines.cbegin(),
                       [](const Deadline &a, const Deadline &b) {
                           return a.meetingIndex == b.meetingIndex && a.due == b.due && a.status == b.status;
                       });
    if (meetings == m_meetings && !checksChanged)
        return;
    if (meetings.size() == m_meetings.size()) {
        m_meetings = meetings;
        m_deadlines = invitationChecks;
        if (!m_meetings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_meetings.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_meetings = meetings;
    m_deadlines = invitationChecks;
    endResetModel();
}

const Deadline *MeetingModel::deadlineOf(int row) const
{
    for (const Deadline &deadline : m_deadlines) {
        if (deadline.meetingIndex == row)
            return &deadline;
    }
    return nullptr;
}

QString MeetingModel::checkText(int row) const
{
    const Meeting &meeting = m_meetings.at(row);
    if (meeting.kind != MeetingKind::Avstamningsmote)
        return {};
    const Deadline *deadline = deadlineOf(row);
    if (!deadline)
        return tr("Invitation date missing");
    if (deadline->status == DeadlineStatus::Met)
        return tr("OK: 2 weeks or more");
    if (meeting.date.isNull())
        return tr("No date (earliest %1)").arg(deadline->due.toString(Qt::ISODate));
    return tr("Too early (earliest %1)")
        .arg(deadline->due.toString(Qt::ISODate));
}

int MeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Meeting &meeting = m_meetings.at(index.row());
    if (role == KindCodeRole)
        return code(meeting.kind);
    if (role == Qt::ToolTipRole && index.column() == CheckColumn)
        return tr("An avstämningsmöte should lie at least 2 weeks after the invitation, so IoF can send a "
                  "representative.");
    if (role == Qt::ForegroundRole && index.column() == CheckColumn) {
        const Deadline *deadline = deadlineOf(index.row());
        if (deadline && deadline->status != DeadlineStatus::Met)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    const auto dateValue = [edit](const QDate &date) -> QVariant {
        if (edit)
            return date;
        return date.isNull() ? QString() : date.toString(Qt::ISODate);
    };
    switch (index.column()) {
    case KindColumn:
        return edit ? QVariant(int(meeting.kind)) : QVariant(displayName(meeting.kind));
    case DateColumn:
        return dateValue(meeting.date);
    case InvitationColumn:
        return dateValue(meeting.invitationSentDate);
    case AdviceColumn:
        if (edit)
            return meeting.outcome ? int(*meeting.outcome) : -1;
        return meeting.outcome ? displayName(*meeting.outcome) : QString();
    case NotesColumn:
        return meeting.notes;
    case CheckColumn:
        return edit ? QVariant() : QVariant(checkText(index.row()));
    default:
        return {};
    }
}

bool MeetingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Meeting meeting = m_meetings.at(index.row());
    switch (index.column()) {
    case KindColumn:
        meeting.kind = static_cast<MeetingKind>(value.toInt());
        break;
    case DateColumn:
        meeting.date = value.toDate();
        break;
    case InvitationColumn:
        meeting.invitationSentDate = value.toDate();
        break;
    case AdviceColumn: {
        const int advice = value.toInt();
        if (advice < 0)
            meeting.outcome.reset();
        else
            meeting.outcome = static_cast<Advice>(advice);
        break;
    }
    case NotesColumn:
        meeting.notes = value.toString();
        break;
    default:
        return false;
    }
    if (meeting == m_meetings.at(index.row()))
        return true;
    m_meetings[index.row()] = meeting;
    Q_EMIT dataChanged(index, index);
    Q_EMIT meetingsEdited(m_meetings);
    return true;
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Meeting");
    case DateColumn: return tr("Date");
    case InvitationColumn: return tr("Invitation sent");
    case AdviceColumn: return tr("FK's advice");
    case NotesColumn: return tr("Notes");
    case CheckColumn: return tr("Invitation check");
    default: return {};
    }
}

Qt::ItemFlags MeetingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != CheckColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

} // namespace samordna::ui
