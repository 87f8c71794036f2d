# SPDX-License-Identifier: MIT
# Precompiled headers: the Qt, JSON and standard headers most sources include are parsed once per library (and once
# per test folder) instead of once per source. A test source spends about two thirds of its compile time in these
# headers; each test is its own executable, so the tests of a folder share one precompiled header (REUSE_FROM).
# Only headers the sources include themselves are listed, so a build without SIG2RTM_PCH compiles the same code.
# Off by default with MSVC, whose precompiled headers need flags identical to the byte across targets.
if(MSVC)
    set(sig2rtm_pch_default OFF)
else()
    set(sig2rtm_pch_default ON)
endif()
option(SIG2RTM_PCH "Precompile the Qt, JSON and standard headers most sources include (faster builds)"
    ${sig2rtm_pch_default})

set(SIG2RTM_PCH_CORE
    <algorithm> <functional> <memory> <optional> <string> <vector>
    <QByteArray> <QCoreApplication> <QDir> <QFile> <QFileInfo> <QHash> <QList> <QRegularExpression> <QSet>
    <QString> <QStringList>)
set(SIG2RTM_PCH_WIDGETS
    <QApplication> <QCheckBox> <QEvent> <QHBoxLayout> <QLabel> <QLineEdit> <QPushButton> <QVBoxLayout> <QWizardPage>)
set(SIG2RTM_PCH_TESTS
    <QProcess> <QStandardPaths> <QTemporaryDir> <QTest> <nlohmann/json.hpp>)

# Unity builds for the libraries (the CI presets): their sources are compiled a few at a time as one, which halves
# their compile time. Off by default: a developer rebuilds one changed source, not a batch. Tests are not batched;
# each is one source already.
option(SIG2RTM_UNITY "Compile the libraries' sources in batches (faster clean builds, for CI)" OFF)

# sig2rtm_precompile(TARGET HEADER...): TARGET's sources get HEADERs precompiled (and are batched with SIG2RTM_UNITY).
function(sig2rtm_precompile target)
    if(SIG2RTM_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ${SIG2RTM_UNITY})
endfunction()

# sig2rtm_precompile_from(TARGET PROVIDER): TARGET (one source, as each test) uses PROVIDER's precompiled header.
# PROVIDER must see the same include folders, definitions and flags; a compiler that finds them different falls back
# to parsing the headers (slower, never wrong).
# A test includes its own moc output, so the source AUTOMOC adds holds nothing: it is compiled without the header,
# which would cost more than a second each.
function(sig2rtm_precompile_from target provider)
    if(SIG2RTM_PCH)
        target_precompile_headers(${target} REUSE_FROM ${provider})
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
