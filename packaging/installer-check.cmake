# The installers built around a stand-in for the program (the option
# COMMONPLACE_INSTALLER_CHECK in CMakeLists.txt). The stand-in takes the
# program's place and install rule; the rest comes from the same packaging
# files a real build includes, so what is checked is the installer users get,
# less the program and Qt.
if(NOT WIN32 AND NOT APPLE)
    message(FATAL_ERROR "COMMONPLACE_INSTALLER_CHECK needs a Windows or macOS toolchain: "
        "-DCMAKE_TOOLCHAIN_FILE=packaging/windows/mingw-w64.cmake (or packaging/macos/bundle-check.cmake)")
endif()

include(GNUInstallDirs)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)

enable_language(C)
add_executable(commonplace WIN32 MACOSX_BUNDLE packaging/standin.c)
if(MINGW)
    # Nothing to find beside it but the system's DLLs.
    target_link_options(commonplace PRIVATE -static)
endif()
# As src/app/CMakeLists.txt installs the program.
install(TARGETS commonplace
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(WIN32 AND NOT CMAKE_HOST_WIN32)
    # Debian's Wine runs 32-bit programs only where the kernel runs 32-bit
    # Linux programs, which CI machines may not; Debian's NSIS also has the
    # 64-bit stubs. So the installer checked there is the same script made
    # for amd64, by a makensis told so before it reads it (CPack splits
    # CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS at spaces, and Target needs one).
    find_program(MAKENSIS makensis REQUIRED)
    set(makensis ${CMAKE_BINARY_DIR}/packaging/makensis-amd64)
    file(CONFIGURE OUTPUT ${makensis} @ONLY CONTENT [[#!/bin/sh
exec "@MAKENSIS@" "-XTarget amd64-unicode" "$@"
]])
    file(CHMOD ${makensis} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
         GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    set(CPACK_NSIS_EXECUTABLE ${makensis})
endif()

include(packaging/linux.cmake)
include(packaging/windows.cmake)
include(packaging/macos.cmake)
include(packaging/cpack.cmake)
