# SPDX-License-Identifier: GPL-3.0-or-later
# Where an installed Samordna keeps its files, below the install prefix:
#   bin/samordna, bin/samordna-cli
#   share/samordna/{rules.json,districts.json,translations/*.qm}
#   share/applications, share/icons/hicolor, share/metainfo (dist/linux)
# The programs find their data from their own location, so a package works
# wherever the prefix is (/usr, /usr/local, /opt/samordna) and never reads
# the source tree.
set(SAMORDNA_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/samordna")
file(RELATIVE_PATH SAMORDNA_DATADIR_FROM_BINDIR
    "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${SAMORDNA_INSTALL_DATADIR}")
