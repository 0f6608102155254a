target_sources(samordna_core PRIVATE
    store/CaseStore.h
)
