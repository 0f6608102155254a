# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    domain/CaseRecord.h
    domain/Codes.cpp domain/Codes.h
    domain/Personnummer.cpp domain/Personnummer.h
    domain/Stage.cpp domain/Stage.h
)
