// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Stage.h"
#include "rules/Assessment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

class QTimer;

namespace samordna {
class CaseService;
struct CaseSummary;
} // namespace samordna

namespace samordna::ui {

// "Att göra": every open deadline and every step missing before the
// application, across all cases. The list is first built from the case
// summaries alone (fast at any size: each case's next deadline, and a hint
// for cases in box 1/2a); then, in small steps while the program is idle, the
// cases concerned are assessed and their rows replaced by the exact ones.
// Rows are never removed in between, only hidden, so the view keeps its place.
class TodoModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, StatusColumn, WhatColumn, CaseColumn, StageColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, HiddenRole, SortKeyRole };

    enum class Kind { Deadline, Missing, Hint };
    struct Item
    {
        QString caseId;
        QString name;
        Stage stage = Stage::Ruta1;
        Kind kind = Kind::Deadline;
        QDate due;
        std::optional<DeadlineKind> deadline; // for Kind::Deadline
        DeadlineStatus status = DeadlineStatus::Pending;
        Missing missing = Missing::Consent;
        bool hidden = false;
    };

    explicit TodoModel(CaseService *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Builds the list from the summaries, as of `today`, and starts refining it.
    void rebuild(const QDate &today);
    const Item &itemAt(int row) const { return m_items.at(row); }
    // True once every case concerned has been assessed.
    bool isRefined() const { return m_queueHead >= m_queue.size(); }
    // Assesses the remaining cases at once (tests, and before printing).
    void refineAll();
    // A case was saved or created: assess it again.
    void refreshCase(const QString &id);

    // Why some cases could not be read (their rows stay as the summary had
    // them); empty when every case was read.
    QString readError() const { return m_readError; }
    QStringList unreadableCases() const { return m_unreadable.keys(); }

    // Cases assessed per idle step; small enough that the window stays responsive.
    static constexpr int RefineBatch = 40;

Q_SIGNALS:
    void refined();
    void readErrorChanged(const QString &error);

private:
    void addFromSummary(const CaseSummary &summary);
    void refineStep();
    void refine(const QString &id);
    void setItems(const QString &id, const QList<Item> &items);
    void setReadError(const QString &error);

    CaseService *m_store = nullptr;
    QDate m_today;
    QList<Item> m_items;
    QHash<QString, QList<int>> m_rowsByCase;
    QStringList m_queue;
    qsizetype m_queueHead = 0;
    QTimer *m_refineTimer = nullptr;
    QString m_readError;
    QHash<QString, QString> m_unreadable; // case id → why it could not be read
};

} // namespace samordna::ui
