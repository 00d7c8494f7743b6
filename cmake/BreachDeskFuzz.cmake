# The fuzz build (option BREACHDESK_FUZZ, CMake preset "fuzz", scripts/fuzz.sh): clang's libFuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer. Every library is compiled with -fsanitize=fuzzer-no-link
# (coverage for the fuzzer, no main of its own); the targets in tests/fuzz/ link -fsanitize=fuzzer. Any
# undefined behaviour stops the run like a crash (-fno-sanitize-recover). Qt itself is not instrumented.
# Debian 12: packages clang and libclang-rt-14-dev (the sanitizer and fuzzer runtimes).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BREACHDESK_FUZZ needs clang: use the fuzz preset (CMAKE_CXX_COMPILER=clang++)")
endif()

add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)

# breachdesk_add_fuzz_target(NAME fuzz_x SOURCES a.cpp LIBS bd_x)
function(breachdesk_add_fuzz_target)
    cmake_parse_arguments(F "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${F_NAME} ${F_SOURCES})
    target_link_libraries(${F_NAME} PRIVATE ${F_LIBS})
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
endfunction()
