# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.21)
# Installs the build into a fresh staging prefix, lists what was installed,
# checks that every file an installed Samordna needs is there, and runs the
# staged samordna-cli: it must tell its version and licence, name the staged
# data folder as the one it reads, and judge a case.
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${STAGE}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

file(GLOB_RECURSE installed RELATIVE "${STAGE}" "${STAGE}/*")
list(SORT installed)
list(JOIN installed "\n  " listing)
message(STATUS "Installed:\n  ${listing}")

set(expected
    ${BINDIR}/samordna
    ${BINDIR}/samordna-cli
    ${DATADIR}/samordna/rules.json
    ${DATADIR}/samordna/districts.json
    ${DATADIR}/samordna/translations/samordna_sv.qm
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${DATADIR}/icons/hicolor/256x256/apps/${APP_ID}.png
    ${DATADIR}/doc/samordna/LICENSE)
foreach(file IN LISTS expected)
    if(NOT "${file}" IN_LIST installed)
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# Neither tests nor the benchmark belong in an installation.
foreach(file IN LISTS installed)
    if(file MATCHES "tst_|bench|store_writer")
        message(FATAL_ERROR "installed but not part of the program: ${file}")
    endif()
endforeach()

set(cli "${STAGE}/${BINDIR}/samordna-cli")
execute_process(COMMAND "${cli}" --db "${STAGE}/cases.sqlite" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "samordna-cli --version:\n${out}${err}")
file(REAL_PATH "${STAGE}/${DATADIR}/samordna" data_folder)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed samordna-cli --version failed (${result})")
endif()
foreach(fact "samordna-cli ${VERSION}" "Licence: GPL-3.0-or-later" "Store: ${STAGE}/cases.sqlite"
        "Rules and translations: ${data_folder}")
    string(FIND "${out}" "${fact}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the installed samordna-cli --version does not say \"${fact}\"")
    endif()
endforeach()

execute_process(COMMAND "${cli}" --today 2026-11-22 assess "${EXAMPLE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${out}" "\"eligibility\": \"incomplete\"" at)
if(NOT result EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "the installed samordna-cli cannot assess ${EXAMPLE} (${result}):\n${out}${err}")
endif()
