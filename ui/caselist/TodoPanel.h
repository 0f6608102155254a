// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class TodoFilterProxyModel;
class TodoModel;

// The "Att göra" tab: what is due or missing across all cases.
class TodoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TodoPanel(CaseService *store, QWidget *parent = nullptr);

    TodoModel *model() const { return m_model; }
    TodoFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    void rebuild();

Q_SIGNALS:
    void caseActivated(const QString &id);

private:
    void updateSummary();

    TodoModel *m_model = nullptr;
    TodoFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace samordna::ui
