// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CaseService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace samordna::ui {

// The case list: one row per case from CaseService::summaries(), fetched in
// batches as the view scrolls, so a store with tens of thousands of cases
// opens at once and no case's details are loaded for the list.
// Personnummer are masked until revealed on purpose. It follows the case
// service's signals, so a case saved anywhere shows here as saved. A read
// that fails stops the list where it is and says why (readError()): a
// damaged store is never shown in part as if whole.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        PersonnummerColumn,
        DistrictColumn,
        StageColumn,
        NextDueColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole };

    // What the list knows of one case, with the parts the filter reads.
    struct Row
    {
        CaseSummary summary;
        QString masked; // birth date part only
        QString digits; // the twelve digits, for searching with or without separator
        // The name and then the id, case-folded once, here: a keystroke in
        // the search or a sort would otherwise fold every name again, 100,000
        // of them. The line break keeps a match from running from one into
        // the other and sorts a name before any longer one it begins.
        QString searchKey;
    };

    explicit CaseListModel(CaseService *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads the rows not fetched yet: filtering and sorting need them all.
    void fetchAll();
    bool isFullyFetched() const;
    int totalCount() const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfCase(const QString &id) const;

    bool isRevealed() const { return m_revealed; }
    // Shows or hides full personnummer. Showing writes one audit row per
    // case held, and for each case fetched or added while shown, before its
    // number is shown; a row that cannot be written keeps every number
    // hidden (and revealEnded() says why). Not Saved, with the reason, when
    // the reveal was refused.
    WriteResult setRevealed(bool revealed);

    // Re-reads one case after it was saved, or picks up a new one.
    void refreshCase(const QString &id);
    // Starts again from the store (after many changes).
    void reload();

    // Why the list is incomplete, empty when every row could be read.
    QString readError() const { return m_readError; }

    static constexpr int BatchSize = 500;

Q_SIGNALS:
    void readErrorChanged(const QString &error);
    // The numbers were hidden again because a new case's reveal could not
    // be written to the audit log.
    void revealEnded(const QString &reason);

private:
    // Batches continue after the last id fetched, not at an offset.
    QString lastId() const;
    Row makeRow(CaseSummary summary) const;
    void append(ReadResult<QList<CaseSummary>> summaries);
    // The number of cases, or the rows held so far when it cannot be read.
    int countCases();
    void setReadError(const QString &error);
    // Audits the reveal of the cases among these not yet audited in this
    // reveal; ends the reveal when that fails.
    bool auditReveal(const QList<CaseSummary> &summaries);
    void emitPersonnummerChanged();

    CaseService *m_store = nullptr;
    QList<Row> m_rows;
    int m_total = 0;
    bool m_revealed = false;
    QSet<QString> m_revealAudited; // cases whose reveal is on record, this reveal
    bool m_inserting = false;
    QString m_readError;
};

} // namespace samordna::ui
