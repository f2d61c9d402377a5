# The layering check of app/ (cmake/CheckLayering.cmake) refuses a wrong-way include and a widget in render/, and
# names the file and the line; it passes a tree that keeps to the rules, and the real app/ tree.
#
#   cmake -DCHECK=<cmake/CheckLayering.cmake> -DFIXTURES=<tests/data/layering> -DAPP=<app> -P tst_layering.cmake
#
# Each case runs the check in script mode, in a cmake of its own, as a developer would.

foreach(variable IN ITEMS CHECK FIXTURES APP)
    if(NOT EXISTS "${${variable}}")
        message(FATAL_ERROR "tst_layering: -D${variable}=<path> is missing or does not exist: '${${variable}}'")
    endif()
endforeach()

# The layers and rules app/CMakeLists.txt gives bulletin_check_layering(); keep the two alike.
set(layers "language;render;export;cli;ui")
set(allowed "render:language;export:render language;cli:export render language;ui:cli export render language")

set(failures "")

# Runs the check over root; expect PASS, or FAIL with every one of the texts in the output.
function(check_case name root expect)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DROOT=${root}" "-DLAYERS=${layers}" "-DALLOWED=${allowed}" -P "${CHECK}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    set(problems "")
    if(expect STREQUAL "PASS")
        if(NOT result EQUAL 0)
            list(APPEND problems "expected to pass, exited with ${result}:\n${output}")
        endif()
    else()
        if(result EQUAL 0)
            list(APPEND problems "expected to fail, passed:\n${output}")
        endif()
        foreach(text IN LISTS ARGN)
            string(FIND "${output}" "${text}" at)
            if(at EQUAL -1)
                list(APPEND problems "output does not say '${text}':\n${output}")
            endif()
        endforeach()
    endif()
    if(problems)
        message(STATUS "FAIL  ${name}")
        set(failures "${failures}\n${name}: ${problems}" PARENT_SCOPE)
    else()
        message(STATUS "PASS  ${name}")
    endif()
endfunction()

# Includes the output must not name: an allowed include, or a file that breaks no rule.
function(check_silent name root)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DROOT=${root}" "-DLAYERS=${layers}" "-DALLOWED=${allowed}" -P "${CHECK}"
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    set(problems "")
    foreach(text IN LISTS ARGN)
        string(FIND "${output}" "${text}" at)
        if(NOT at EQUAL -1)
            list(APPEND problems "output names '${text}', which breaks no rule:\n${output}")
        endif()
    endforeach()
    if(problems)
        message(STATUS "FAIL  ${name}")
        set(failures "${failures}\n${name}: ${problems}" PARENT_SCOPE)
    else()
        message(STATUS "PASS  ${name}")
    endif()
endfunction()

# Every layer including only what it may, widgets in ui/ only, a QChart subclass in render/.
check_case(good-tree-passes "${FIXTURES}/good" PASS)

# export/briefingpainter.cpp line 4: #include "mainwindow.h", a ui/ header.
check_case(export-including-ui-fails "${FIXTURES}/export-includes-ui" FAIL
    "Layering of app/ broken"
    "export-includes-ui/export/briefingpainter.cpp:4: export/ may not include ui/mainwindow.h")
# Its allowed includes are not reported: export/ including render/, ui/ including export/.
check_silent(export-including-ui-names-only-the-wrong-include "${FIXTURES}/export-includes-ui"
    "briefingpainter.cpp:3:" "briefingpainter.h:" "mainwindow.h:")

# render/chartwidget.h line 8: class ChartWidget : public QWidget.
check_case(render-declaring-a-widget-fails "${FIXTURES}/render-declares-widget" FAIL
    "Layering of app/ broken"
    "render-declares-widget/render/chartwidget.h:8: render/ draws without widgets, but declares one")
# A QChart subclass in render/ and a QChartView subclass in ui/ are not widgets where none may be.
check_silent(render-declaring-a-widget-names-only-the-widget "${FIXTURES}/render-declares-widget"
    "bulletinchart.h:" "chartview.h:")

# The program itself.
check_case(app-tree-passes "${APP}" PASS)

if(failures)
    message(FATAL_ERROR "tst_layering:${failures}")
endif()
