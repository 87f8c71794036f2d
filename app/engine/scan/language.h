// SPDX-License-Identifier: MIT
#pragma once

#include <iterator>
#include <QString>
#include <QStringView>

namespace sig2rtm {

/// Source language of a file, decided from its name alone (no content sniffing).
enum class Language : quint8 {
    Unknown,         ///< not a source or build file we understand: only fingerprints and file-name rules apply
    JavaScript,      ///< .js .mjs .cjs .jsx
    TypeScript,      ///< .ts .tsx .mts .cts
    Java,            ///< .java
    Kotlin,          ///< .kt .kts (except build.gradle.kts -> Gradle)
    ObjC,            ///< .m .mm (headers .h are Cpp: the C-family lexer also knows @"..." literals)
    Swift,           ///< .swift
    Cpp,             ///< .c .cc .cpp .cxx .h .hh .hpp .hxx .inl
    Python,          ///< .py .pyw
    Gradle,          ///< build.gradle, settings.gradle, *.gradle, *.gradle.kts
    CMake,           ///< CMakeLists.txt, *.cmake
    Make,            ///< Makefile, makefile, GNUmakefile, *.mk
    Json,            ///< .json (package.json, project and app configuration files, ...)
    Xml,             ///< .xml .plist .xcscheme .vcxproj .csproj .iml
    Html,            ///< .html .htm .vue, mini-program pages (markup; script blocks are lexed as JavaScript)
    PbxProj,         ///< project.pbxproj (Xcode): // and /* */ comments, "..." strings
    Ruby,            ///< Podfile, *.podspec, Gemfile, *.rb
    PipRequirements, ///< requirements*.txt, Pipfile, setup.cfg, constraints*.txt
    Text,            ///< other text: .txt .md .properties .cfg .ini .yml .yaml .toml .wxss .css
};

/// Every language, in the enum's order.
inline constexpr Language kAllLanguages[] = {
    Language::Unknown, Language::JavaScript, Language::TypeScript,
    Language::Java,    Language::Kotlin,     Language::ObjC,
    Language::Swift,   Language::Cpp,        Language::Python,
    Language::Gradle,  Language::CMake,      Language::Make,
    Language::Json,    Language::Xml,        Language::Html,
    Language::PbxProj, Language::Ruby,       Language::PipRequirements,
    Language::Text,
};
static_assert(std::size(kAllLanguages) == static_cast<std::size_t>(Language::Text) + 1,
              "kAllLanguages lists every language");

/// Language of a file from its base name or path ("src/App.java", "CMakeLists.txt").
Language languageForFileName(QStringView fileName);

/// True for prose files (.md, .markdown, .txt, .rst, .adoc): what they name is documentation, not use.
bool isDocumentationFile(QStringView fileName);

/// True for program source: JavaScript, TypeScript, Java, Kotlin, Objective-C, Swift, C/C++, Python and
/// markup pages (their scripts).
bool isCodeLanguage(Language language);

/// True for build and configuration files: matches there get the "build" context.
bool isBuildLanguage(Language language);

/// Short stable name: "javascript", "objc", "pip-requirements", ...
QString languageName(Language language);

} // namespace sig2rtm
