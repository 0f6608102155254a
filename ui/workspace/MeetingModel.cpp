// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/MeetingModel.h"

#include "common/StateColors.h"
#include "domain/Codes.h"

#include <QBrush>

namespace samordna::ui {

MeetingModel::MeetingModel(QObject *parent)
    : EditableListModel(parent)
{
    setColumns({
        ColumnDescription::editable(
            tr("Meeting"), [](const Meeting &m) { return QVariant(displayName(m.kind)); },
            [](const Meeting &m) { return QVariant(int(m.kind)); },
            [](Meeting &m, const QVariant &v) { m.kind = static_cast<MeetingKind>(v.toInt()); },
            [this](int row, int role) {
                return role == KindCodeRole ? QVariant(code(rows().at(row).kind)) : QVariant();
            }),
        ColumnDescription::editable(
            tr("Date"), [](const Meeting &m) { return QVariant(shownDate(m.date)); },
            [](const Meeting &m) { return QVariant(m.date); },
            [](Meeting &m, const QVariant &v) { m.date = v.toDate(); }),
        ColumnDescription::editable(
            tr("Invitation sent"), [](const Meeting &m) { return QVariant(shownDate(m.invitationSentDate)); },
            [](const Meeting &m) { return QVariant(m.invitationSentDate); },
            [](Meeting &m, const QVariant &v) { m.invitationSentDate = v.toDate(); }),
        ColumnDescription::editable(
            tr("FK's advice"),
            [](const Meeting &m) { return QVariant(m.outcome ? displayName(*m.outcome) : QString()); },
            [](const Meeting &m) { return QVariant(m.outcome ? int(*m.outcome) : -1); },
            [](Meeting &m, const QVariant &v) {
                if (v.toInt() < 0)
                    m.outcome.reset();
                else
                    m.outcome = static_cast<Advice>(v.toInt());
            }),
        ColumnDescription::editable(
            tr("Notes"), [](const Meeting &m) { return QVariant(m.notes); },
            [](const Meeting &m) { return QVariant(m.notes); },
            [](Meeting &m, const QVariant &v) { m.notes = v.toString(); }),
        // Worked out from the assessment's deadlines; no one edits it.
        ColumnDescription::readOnly(
            tr("Invitation check"),
            [this](int row, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return checkText(row);
                if (role == Qt::ToolTipRole)
                    return tr("An avstämningsmöte should lie at least 2 weeks after the invitation, "
                              "so IoF can send a representative.");
                const Deadline *deadline = deadlineOf(row);
                if (role == Qt::ForegroundRole && deadline && deadline->status != DeadlineStatus::Met)
                    return QBrush(StateColors::fromApplication().text(ColorState::Overdue));
                return {};
            }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
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
    m_deadlines = invitationChecks;
    if (meetings == rows()) {
        if (checksChanged)
            refreshRows();
        return;
    }
    setRows(meetings);
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
    const Meeting &meeting = rows().at(row);
    if (meeting.kind != MeetingKind::Avstamningsmote)
        return {};
    const Deadline *deadline = deadlineOf(row);
    if (!deadline)
        return tr("Invitation date missing");
    if (deadline->status == DeadlineStatus::Met)
        return tr("OK: 2 weeks or more");
    if (meeting.date.isNull())
        return tr("No date (earliest %1)").arg(deadline->due.toString(Qt::ISODate));
    return tr("Too early (earliest %1)").arg(deadline->due.toString(Qt::ISODate));
}

} // namespace samordna::ui
