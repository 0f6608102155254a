# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    safety/CaseId.cpp safety/CaseId.h
    safety/EchoText.cpp safety/EchoText.h
    safety/InputLimits.cpp safety/InputLimits.h
    safety/OutputFile.cpp safety/OutputFile.h
    safety/SystemError.cpp safety/SystemError.h
)
