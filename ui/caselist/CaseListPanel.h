// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class CaseFilterProxyModel;
class CaseListModel;
class ColumnFitter;

// The "Ärenden" tab: search field, box and district filters, the reveal
// toggle and the case table.
class CaseListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPanel(CaseService *store, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    CaseFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The panel's width when the list shows every column.
    int widthShowingAllColumns() const;
    // Puts the cursor in the search field with its text selected (Ctrl+F).
    void focusSearch();
    void selectCase(const QString &id);

Q_SIGNALS:
    void caseActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Down from the search field: the cursor goes to the results, on the
    // first one unless one is already chosen.
    void enterResults();
    void applySearch();
    void onRevealToggled(bool checked);
    void endReveal(const QString &reason);
    void updateCountLabel();
    void showReadError(const QString &error);

    CaseService *m_store = nullptr;
    CaseListModel *m_model = nullptr;
    CaseFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QComboBox *m_districtCombo = nullptr;
    QComboBox *m_opennessCombo = nullptr;
    QCheckBox *m_revealCheck = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_fitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_readErrorLabel = nullptr; // says why the list is incomplete
    QLabel *m_filterNotice = nullptr;
    QToolButton *m_clearFilters = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace samordna::ui
