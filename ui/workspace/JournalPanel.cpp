// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/JournalPanel.h"

#include "common/StateColors.h"
#include "workspace/JournalDelegate.h"
#include "workspace/NoteDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

JournalPanel::JournalPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"journalPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"journalList"_s);
    m_list->setAccessibleName(tr("Journal"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setItemDelegate(new JournalDelegate(m_list));
    // Row heights follow the width, so they are worked out again on resize.
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_list, 1);

    m_markWrong = new QPushButton(tr("Mark as wrong…"), this);
    m_markWrong->setObjectName(u"markWrongButton"_s);
    m_markWrong->setToolTip(tr("Mark the selected note as wrong, with a reason. The note stays in the journal."));
    layout->addWidget(m_markWrong, 0, Qt::AlignLeft);

    auto *noteLabel = new QLabel(tr("Ne&w note:"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"journalNoteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_note->setPlaceholderText(tr("What happened, what was agreed (Ctrl+Enter adds the note)"));
    noteLabel->setBuddy(m_note);
    m_add = new QPushButton(tr("Add note"), this);
    m_add->setObjectName(u"addJournalNoteButton"_s);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    setTabOrder(m_list, m_markWrong);
    setTabOrder(m_markWrong, m_note);
    setTabOrder(m_note, m_add);

    const auto addNote = [this] {
        const QString text = m_note->toPlainText().trimmed();
        if (text.isEmpty())
            return;
        m_note->clear();
        Q_EMIT noteAdded(text);
    };
    connect(m_add, &QPushButton::clicked, this, addNote);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, addNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &JournalPanel::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &JournalPanel::updateButtons);
    connect(m_markWrong, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const int index = item->data(Qt::UserRole).toInt();
        const QString reason = NoteDialog::ask(this, tr("Mark note as wrong"),
                                               tr("Why is the note wrong? The note stays visible, struck through, "
                                                  "with your reason, your name and the time."),
                                               u"markWrongReasonEdit"_s);
        if (!reason.isEmpty())
            Q_EMIT markWrongRequested(index, reason);
    });
    updateButtons();
}

QString JournalPanel::registrationText(const QDateTime &time, bool dayOnly)
{
    if (dayOnly)
        return time.date().toString(Qt::ISODate);
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

void JournalPanel::display(const QList<JournalEntry> &journal, qsizetype savedCount)
{
    // The store's stamps arrive after a save; they are shown too.
    const bool stampsShown = std::equal(journal.cbegin(), journal.cend(), m_journal.cbegin(), m_journal.cend(),
                                        [](const JournalEntry &a, const JournalEntry &b) { return a.sameStamps(b); });
    if (journal == m_journal && savedCount == m_savedCount && stampsShown)
        return;
    const int selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toInt() : -1;
    const bool grew = journal.size() > m_journal.size();
    m_journal = journal;
    m_savedCount = savedCount;
    m_list->clear();
    for (int i = 0; i < journal.size(); ++i) {
        const JournalEntry &entry = journal.at(i);
        // The day the note tells of heads it; when it was written into the
        // case is a line of its own, so the two are never taken for each other.
        QString heading = entry.date.toString(Qt::ISODate);
        if (!entry.author.isEmpty())
            heading += u" · "_s + entry.author;
        QString registered;
        if (i >= savedCount)
            registered = tr("Not saved yet");
        else if (entry.registeredAt.isValid())
            registered = tr("Registered %1").arg(registrationText(entry.registeredAt, entry.registeredDayOnly));
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, i);
        item->setData(JournalDelegate::HeadingRole, true);
        item->setData(JournalDelegate::DetailLineRole, !registered.isEmpty());
        if (entry.isMarkedWrong()) {
            QFont struck = item->font();
            struck.setStrikeOut(true);
            item->setFont(struck);
            item->setForeground(StateColors(palette()).text(ColorState::Unavailable));
            item->setToolTip(tr("Marked wrong: %1").arg(entry.markedWrongReason));
        }
        item->setText(heading + u'\n' + (registered.isEmpty() ? QString() : registered + u'\n') + entry.text);
        if (i == selected)
            m_list->setCurrentItem(item);
        // The reason is read, not struck through: a line of its own under the
        // note, saying who marked it and when.
        if (entry.isMarkedWrong()) {
            auto *reason = new QListWidgetItem(m_list);
            reason->setData(Qt::UserRole, i);
            const QString when = entry.markedWrongAt.isValid() ? registrationText(entry.markedWrongAt, false)
                                                               : entry.markedWrongDate.toString(Qt::ISODate);
            reason->setText(
                entry.markedWrongBy.isEmpty()
                    ? tr("Marked as wrong on %1: %2").arg(when, entry.markedWrongReason)
                    : tr("Marked as wrong by %1 on %2: %3").arg(entry.markedWrongBy, when, entry.markedWrongReason));
            QFont italic = reason->font();
            italic.setItalic(true);
            reason->setFont(italic);
            reason->setFlags(Qt::ItemIsEnabled);
        }
    }
    if (grew)
        m_list->scrollToBottom();
    updateButtons();
}

void JournalPanel::updateButtons()
{
    m_add->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
    const QListWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    m_markWrong->setEnabled(index >= 0 && index < m_journal.size() && !m_journal.at(index).isMarkedWrong());
}

} // namespace samordna::ui
