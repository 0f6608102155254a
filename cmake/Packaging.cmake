# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes samordna_<version>_<arch>.deb from
# the install() rules: both programs on the PATH (/usr/bin), their data in
# /usr/share/samordna, the menu entry, icon and metainfo. The version is the
# project's own (project() in CMakeLists.txt).
set(CPACK_PACKAGE_NAME samordna)
set(CPACK_PACKAGE_VENDOR "Samordna")
set(CPACK_PACKAGE_CONTACT "Samordna <samordna@example.org>" CACHE STRING
    "Maintainer of the package, as Debian writes it: Name <address>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Coordinated rehabilitation for clients without SGI")
set(CPACK_PACKAGE_DESCRIPTION
    "Samordna walks a municipal social worker through the process by which\n\
Försäkringskassan coordinates the rehabilitation of a client who has no SGI,\n\
boxes 1 to 6b of Malmö's method document. It includes samordna-cli for\n\
headless use.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SAMORDNA_HOMEPAGE}")
# dpkg-shlibdeps finds the Qt libraries the programs link. What Qt loads as
# plugins it cannot see: SQLite for the store and the platform plugins for
# the window; PostgreSQL only for a team store, and Qt's own Swedish texts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")

include(CPack)
