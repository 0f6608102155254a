target_sources(samordna_core PRIVATE
    util/Clock.cpp util/Clock.h
    util/Language.cpp util/Language.h
)
