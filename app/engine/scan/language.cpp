// SPDX-License-Identifier: MIT
#include "language.h"

#include <algorithm>
#include <utility>

namespace sig2rtm {

namespace {

struct NamedLanguage
{
    const char16_t* name;
    Language language;
};

// Whole base names (lower case) that decide the language before any extension does: "setup.cfg" is pip
// configuration, not generic .cfg text, and "CMakeLists.txt" is not plain .txt.
const NamedLanguage kFileNames[] = {
    {u"cmakelists.txt", Language::CMake},
    {u"makefile", Language::Make},
    {u"gnumakefile", Language::Make},
    {u"bsdmakefile", Language::Make},
    {u"project.pbxproj", Language::PbxProj},
    {u"podfile", Language::Ruby},
    {u"gemfile", Language::Ruby},
    {u"pipfile", Language::PipRequirements},
    {u"setup.cfg", Language::PipRequirements},
};

// Extensions (lower case, without the dot).
const NamedLanguage kExtensions[] = {
    {u"js", Language::JavaScript},   {u"mjs", Language::JavaScript}, {u"cjs", Language::JavaScript},
    {u"jsx", Language::JavaScript},  {u"ts", Language::TypeScript},  {u"tsx", Language::TypeScript},
    {u"mts", Language::TypeScript},  {u"cts", Language::TypeScript}, {u"java", Language::Java},
    {u"kt", Language::Kotlin},       {u"kts", Language::Kotlin},     {u"m", Language::ObjC},
    {u"mm", Language::ObjC},         {u"swift", Language::Swift},    {u"c", Language::Cpp},
    {u"cc", Language::Cpp},          {u"cpp", Language::Cpp},        {u"cxx", Language::Cpp},
    {u"h", Language::Cpp},           {u"hh", Language::Cpp},         {u"hpp", Language::Cpp},
    {u"hxx", Language::Cpp},         {u"inl", Language::Cpp},        {u"py", Language::Python},
    {u"pyw", Language::Python},      {u"gradle", Language::Gradle},  {u"cmake", Language::CMake},
    {u"mk", Language::Make},         {u"json", Language::Json},      {u"xml", Language::Xml},
    {u"plist", Language::Xml},       {u"xcscheme", Language::Xml},   {u"vcxproj", Language::Xml},
    {u"csproj", Language::Xml},      {u"iml", Language::Xml},        {u"html", Language::Html},
    {u"htm", Language::Html},        {u"vue", Language::Html},       {u"wxml", Language::Html},
    {u"pbxproj", Language::PbxProj}, {u"podspec", Language::Ruby},   {u"rb", Language::Ruby},
    {u"txt", Language::Text},        {u"md", Language::Text},        {u"properties", Language::Text},
    {u"cfg", Language::Text},        {u"ini", Language::Text},       {u"yml", Language::Text},
    {u"yaml", Language::Text},       {u"toml", Language::Text},      {u"wxss", Language::Text},
    {u"css", Language::Text},
};

const std::pair<Language, const char16_t*> kNames[] = {
    {Language::Unknown, u"unknown"},
    {Language::JavaScript, u"javascript"},
    {Language::TypeScript, u"typescript"},
    {Language::Java, u"java"},
    {Language::Kotlin, u"kotlin"},
    {Language::ObjC, u"objc"},
    {Language::Swift, u"swift"},
    {Language::Cpp, u"cpp"},
    {Language::Python, u"python"},
    {Language::Gradle, u"gradle"},
    {Language::CMake, u"cmake"},
    {Language::Make, u"make"},
    {Language::Json, u"json"},
    {Language::Xml, u"xml"},
    {Language::Html, u"html"},
    {Language::PbxProj, u"pbxproj"},
    {Language::Ruby, u"ruby"},
    {Language::PipRequirements, u"pip-requirements"},
    {Language::Text, u"text"},
};

Language lookup(QStringView key, const NamedLanguage* begin, const NamedLanguage* end)
{
    const auto found = std::find_if(begin, end, [key](const NamedLanguage& entry) { return key == entry.name; });
    return found == end ? Language::Unknown : found->language;
}

} // namespace

Language languageForFileName(QStringView fileName)
{
    const qsizetype separator = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    const QString base = fileName.mid(separator + 1).toString().toLower();
    if (base.isEmpty()) {
        return Language::Unknown;
    }

    const Language byName = lookup(base, std::begin(kFileNames), std::end(kFileNames));
    if (byName != Language::Unknown) {
        return byName;
    }
    // Pip accepts any file name with -r; these are the conventional ones ("requirements-dev.txt").
    if ((base.startsWith(u"requirements") || base.startsWith(u"constraints")) && base.endsWith(u".txt")) {
        return Language::PipRequirements;
    }
    // Automake and configure inputs (Makefile.am, Makefile.in) are make syntax too.
    if (base.startsWith(u"makefile.")) {
        return Language::Make;
    }
    // Must win over the .kts (Kotlin) extension: a Gradle Kotlin script is a build file.
    if (base.endsWith(u".gradle.kts")) {
        return Language::Gradle;
    }
    if (base.endsWith(u".cmake.in")) {
        return Language::CMake;
    }

    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot < 0) {
        return Language::Unknown;
    }
    return lookup(QStringView(base).mid(dot + 1), std::begin(kExtensions), std::end(kExtensions));
}

bool isDocumentationFile(QStringView fileName)
{
    for (const char16_t* extension : {u".md", u".markdown", u".txt", u".rst", u".adoc"}) {
        if (fileName.endsWith(QStringView(extension), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool isCodeLanguage(Language language)
{
    switch (language) {
    case Language::JavaScript:
    case Language::TypeScript:
    case Language::Java:
    case Language::Kotlin:
    case Language::ObjC:
    case Language::Swift:
    case Language::Cpp:
    case Language::Python:
    case Language::Html:
        return true;
    default:
        return false;
    }
}

bool isBuildLanguage(Language language)
{
    switch (language) {
    case Language::Gradle:
    case Language::CMake:
    case Language::Make:
    case Language::Json:
    case Language::Xml:
    case Language::PbxProj:
    case Language::Ruby:
    case Language::PipRequirements:
        return true;
    default:
        return false;
    }
}

QString languageName(Language language)
{
    for (const auto& [candidate, name] : kNames) {
        if (candidate == language) {
            return QString::fromUtf16(name);
        }
    }
    return QStringLiteral("unknown");
}

} // namespace sig2rtm
