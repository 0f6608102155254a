# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    service/CaseService.cpp service/CaseService.h
    service/DuplicatePerson.cpp service/DuplicatePerson.h
    service/RememberedCases.cpp service/RememberedCases.h
)
