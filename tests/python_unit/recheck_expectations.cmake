# recheck_expectations.cmake — re-runs every committed generator under expected/ with CPython 3.11 and fails if
# any committed expectation differs from what CPython prints now (nobody hand-edits an expectation).
# Usage: cmake -DPYTHON3=/usr/bin/python3 -DSOURCE_DIR=tests/python_unit -DWORK_DIR=build/... -P this file
if(NOT PYTHON3 OR NOT EXISTS "${PYTHON3}")
    message("LOOPLAB_SKIPPED: python3 not found")
    return()
endif()
execute_process(COMMAND "${PYTHON3}" -c "import sys; print('%d.%d' % sys.version_info[:2])"
    OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT version STREQUAL "3.11")
    message("LOOPLAB_SKIPPED: python3 is ${version}, the expectations are CPython 3.11's")
    return()
endif()
set(generators regen_random.py:random_sequences.txt regen_format.py:format_cases.txt
    regen_math.py:math_cases.txt)
foreach(pair IN LISTS generators)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 script)
    list(GET pair 1 expected)
    if(NOT EXISTS "${SOURCE_DIR}/expected/${script}")
        continue()
    endif()
    execute_process(COMMAND "${PYTHON3}" "${SOURCE_DIR}/expected/${script}" "${WORK_DIR}/${expected}"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${script} failed (${status})")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SOURCE_DIR}/expected/${expected}"
        "${WORK_DIR}/${expected}" RESULT_VARIABLE differs)
    if(differs)
        message(FATAL_ERROR "expected/${expected} differs from what CPython prints now; rerun ${script}")
    endif()
    message("${expected}: equal to CPython's output")
endforeach()
