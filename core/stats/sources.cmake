target_sources(samordna_core PRIVATE
    stats/Percentile.cpp stats/Percentile.h
    stats/StatsReport.cpp stats/StatsReport.h
    stats/Suppression.cpp stats/Suppression.h
)
