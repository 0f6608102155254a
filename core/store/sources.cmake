target_sources(samordna_core PRIVATE
    store/AuditLog.cpp store/AuditLog.h
    store/CaseDiff.cpp store/CaseDiff.h
    store/CaseReader.cpp store/CaseReader.h
    store/CaseStore.cpp store/CaseStore.h
    store/CaseWriter.cpp store/CaseWriter.h
    store/JournalPolicy.cpp store/JournalPolicy.h
    store/KonsultationsteamMeetings.cpp store/KonsultationsteamMeetings.h
    store/StoreFile.cpp store/StoreFile.h
    store/StoreSchema.cpp store/StoreSchema.h
    store/StoreSql.cpp store/StoreSql.h
    store/StoreTransaction.cpp store/StoreTransaction.h
)
