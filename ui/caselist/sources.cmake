# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    caselist/CaseFilterProxyModel.cpp caselist/CaseFilterProxyModel.h
    caselist/CaseListModel.cpp caselist/CaseListModel.h
    caselist/CaseListPanel.cpp caselist/CaseListPanel.h
    caselist/ColumnFitter.cpp caselist/ColumnFitter.h
    caselist/NewCaseDialog.cpp caselist/NewCaseDialog.h
    caselist/TodoFilterProxyModel.cpp caselist/TodoFilterProxyModel.h
    caselist/TodoModel.cpp caselist/TodoModel.h
    caselist/TodoPanel.cpp caselist/TodoPanel.h
)
