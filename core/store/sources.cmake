# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    store/AuditChain.cpp store/AuditChain.h
    store/AuditLog.cpp store/AuditLog.h
    store/CaseDiff.cpp store/CaseDiff.h
    store/CaseReader.cpp store/CaseReader.h
    store/CaseRepository.cpp store/CaseRepository.h
    store/CaseWriter.cpp store/CaseWriter.h
    store/DerivedColumns.cpp store/DerivedColumns.h
    store/JournalPolicy.cpp store/JournalPolicy.h
    store/JournalStamps.cpp store/JournalStamps.h
    store/KonsultationsteamMeetings.cpp store/KonsultationsteamMeetings.h
    store/ServerSchema.cpp store/ServerSchema.h
    store/StoreAddress.cpp store/StoreAddress.h
    store/StoreConnection.cpp store/StoreConnection.h
    store/StoreDialect.cpp store/StoreDialect.h
    store/StageHistoryRebuild.cpp store/StageHistoryRebuild.h
    store/StageStays.cpp store/StageStays.h
    store/StoreFile.cpp store/StoreFile.h
    store/StoreImport.cpp store/StoreImport.h
    store/StoreMaintenance.cpp store/StoreMaintenance.h
    store/StoreSchema.cpp store/StoreSchema.h
    store/StoreSql.cpp store/StoreSql.h
    store/TableCopy.cpp store/TableCopy.h
    store/TeamAccess.cpp store/TeamAccess.h
    store/StoreTransaction.cpp store/StoreTransaction.h
    store/StoreTypes.h
)
