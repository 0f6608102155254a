# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    util/Clock.cpp util/Clock.h
    util/DataFiles.cpp util/DataFiles.h
    util/ProgramInfo.cpp util/ProgramInfo.h
    util/Language.cpp util/Language.h
    util/QtTexts.cpp util/QtTexts.h
    util/SearchText.cpp util/SearchText.h
)
