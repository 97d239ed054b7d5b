# Windows: the icon in the executable, and an NSIS installer with a
# Start-menu entry, the .cpbook association and an uninstaller. CI builds
# this installer on Linux around a stand-in program and installs, uses and
# uninstalls it under Wine (.ci/check-windows-installer).
if(NOT WIN32)
    return()
endif()

# The icon Explorer shows for commonplace.exe.
set(rc ${CMAKE_BINARY_DIR}/packaging/commonplace.rc)
file(TO_CMAKE_PATH "${CMAKE_CURRENT_LIST_DIR}/icons/commonplace.ico" ico)
file(WRITE ${rc} "IDI_ICON1 ICON \"${ico}\"\n")
target_sources(commonplace PRIVATE ${rc})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/commonplace-notebook.ico DESTINATION .)

set(CPACK_GENERATOR NSIS ZIP)
# The NSIS commands below reach the script as written: quotes, backslashes and
# $INSTDIR included.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_NSIS_PACKAGE_NAME Commonplace)
set(CPACK_NSIS_DISPLAY_NAME Commonplace)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/icons/commonplace.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/icons/commonplace.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME [[bin\commonplace.exe]])
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES commonplace Commonplace) # the Start-menu entry
# The .cpbook association under the ProgId org.commonplace.Commonplace,
# removed again by the uninstaller.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".cpbook" "" "org.commonplace.Commonplace"
  WriteRegStr HKCR ".cpbook" "Content Type" "application/x-commonplace-notebook"
  WriteRegStr HKCR "org.commonplace.Commonplace" "" "Commonplace Notebook"
  WriteRegStr HKCR "org.commonplace.Commonplace\DefaultIcon" "" "$INSTDIR\commonplace-notebook.ico"
  WriteRegStr HKCR "org.commonplace.Commonplace\shell\open\command" "" '"$INSTDIR\bin\commonplace.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".cpbook" ""
  StrCmp $0 "org.commonplace.Commonplace" 0 +2
  DeleteRegKey HKCR ".cpbook"
  DeleteRegKey HKCR "org.commonplace.Commonplace"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
