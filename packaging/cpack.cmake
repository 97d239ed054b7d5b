# What every package shares; the platform files (linux.cmake, windows.cmake,
# macos.cmake) set their generators and settings before this is included.
set(CPACK_PACKAGE_NAME commonplace)
set(CPACK_PACKAGE_VENDOR "Commonplace developers")
set(CPACK_PACKAGE_CONTACT "Commonplace developers <developers@commonplace.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop notes application that never loses a word")
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Commonplace keeps notes in notebooks, each one SQLite file that opens at"
    "once whatever its size: 100,000 notes open as fast as ten."
    "Every change waits until it is saved, and a save stores all of it or"
    "nothing. Unsaved changes survive a crash and are offered back, each"
    "notebook is backed up every day, and a notebook is backed up before an"
    "upgrade. Search looks in titles and text as you type, in any language,"
    "Chinese, Japanese and Korean included.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Commonplace)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR TGZ)
endif()
include(CPack)
