# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    mainwindow/HelpDialog.cpp mainwindow/HelpDialog.h
    mainwindow/ListPaneSharing.cpp mainwindow/ListPaneSharing.h
    mainwindow/MainWindow.cpp mainwindow/MainWindow.h
)
