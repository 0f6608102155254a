# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    sync/CaseMerge.cpp sync/CaseMerge.h
    sync/Checkout.cpp sync/Checkout.h
    sync/OfflineFile.cpp sync/OfflineFile.h
    sync/OfflineSync.cpp sync/OfflineSync.h
)
