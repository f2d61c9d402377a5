cmake_policy(SET CMP0057 NEW) # if(IN_LIST), also when run as a script

# Layers of app/ and which lower layers each may include. A header included the wrong way, or a widget class in a
# layer that must draw without widgets, stops the configuration with the file and the line.
#
#   bulletin_check_layering(ROOT dir LAYERS a b c ALLOWED "b:a" "c:b a" [WIDGETLESS render])
#
# Usable in script mode too (cmake -DROOT=... -P CheckLayering.cmake), which tests/ uses to prove that a
# wrong-way include is refused.

function(bulletin_check_layering)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "ROOT" "LAYERS;ALLOWED;WIDGETLESS")
    if(NOT arg_WIDGETLESS)
        set(arg_WIDGETLESS render)
    endif()
    set(problems "")

    # Which layer each header belongs to.
    foreach(layer IN LISTS arg_LAYERS)
        file(GLOB headers RELATIVE "${arg_ROOT}/${layer}" "${arg_ROOT}/${layer}/*.h")
        foreach(header IN LISTS headers)
            set(owner_${header} ${layer})
        endforeach()
        set(allowed_${layer} ${layer})
    endforeach()
    foreach(rule IN LISTS arg_ALLOWED)
        string(REPLACE ":" ";" parts "${rule}")
        list(GET parts 0 layer)
        list(GET parts 1 below)
        string(REPLACE " " ";" below "${below}")
        list(APPEND allowed_${layer} ${below})
    endforeach()

    foreach(layer IN LISTS arg_LAYERS)
        file(GLOB sources "${arg_ROOT}/${layer}/*.h" "${arg_ROOT}/${layer}/*.cpp")
        foreach(source IN LISTS sources)
            file(STRINGS "${source}" lines)
            set(number 0)
            foreach(line IN LISTS lines)
                math(EXPR number "${number} + 1")
                if(line MATCHES "^#include [\"<]([a-z0-9_]+\\.h)[\">]")
                    set(header "${CMAKE_MATCH_1}")
                    if(DEFINED owner_${header})
                        set(owner "${owner_${header}}")
                        if(NOT owner IN_LIST allowed_${layer})
                            list(APPEND problems
                                "${source}:${number}: ${layer}/ may not include ${owner}/${header}")
                        endif()
                    endif()
                endif()
                if(layer IN_LIST arg_WIDGETLESS
                    AND line MATCHES "^(class|struct) .*: *public +(QWidget|QChartView|QGraphicsView|QAbstractScrollArea|QFrame|QDialog|QMainWindow|QLabel)")
                    list(APPEND problems "${source}:${number}: ${layer}/ draws without widgets, but declares one")
                endif()
            endforeach()
        endforeach()
    endforeach()

    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Layering of app/ broken:\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    bulletin_check_layering(ROOT "${ROOT}" LAYERS ${LAYERS} ALLOWED ${ALLOWED})
endif()
