# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    stats/Percentile.cpp stats/Percentile.h
    stats/Statistics.cpp stats/Statistics.h
    stats/StatsDialect.cpp stats/StatsDialect.h
    stats/StatsFormat.cpp stats/StatsFormat.h
    stats/StatsQueries.cpp stats/StatsQueries.h
    stats/StatsReport.cpp stats/StatsReport.h
    stats/Suppression.cpp stats/Suppression.h
)
