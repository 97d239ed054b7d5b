# Configuring for macOS on Linux, for the bundle check
# (COMMONPLACE_INSTALLER_CHECK, .ci/check-macos-bundle). Clang knows the
# target, but there is no macOS SDK or linker here: CMake tests the compilers
# without linking, and nothing is built but the bundle's resources.
set(CMAKE_SYSTEM_NAME Darwin)
set(CMAKE_SYSTEM_PROCESSOR arm64)
set(CMAKE_C_COMPILER clang)
set(CMAKE_C_COMPILER_TARGET arm64-apple-macos11)
set(CMAKE_CXX_COMPILER clang++)
set(CMAKE_CXX_COMPILER_TARGET arm64-apple-macos11)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
# What CMake asks for on macOS to fix up installed programs; LLVM's speaks the same.
find_program(CMAKE_INSTALL_NAME_TOOL NAMES llvm-install-name-tool llvm-install-name-tool-14 REQUIRED)
