// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Stage.h"

#include <QBitArray>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace samordna::ui {

class CaseListModel;

// Search and filters over the case list. The search text matches a name
// fragment, personnummer digits (with or without separator) or a case id.
// Filtering or sorting on anything but the id order needs every row, so the
// source is asked to fetch them all first.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxyModel(CaseListModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStageFilter(std::optional<Stage> stage);
    void setDistrictFilter(const QString &district); // empty: every district
    // Open cases, closed ones (process::isClosed), or both (the default here;
    // the case list starts with the open ones).
    enum class Openness { Open, Closed, All };
    void setOpennessFilter(Openness openness);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool isFiltering() const;
    // `narrowing`: every row the new filter accepts was accepted by the
    // previous one (a search typed further), so only those are looked at.
    void applyFilter(bool narrowing = false);
    bool matches(int sourceRow) const;
    // Names sort in Swedish order (… x y z å ä ö), whatever the language of
    // the window; the keys are made once per row, when first sorted by name.
    const QCollatorSortKey &nameKey(int sourceRow) const;

    CaseListModel *m_source = nullptr;
    QString m_search;       // folded (util/SearchText.h)
    QString m_searchDigits; // the digits of the search, when it is a number
    std::optional<Stage> m_stage;
    QString m_district;
    Openness m_openness = Openness::All;
    // The rows the last whole pass accepted, by source row; emptied when the
    // source changes, which turns narrowing off until the next pass.
    QBitArray m_accepted;
    mutable QBitArray m_passAccepted;
    bool m_inPass = false;
    bool m_narrowing = false;
    QCollator m_collator;
    mutable QList<QCollatorSortKey> m_nameKeys; // by source row; emptied when the source changes
};

} // namespace samordna::ui
