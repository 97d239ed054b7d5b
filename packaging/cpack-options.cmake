# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE).
# The portable tarball unpacks to bin/, share/… at its top: /usr is where
# the .deb and .rpm install, not a place inside a tarball.
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX /)
endif()
