# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P checktranslations.cmake
# Fails, listing the first untranslated source texts, when lupdate finds a string in app/ or ui/ that
# translations/breachdesk_<lang>.ts does not translate (the same lupdate options as the update_translations
# target in translations/CMakeLists.txt).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed "")
foreach(lang ja en)
    set(ts ${WORK_DIR}/breachdesk_${lang}.ts)
    file(COPY_FILE ${SOURCE_DIR}/translations/breachdesk_${lang}.ts ${ts})
    execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -extensions cpp,h,ui
                            ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -ts ${ts}
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${errors}")
    endif()
    file(READ ${ts} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(SUBLIST unfinished 0 10 first)
        string(REGEX REPLACE "<translation type=\"unfinished\"|</?source>|[ \n]+" " " first "${first}")
        string(APPEND failed "breachdesk_${lang}.ts: ${count} string(s) not translated, e.g.\n  ${first}\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "Every string is translated into Japanese and English.")
