// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace samordna::ui {

// The case's journal. A saved note is never edited or removed: a wrong one
// is marked wrong with a reason and stays visible, struck through, as
// social-services documentation requires.
class JournalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPanel(QWidget *parent = nullptr);

    // `savedCount`: how many of the notes are already in the store.
    void display(const QList<JournalEntry> &journal, qsizetype savedCount);

Q_SIGNALS:
    void noteAdded(const QString &text);
    void markWrongRequested(int index, const QString &reason);

private:
    void updateButtons();
    // A time in the journal, local; a day only for what has no time.
    static QString registrationText(const QDateTime &time, bool dayOnly);

    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_markWrong = nullptr;
    QList<JournalEntry> m_journal;
    qsizetype m_savedCount = 0;
};

} // namespace samordna::ui
