# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_ui PRIVATE
    common/FittingScrollArea.cpp common/FittingScrollArea.h
    common/MessageBox.cpp common/MessageBox.h
    common/StateColors.cpp common/StateColors.h
    common/Theme.cpp common/Theme.h
    common/WheelGuard.cpp common/WheelGuard.h
)
