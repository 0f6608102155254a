# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    store/ConnectionWatcher.cpp store/ConnectionWatcher.h
    store/OpenStoreDialog.cpp store/OpenStoreDialog.h
    store/RecentStores.cpp store/RecentStores.h
    store/StoreOpener.cpp store/StoreOpener.h
    store/StoreSession.cpp store/StoreSession.h
)
