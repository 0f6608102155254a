target_sources(samordna_core PRIVATE
    service/CaseService.cpp service/CaseService.h
)
