# Packaging. Each platform's installer setup will live beside this file.

set(CPACK_PACKAGE_NAME "commonplace")
set(CPACK_PACKAGE_VENDOR "Commonplace developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "TGZ")
include(CPack)
