# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every target of the project with sanitizers, for the second CI job
# (.ci/sanitizers): -DSAMORDNA_SANITIZE=address,undefined. A report ends the
# program (no recovery), so ctest fails on any. -DSAMORDNA_FUZZ=ON (clang)
# adds the coverage libFuzzer needs and builds the fuzz targets.
set(SAMORDNA_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
option(SAMORDNA_FUZZ "Build the libFuzzer targets (clang only)" OFF)

if(SAMORDNA_SANITIZE)
    add_compile_options(-fsanitize=${SAMORDNA_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${SAMORDNA_SANITIZE})
endif()

if(SAMORDNA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SAMORDNA_FUZZ needs clang (libFuzzer); configure with CXX=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
