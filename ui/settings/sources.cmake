# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    settings/DistrictContacts.cpp settings/DistrictContacts.h
    settings/MyDetails.cpp settings/MyDetails.h
    settings/SettingsDialog.cpp settings/SettingsDialog.h
)
