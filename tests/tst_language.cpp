// SPDX-License-Identifier: MIT
#include "language.h"

#include <algorithm>
#include <iterator>
#include <QSet>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sig2rtm::Language)

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void languageForFileName_data();
    void languageForFileName();
    void isDocumentationFile();
    void isBuildLanguage_data();
    void isBuildLanguage();
    void languageName_data();
    void languageName();
    void languageNamesAreUnique();
};

void TestLanguage::languageForFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Language>("expected");

    QTest::newRow("js") << u"app.js"_s << Language::JavaScript;
    QTest::newRow("mjs") << u"lib/index.mjs"_s << Language::JavaScript;
    QTest::newRow("cjs") << u"index.cjs"_s << Language::JavaScript;
    QTest::newRow("jsx") << u"App.jsx"_s << Language::JavaScript;
    QTest::newRow("ts") << u"src/sig.ts"_s << Language::TypeScript;
    QTest::newRow("tsx") << u"App.tsx"_s << Language::TypeScript;
    QTest::newRow("mts") << u"a.mts"_s << Language::TypeScript;
    QTest::newRow("cts") << u"a.cts"_s << Language::TypeScript;
    QTest::newRow("java") << u"src/main/java/App.java"_s << Language::Java;
    QTest::newRow("kt") << u"Main.kt"_s << Language::Kotlin;
    QTest::newRow("kts script") << u"script.kts"_s << Language::Kotlin;
    QTest::newRow("m") << u"AppDelegate.m"_s << Language::ObjC;
    QTest::newRow("mm") << u"Bridge.mm"_s << Language::ObjC;
    QTest::newRow("h is cpp") << u"AgoraSigKit.h"_s << Language::Cpp;
    QTest::newRow("swift") << u"ViewController.swift"_s << Language::Swift;
    QTest::newRow("c") << u"main.c"_s << Language::Cpp;
    QTest::newRow("cc") << u"main.cc"_s << Language::Cpp;
    QTest::newRow("cpp") << u"main.cpp"_s << Language::Cpp;
    QTest::newRow("cxx") << u"main.cxx"_s << Language::Cpp;
    QTest::newRow("hh") << u"a.hh"_s << Language::Cpp;
    QTest::newRow("hpp") << u"a.hpp"_s << Language::Cpp;
    QTest::newRow("hxx") << u"a.hxx"_s << Language::Cpp;
    QTest::newRow("inl") << u"a.inl"_s << Language::Cpp;
    QTest::newRow("py") << u"tool.py"_s << Language::Python;
    QTest::newRow("pyw") << u"gui.pyw"_s << Language::Python;
    QTest::newRow("build.gradle") << u"app/build.gradle"_s << Language::Gradle;
    QTest::newRow("settings.gradle") << u"settings.gradle"_s << Language::Gradle;
    QTest::newRow("build.gradle.kts") << u"app/build.gradle.kts"_s << Language::Gradle;
    QTest::newRow("other .gradle.kts") << u"gradle/deps.gradle.kts"_s << Language::Gradle;
    QTest::newRow("CMakeLists.txt") << u"native/CMakeLists.txt"_s << Language::CMake;
    QTest::newRow("cmakelists any case") << u"cmakelists.TXT"_s << Language::CMake;
    QTest::newRow(".cmake") << u"cmake/FindAgora.cmake"_s << Language::CMake;
    QTest::newRow(".cmake.in") << u"Config.cmake.in"_s << Language::CMake;
    QTest::newRow("Makefile") << u"Makefile"_s << Language::Make;
    QTest::newRow("makefile") << u"makefile"_s << Language::Make;
    QTest::newRow("GNUmakefile") << u"GNUmakefile"_s << Language::Make;
    QTest::newRow("Makefile.am") << u"src/Makefile.am"_s << Language::Make;
    QTest::newRow(".mk") << u"jni/Android.mk"_s << Language::Make;
    QTest::newRow("package.json") << u"package.json"_s << Language::Json;
    QTest::newRow("project.config.json") << u"miniprogram/project.config.json"_s << Language::Json;
    QTest::newRow("xml") << u"AndroidManifest.xml"_s << Language::Xml;
    QTest::newRow("plist") << u"Info.plist"_s << Language::Xml;
    QTest::newRow("xcscheme") << u"App.xcscheme"_s << Language::Xml;
    QTest::newRow("vcxproj") << u"App.vcxproj"_s << Language::Xml;
    QTest::newRow("csproj") << u"App.csproj"_s << Language::Xml;
    QTest::newRow("iml") << u"app.iml"_s << Language::Xml;
    QTest::newRow("html") << u"index.html"_s << Language::Html;
    QTest::newRow("htm") << u"INDEX.HTM"_s << Language::Html;
    QTest::newRow("vue") << u"App.vue"_s << Language::Html;
    QTest::newRow("wxml") << u"pages/index/index.wxml"_s << Language::Html;
    QTest::newRow("project.pbxproj") << u"App.xcodeproj/project.pbxproj"_s << Language::PbxProj;
    QTest::newRow("Podfile") << u"ios/Podfile"_s << Language::Ruby;
    QTest::newRow("podspec") << u"AgoraSig.podspec"_s << Language::Ruby;
    QTest::newRow("Gemfile") << u"Gemfile"_s << Language::Ruby;
    QTest::newRow("rb") << u"Rakefile.rb"_s << Language::Ruby;
    QTest::newRow("requirements.txt") << u"requirements.txt"_s << Language::PipRequirements;
    QTest::newRow("requirements-dev.txt") << u"requirements-dev.txt"_s << Language::PipRequirements;
    QTest::newRow("constraints.txt") << u"constraints.txt"_s << Language::PipRequirements;
    QTest::newRow("Pipfile") << u"Pipfile"_s << Language::PipRequirements;
    QTest::newRow("setup.cfg") << u"setup.cfg"_s << Language::PipRequirements;
    QTest::newRow("txt") << u"notes.txt"_s << Language::Text;
    QTest::newRow("md") << u"README.md"_s << Language::Text;
    QTest::newRow("properties") << u"gradle.properties"_s << Language::Text;
    QTest::newRow("cfg") << u"tox.cfg"_s << Language::Text;
    QTest::newRow("ini") << u"app.ini"_s << Language::Text;
    QTest::newRow("yml") << u"ci.yml"_s << Language::Text;
    QTest::newRow("yaml") << u"pubspec.yaml"_s << Language::Text;
    QTest::newRow("toml") << u"pyproject.toml"_s << Language::Text;
    QTest::newRow("wxss") << u"app.wxss"_s << Language::Text;
    QTest::newRow("css") << u"style.css"_s << Language::Text;
    QTest::newRow("uppercase extension") << u"MAIN.CPP"_s << Language::Cpp;
    QTest::newRow("backslash path") << u"C:\\src\\App\\Main.java"_s << Language::Java;
    QTest::newRow("mixed separators") << u"a/b\\c/App.swift"_s << Language::Swift;
    QTest::newRow("directory dot does not count") << u"lib.js/README"_s << Language::Unknown;
    QTest::newRow("binary") << u"libagora.so"_s << Language::Unknown;
    QTest::newRow("no extension") << u"LICENSE"_s << Language::Unknown;
    QTest::newRow("empty") << QString() << Language::Unknown;
    QTest::newRow("trailing separator") << u"src/"_s << Language::Unknown;
    QTest::newRow("dot only") << u"."_s << Language::Unknown;
}

