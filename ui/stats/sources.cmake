# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    stats/FollowUpCharts.cpp stats/FollowUpCharts.h
    stats/FollowUpDocument.cpp stats/FollowUpDocument.h
    stats/FollowUpTableModel.cpp stats/FollowUpTableModel.h
    stats/FollowUpTables.cpp stats/FollowUpTables.h
    stats/FollowUpWindow.cpp stats/FollowUpWindow.h
)
