# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: cmake -DLUPDATE=… -DTS_FILE=… -DSOURCE_DIR=… -DWORK_DIR=… -P CheckTranslations.cmake
set(copy "${WORK_DIR}/samordna_sv.check.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
if(output MATCHES "lacks Q_OBJECT")
    message(FATAL_ERROR "lupdate cannot tell the context of some strings:\n${output}")
endif()

file(READ "${copy}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinishedMarks "${ts}")
list(LENGTH unfinishedMarks count)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\">" unfinished "${ts}")
if(count GREATER 0)
    set(examples "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(APPEND examples "  ${source}\n")
    endforeach()
    message(FATAL_ERROR "${count} strings have no Swedish translation "
                        "(run the update_translations target and translate them):\n${examples}")
endif()
message(STATUS "Every string has a Swedish translation.")
