# Linux desktop integration, installed to the standard places under the
# prefix, and the .deb and .rpm package settings.
if(NOT UNIX OR APPLE)
    return()
endif()

set(linux_dir ${CMAKE_CURRENT_LIST_DIR}/linux)
set(app_id org.commonplace.Commonplace)
set(mime_icon application-x-commonplace-notebook)
set(app_svg ${PROJECT_SOURCE_DIR}/resources/icons/commonplace.svg)
set(mime_svg ${CMAKE_CURRENT_LIST_DIR}/icons/${mime_icon}.svg)

install(FILES ${linux_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${linux_dir}/${app_id}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${app_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${app_id}.svg)
install(FILES ${mime_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)

# The PNG sizes of the hicolor theme, made from the SVGs.
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(pngs)
    foreach(size 16 22 24 32 48 64 128 256)
        set(dir ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size})
        add_custom_command(OUTPUT ${dir}/apps/${app_id}.png ${dir}/mimetypes/${mime_icon}.png
            COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}/apps ${dir}/mimetypes
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${app_svg} -o ${dir}/apps/${app_id}.png
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${mime_svg} -o ${dir}/mimetypes/${mime_icon}.png
            DEPENDS ${app_svg} ${mime_svg} VERBATIM)
        list(APPEND pngs ${dir}/apps/${app_id}.png ${dir}/mimetypes/${mime_icon}.png)
        install(FILES ${dir}/apps/${app_id}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        install(FILES ${dir}/mimetypes/${mime_icon}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/mimetypes)
    endforeach()
    add_custom_target(linux_icons ALL DEPENDS ${pngs})
else()
    message(STATUS "rsvg-convert not found: only the SVG icons are installed")
endif()

# Man page and changelog compressed the way Debian wants them (no time stamp).
set(gzipped ${CMAKE_CURRENT_BINARY_DIR}/commonplace.1.gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${gzipped}
    COMMAND gzip -9nc ${linux_dir}/commonplace.1 > ${CMAKE_CURRENT_BINARY_DIR}/commonplace.1.gz
    COMMAND gzip -9nc ${linux_dir}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS ${linux_dir}/commonplace.1 ${linux_dir}/changelog)
add_custom_target(linux_docs ALL DEPENDS ${gzipped})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/commonplace.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${linux_dir}/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/commonplace)

# Packages install under /usr; the tarball holds the same at its top.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-options.cmake)
set(CPACK_GENERATOR TGZ DEB RPM)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Commonplace developers <developers@commonplace.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Qt's own translations, so that standard dialogs match the language, a
# spelling dictionary (every hunspell-* package provides hunspell-dictionary),
# and Qt's PostgreSQL driver, for team notebooks on a server.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, hunspell-en-us | hunspell-dictionary, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE GPL-3.0-or-later)
set(CPACK_RPM_PACKAGE_GROUP Applications/Productivity)
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# Directories the system owns already.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/icons /usr/share/icons/hicolor /usr/share/man /usr/share/man/man1)
