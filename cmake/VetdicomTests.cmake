# Tests of the library as a shipped artifact, the Swift tests and the Python tests.
# Included by the top-level CMakeLists.txt when BUILD_TESTING is on.

if(Python3_Interpreter_FOUND)
  # nm -D --defined-only of the library == the functions declared in vetdicom.h; SONAME.
  add_test(NAME exported_symbols
           COMMAND ${Python3_EXECUTABLE} ${VETDICOM_SCRIPTS}/vd_check.py exports
                   ${CMAKE_SOURCE_DIR}/include/vetdicom/vetdicom.h ${VD_SO} --soname ${VETDICOM_SONAME})
  # ldd shows only libc/libm/libstdc++/libgcc_s/ld-linux and the codec libraries; no Swift.
  # (Only meaningful for the shipped configuration, with the Swift runtime linked in.)
  if(VETDICOM_STATIC_SWIFT_STDLIB)
    add_test(NAME library_dependencies
             COMMAND ${Python3_EXECUTABLE} ${VETDICOM_SCRIPTS}/vd_check.py deps ${VD_SO})
  endif()
  if(VETDICOM_BUILD_CLI AND VETDICOM_STATIC_SWIFT_STDLIB)
    # The command is self-contained as well (static Swift runtime).
    add_test(NAME cli_dependencies
             COMMAND ${Python3_EXECUTABLE} ${VETDICOM_SCRIPTS}/vd_check.py deps ${VD_CLI})
  endif()
  if(VETDICOM_BUILD_CLI)
    # The fixture's output is a Part 10 file that pydicom reads.
    add_test(NAME sample_valid
             COMMAND ${Python3_EXECUTABLE} ${VETDICOM_SCRIPTS}/vd_check.py sample ${VETDICOM_SAMPLE})
    set_tests_properties(sample_valid PROPERTIES FIXTURES_REQUIRED vetdicom_sample)
  endif()
endif()

# scripts/test.sh and demo.sh as on a fresh machine (dpkg says everything is missing; apt-get,
# pip, sudo, swift and cmake stubbed): the dependency step runs and cmake gets the checkout path.
add_test(NAME fresh_machine_setup COMMAND ${VETDICOM_SCRIPTS}/test-fresh-machine.sh)

# cmake --install, then an out-of-tree find_package(vetdicom) build of examples/c, and pkg-config.
add_test(NAME install_and_consume
         COMMAND ${VETDICOM_SCRIPTS}/test-install.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR}/install-test ${VETDICOM_SAMPLE})
set_tests_properties(install_and_consume PROPERTIES TIMEOUT 600)
if(VETDICOM_BUILD_CLI)
  set_tests_properties(install_and_consume PROPERTIES FIXTURES_REQUIRED vetdicom_sample)
endif()

# The Python package, against the library built here.
if(VETDICOM_PYTHON_TESTS AND Python3_Interpreter_FOUND)
  add_test(NAME python_bindings
           COMMAND ${Python3_EXECUTABLE} -m pytest -q -p no:cacheprovider ${CMAKE_SOURCE_DIR}/bindings/python/tests
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/bindings/python)
  set_tests_properties(python_bindings PROPERTIES
    ENVIRONMENT "VETDICOM_LIBRARY=${VD_SO_SONAME};VETDICOM_SAMPLE=${VETDICOM_SAMPLE};VETDICOM_CLI=${VD_CLI};PYTHONPATH=${CMAKE_SOURCE_DIR}/bindings/python/src;PYTHONDONTWRITEBYTECODE=1"
    TIMEOUT 900)
  if(VETDICOM_BUILD_CLI)
    set_tests_properties(python_bindings PROPERTIES FIXTURES_REQUIRED vetdicom_sample)
  endif()
endif()

# The whole Swift test suite, in its own scratch directory (debug build, so it doesn't disturb
# the release build of the library). With the safety tests on, the same suite runs once, under
# AddressSanitizer (swift_tests_asan below), instead of twice.
option(VETDICOM_SAFETY_TESTS "Run the hostile-file suite, fuzz smoke, ASan and TSan in ctest" ON)
if(VETDICOM_SWIFT_TESTS AND NOT VETDICOM_SAFETY_TESTS)
  add_test(NAME swift_tests
           COMMAND ${SWIFT_EXECUTABLE} test --package-path ${CMAKE_SOURCE_DIR}
                   --scratch-path ${CMAKE_BINARY_DIR}/swiftpm-test
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(swift_tests PROPERTIES TIMEOUT ${VETDICOM_SWIFT_TEST_TIMEOUT} RUN_SERIAL TRUE)
endif()

# Safety checks (issue "never crash the host"): the hostile-file suite, a libFuzzer smoke run of
# every fuzz target, the Swift suite under AddressSanitizer and the concurrency stress test under
# ThreadSanitizer. Each builds in its own scratch directory of the source tree (.build-*).
if(VETDICOM_SAFETY_TESTS AND VETDICOM_SWIFT_TESTS)
  add_test(NAME hostile_files
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/hostile.sh --mutations 50 --big-mutations 20
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME fuzz_smoke
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/fuzz-smoke.sh 10
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME swift_tests_asan
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/asan-test.sh
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME swift_tests_tsan
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/tsan-test.sh
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(hostile_files fuzz_smoke swift_tests_asan swift_tests_tsan PROPERTIES
                       TIMEOUT 2400 RUN_SERIAL TRUE LABELS safety)
endif()