void TestLanguage::languageForFileName()
{
    QFETCH(QString, fileName);
    QFETCH(Language, expected);
    QCOMPARE(sig2rtm::languageForFileName(fileName), expected);
}

void TestLanguage::isDocumentationFile()
{
    for (const char* name : {"README.md", "docs/Setup.MD", "notes.markdown", "CHANGES.txt", "guide.rst", "a/b.adoc"}) {
        QVERIFY2(sig2rtm::isDocumentationFile(QString::fromLatin1(name)), name);
    }
    for (const char* name : {"app.js", "README", "build.gradle", "config.yml", "index.html", "md"}) {
        QVERIFY2(!sig2rtm::isDocumentationFile(QString::fromLatin1(name)), name);
    }
    // requirements.txt ends in .txt but has a language of its own: the scanner treats it as a build file.
    QCOMPARE(sig2rtm::languageForFileName(u"requirements.txt"), Language::PipRequirements);
}

void TestLanguage::isBuildLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("expected");

    const Language build[] = {Language::Gradle, Language::CMake,   Language::Make, Language::Json,
                              Language::Xml,    Language::PbxProj, Language::Ruby, Language::PipRequirements};
    for (const Language language : kAllLanguages) {
        const bool expected = std::find(std::begin(build), std::end(build), language) != std::end(build);
        QTest::newRow(qPrintable(sig2rtm::languageName(language))) << language << expected;
    }
}

void TestLanguage::isBuildLanguage()
{
    QFETCH(Language, language);
    QFETCH(bool, expected);
    QCOMPARE(sig2rtm::isBuildLanguage(language), expected);
}

void TestLanguage::languageName_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown") << Language::Unknown << u"unknown"_s;
    QTest::newRow("javascript") << Language::JavaScript << u"javascript"_s;
    QTest::newRow("typescript") << Language::TypeScript << u"typescript"_s;
    QTest::newRow("java") << Language::Java << u"java"_s;
    QTest::newRow("kotlin") << Language::Kotlin << u"kotlin"_s;
    QTest::newRow("objc") << Language::ObjC << u"objc"_s;
    QTest::newRow("swift") << Language::Swift << u"swift"_s;
    QTest::newRow("cpp") << Language::Cpp << u"cpp"_s;
    QTest::newRow("python") << Language::Python << u"python"_s;
    QTest::newRow("gradle") << Language::Gradle << u"gradle"_s;
    QTest::newRow("cmake") << Language::CMake << u"cmake"_s;
    QTest::newRow("make") << Language::Make << u"make"_s;
    QTest::newRow("json") << Language::Json << u"json"_s;
    QTest::newRow("xml") << Language::Xml << u"xml"_s;
    QTest::newRow("html") << Language::Html << u"html"_s;
    QTest::newRow("pbxproj") << Language::PbxProj << u"pbxproj"_s;
    QTest::newRow("ruby") << Language::Ruby << u"ruby"_s;
    QTest::newRow("pip-requirements") << Language::PipRequirements << u"pip-requirements"_s;
    QTest::newRow("text") << Language::Text << u"text"_s;
}

void TestLanguage::languageName()
{
    QFETCH(Language, language);
    QFETCH(QString, expected);
    QCOMPARE(sig2rtm::languageName(language), expected);
}

void TestLanguage::languageNamesAreUnique()
{
    QSet<QString> names;
    for (const Language language : kAllLanguages) {
        const QString name = sig2rtm::languageName(language);
        QVERIFY2(!name.isEmpty(), "every language has a name");
        QCOMPARE(name, name.toLower());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), static_cast<qsizetype>(std::size(kAllLanguages)));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
