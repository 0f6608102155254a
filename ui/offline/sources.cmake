# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    offline/CheckoutDialog.cpp offline/CheckoutDialog.h
    offline/ConflictView.cpp offline/ConflictView.h
    offline/SyncDialog.cpp offline/SyncDialog.h
)
