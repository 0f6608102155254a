# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    demo/DemoData.cpp demo/DemoData.h
    demo/DemoGenerator.cpp demo/DemoGenerator.h
)
