# SPDX-License-Identifier: GPL-3.0-or-later
option(SAMORDNA_WERROR "Treat warnings in the project's own code as errors" OFF)

# One INTERFACE target carries the compile settings of the project's own code,
# so every library, program and test is built the same strict way.
add_library(samordna_defaults INTERFACE)
target_compile_definitions(samordna_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_KEYWORDS
    SAMORDNA_VERSION="${PROJECT_VERSION}")
target_compile_options(samordna_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough
    $<$<BOOL:${SAMORDNA_WERROR}>:-Werror>)
