// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/CaseMerge.h"
#include "sync/OfflineFile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace samordna::ui {

// The fields a sync found changed on both sides, the team store's value
// and this file's side by side, for the social worker to choose which to
// keep. Nothing is chosen for her: until she does, both stay as they are.
class ConflictView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictView(QWidget *parent = nullptr);

    void setConflicts(const QList<sync::StoredConflict> &conflicts);
    int openCount() const;
    // A value as a person reads it: a date, Yes or No, "not recorded" …
    static QString displayValue(const QJsonValue &value);
    // A field as the case's pages name it; the document's path when unnamed.
    static QString fieldTitle(const QString &field);

Q_SIGNALS:
    void chosen(const QString &caseId, const QString &field, sync::FieldChoice::Side side);

private:
    void choose(sync::FieldChoice::Side side);
    void updateButtons();

    QList<sync::StoredConflict> m_conflicts;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepTeam = nullptr;
    QPushButton *m_keepOffline = nullptr;
};

} // namespace samordna::ui
