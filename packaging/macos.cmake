# macOS: an application bundle whose Info.plist declares the notebook type
# (so Finder opens .cpbook files in Commonplace), and a drag-and-drop DMG.
#
# The Info.plist is made on every platform, so that CI on Linux can check it.
configure_file(${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
               ${CMAKE_BINARY_DIR}/packaging/Info.plist @ONLY)

if(NOT APPLE)
    return()
endif()

set(icons ${CMAKE_CURRENT_LIST_DIR}/icons/commonplace.icns
          ${CMAKE_CURRENT_LIST_DIR}/icons/commonplace-notebook.icns)
target_sources(commonplace PRIVATE ${icons})
set_source_files_properties(${icons} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(commonplace PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME commonplace
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/packaging/Info.plist)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Commonplace)
