# breachdesk_add_test(NAME tst_x SOURCES a.cpp LIBS bd_storage LABELS unit|gui|db [ENV VAR=...])
# One executable per tested class, registered with CTest with a fixed locale and the offscreen platform. Each
# test has its own configuration folder (settings, the signing key): tests run in parallel never share a
# settings file, and none writes into the real user's.
function(breachdesk_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE BD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                                 BD_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;TZ=Asia/Tokyo;QT_LOGGING_RULES=qt.qpa.*=false;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config/${T_NAME};${T_ENV}")
endfunction()
