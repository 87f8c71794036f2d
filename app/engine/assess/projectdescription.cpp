// SPDX-License-Identifier: MIT
#include "projectdescription.h"

#include "catalog.h"
#include "jsonreader.h"
#include "localizedtext.h"
#include "untrustedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace sig2rtm {

namespace {

// Guards against reading an accidental multi-gigabyte file as a description.
constexpr qint64 kMaxDescriptionBytes = 16 * 1024 * 1024;

SourceLocation locationOf(const JsonSource& source, const QString& pointer)
{
    const auto pos = source.locate(pointer);
    return {pos.line, pos.column, QString::fromUtf8(source.lineText(pos.line)).trimmed()};
}

bool isVersion(const QString& text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("\\d+(\\.\\d+){0,3}")));
    return re.match(text).hasMatch();
}

} // namespace

QStringList ProjectDescription::featureIds()
{
    return Catalog::builtin()->featureIds();
}

QStringList ProjectDescription::messageTypeIds()
{
    return Catalog::builtin()->messageTypeIds();
}

std::optional<ProjectDescription> ProjectDescription::loadFile(const QString& path, Diagnostics* diagnostics)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (diagnostics) {
            *diagnostics << Diagnostic{
                path, 0, 0, {}, QCoreApplication::translate("sig2rtm", "is a folder, not a project description file")};
        }
        return std::nullopt;
    }
    const auto bytes = readUntrustedFile(path, kMaxDescriptionBytes, diagnostics);
    if (!bytes) {
        return std::nullopt;
    }
    auto description = load(*bytes, path, info.absolutePath(), diagnostics);
    if (description) {
        description->path = info.absoluteFilePath();
    }
    return description;
}

std::optional<ProjectDescription> ProjectDescription::load(const QByteArray& text, const QString& fileName,
                                                           const QString& baseDir, Diagnostics* diagnostics)
{
    Diagnostics problems;
    Diagnostic syntax;
    auto source = JsonSource::parse(text, fileName, &syntax);
    if (!source) {
        if (diagnostics) {
            *diagnostics << syntax;
        }
        return std::nullopt;
    }
    JsonReader r(*source, problems);
    ProjectDescription d;
    d.path = fileName;
    const auto& root = source->root();
    const QString p;
    if (!r.expectObject(root, p)) {
        if (diagnostics) {
            *diagnostics << problems;
        }
        return std::nullopt;
    }
    r.rejectUnknownKeys(root, p,
                        {"$schema", "format", "name", "appId", "clients", "sources", "exclude", "suppressions"});
    if (auto format = r.string(root, p, "format", true); format && *format != QLatin1String(kFormat)) {
        r.error(QStringLiteral("/format"),
                QCoreApplication::translate("sig2rtm", "unsupported format \"%1\" (expected \"%2\")")
                    .arg(*format, QString::fromUtf8(kFormat)));
    }
    r.string(root, p, "$schema", false);
    if (auto name = r.string(root, p, "name", true)) {
        d.name = *name;
    }
    if (auto appId = r.string(root, p, "appId", false)) {
        static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-fA-F]{32}")));
        if (!re.match(*appId).hasMatch()) {
            r.error(QStringLiteral("/appId"),
                    QCoreApplication::translate("sig2rtm", "an App ID is 32 hexadecimal characters"));
        }
        d.appId = *appId;
    }

    if (const auto* clients = r.member(root, p, "clients", false)) {
        const QString cp = QStringLiteral("/clients");
        if (r.expectArray(*clients, cp)) {
            QSet<QString> clientNames;
            for (std::size_t i = 0; i < clients->size(); ++i) {
                const auto& value = (*clients)[i];
                const QString ip = jsonPointerAppend(cp, static_cast<qsizetype>(i));
                if (!r.expectObject(value, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(
                    value, ip, {"name", "path", "platform", "sdk", "sdkVersion", "features", "messageTypes", "notes"});
                DeclaredClient client;
                client.where = locationOf(*source, ip);
                if (auto name = r.string(value, ip, "name", false)) {
                    if (clientNames.contains(*name)) {
                        r.error(JsonReader::pointerOf(ip, "name"),
                                QCoreApplication::translate("sig2rtm", "another client is already called \"%1\"")
                                    .arg(*name));
                    }
                    client.name = *name;
                    clientNames.insert(*name);
                }
                if (auto path = r.string(value, ip, "path", false)) {
                    const QDir here(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
                    const QFileInfo folder(QDir::cleanPath(here.absoluteFilePath(*path)));
                    if (!folder.isDir()) {
                        r.error(
                            JsonReader::pointerOf(ip, "path"),
                            QCoreApplication::translate("sig2rtm", "client folder \"%1\" does not exist").arg(*path));
                    }
                    client.folder = folder.absoluteFilePath();
                }
                if (auto platform = r.string(value, ip, "platform", true)) {
                    if (!isKnownPlatform(*platform)) {
                        r.error(JsonReader::pointerOf(ip, "platform"),
                                QCoreApplication::translate("sig2rtm", "unknown platform \"%1\" (expected one of: %2)")
                                    .arg(*platform, knownPlatforms().join(QStringLiteral(", "))));
                    }
                    client.platform = *platform;
                }
                if (auto sdk = r.string(value, ip, "sdk", false)) {
                    if (auto kind = sdkKindFromString(*sdk)) {
                        client.sdk = *kind;
                    } else {
                        r.error(JsonReader::pointerOf(ip, "sdk"),
                                QCoreApplication::translate("sig2rtm", "unknown SDK \"%1\" (expected signaling or rtm)")
                                    .arg(*sdk));
                    }
                }
                if (auto version = r.string(value, ip, "sdkVersion", false)) {
                    if (*version != QLatin1String("unknown")) {
                        if (!isVersion(*version)) {
                            r.error(JsonReader::pointerOf(ip, "sdkVersion"),
                                    QCoreApplication::translate("sig2rtm",
                                                                "\"%1\" is not a version like 1.2.1 (or \"unknown\")")
                                        .arg(*version));
                        }
                        client.sdkVersion = *version;
                    }
                    client.versionWhere = locationOf(*source, JsonReader::pointerOf(ip, "sdkVersion"));
                }
                const auto readValues = [&](const char* key, const QStringList& allowed,
                                            std::vector<DeclaredValue>& out) {
                    const QString kp = JsonReader::pointerOf(ip, key);
                    if (auto list = r.stringList(value, ip, key, false)) {
                        for (qsizetype k = 0; k < list->size(); ++k) {
                            const QString itemPointer = jsonPointerAppend(kp, k);
                            if (!allowed.contains(list->at(k))) {
                                r.error(itemPointer, QCoreApplication::translate(
                                                         "sig2rtm", "unknown value \"%1\" (expected one of: %2)")
                                                         .arg(list->at(k), allowed.join(QStringLiteral(", "))));
                                continue;
                            }
                            out.push_back({list->at(k), locationOf(*source, itemPointer)});
                        }
                    }
                };
                readValues("features", featureIds(), client.features);
                readValues("messageTypes", messageTypeIds(), client.messageTypes);
                const QStringList& messagePlatforms = Catalog::builtin()->declarations().messageTypePlatforms;
                if (!client.messageTypes.empty() && !messagePlatforms.contains(client.platform)) {
                    r.error(JsonReader::pointerOf(ip, "messageTypes"),
                            QCoreApplication::translate("sig2rtm",
                                                        "messageTypes applies only to clients of these platforms: %1")
                                .arg(messagePlatforms.join(QStringLiteral(", "))),
                            true);
                }
                r.string(value, ip, "notes", false, true);
                d.clients.push_back(std::move(client));
            }
        }
    }

    const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
    if (auto sources = r.stringList(root, p, "sources", false)) {
        for (qsizetype i = 0; i < sources->size(); ++i) {
            const QString folder = QDir::cleanPath(base.absoluteFilePath(sources->at(i)));
            const QFileInfo info(folder);
            if (!info.exists()) {
                r.error(
                    jsonPointerAppend(QStringLiteral("/sources"), i),
                    QCoreApplication::translate("sig2rtm", "source folder \"%1\" does not exist").arg(sources->at(i)));
            } else if (!info.isDir()) {
                r.error(jsonPointerAppend(QStringLiteral("/sources"), i),
                        QCoreApplication::translate("sig2rtm", "source \"%1\" is not a folder").arg(sources->at(i)));
            } else {
                d.sources << folder;
            }
        }
    }
    if (auto exclude = r.stringList(root, p, "exclude", false)) {
        d.exclude = *exclude;
    }
    if (const auto* suppressions = r.member(root, p, "suppressions", false)) {
        const QString sp = QStringLiteral("/suppressions");
        if (r.expectArray(*suppressions, sp)) {
            for (std::size_t i = 0; i < suppressions->size(); ++i) {
                const auto& value = (*suppressions)[i];
                const QString ip = jsonPointerAppend(sp, static_cast<qsizetype>(i));
                if (!r.expectObject(value, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(value, ip, {"rule", "file", "line", "fingerprint", "snippet", "reason"});
                auto rule = r.string(value, ip, "rule", true);
                auto file = r.string(value, ip, "file", true);
                auto line = r.integer(value, ip, "line", false, 1, 100000000);
                auto reason = r.string(value, ip, "reason", true);
                auto print = r.string(value, ip, "fingerprint", false);
                static const QRegularExpression hex(
                    QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}")));
                if (print && !hex.match(*print).hasMatch()) {
                    r.error(JsonReader::pointerOf(ip, "fingerprint"),
                            QCoreApplication::translate("sig2rtm", "a fingerprint is 32 lowercase hexadecimal digits"));
                }
                auto snippet = r.string(value, ip, "snippet", false, true);
                if (rule && file && reason) {
                    d.suppressions.push_back({*rule, *file, line.value_or(0), *reason, print.value_or(QString()),
                                              snippet.value_or(QString())});
                }
            }
        }
    }
    if (d.clients.empty() && d.sources.isEmpty() && !root.contains("clients") && !root.contains("sources")) {
        r.error(p, QCoreApplication::translate(
                       "sig2rtm",
                       "a description needs \"clients\" (declared facts), \"sources\" (folders to scan), or both"));
    }

    if (!problems.isEmpty()) {
        if (diagnostics) {
            *diagnostics << problems;
        }
        return std::nullopt;
    }
    return d;
}

QByteArray ProjectDescription::toJsonText(const QString& baseDir) const
{
    using nlohmann::json;
    json root = {{"format", kFormat}, {"name", name.toStdString()}};
    if (!appId.isEmpty()) {
        root["appId"] = appId.toStdString();
    }
    json clientArray = json::array();
    const QDir base(baseDir);
    for (const auto& c : clients) {
        json item = json::object();
        if (!c.name.isEmpty()) {
            item["name"] = c.name.toStdString();
        }
        if (!c.folder.isEmpty()) {
            const QString folder = baseDir.isEmpty() ? c.folder : base.relativeFilePath(c.folder);
            item["path"] = (folder.isEmpty() ? QStringLiteral(".") : folder).toStdString();
        }
        item["platform"] = c.platform.toStdString();
        item["sdk"] = toString(c.sdk).toStdString();
        item["sdkVersion"] = c.sdkVersion ? c.sdkVersion->toStdString() : std::string("unknown");
        json features = json::array();
        for (const auto& f : c.features) {
            features.push_back(f.value.toStdString());
        }
        item["features"] = features;
        if (!c.messageTypes.empty()) {
            json types = json::array();
            for (const auto& t : c.messageTypes) {
                types.push_back(t.value.toStdString());
            }
            item["messageTypes"] = types;
        }
        clientArray.push_back(item);
    }
    root["clients"] = clientArray;
    if (!sources.isEmpty()) {
        json list = json::array();
        for (const auto& s : sources) {
            list.push_back((baseDir.isEmpty() ? s : base.relativeFilePath(s)).toStdString());
        }
        root["sources"] = list;
    }
    if (!exclude.isEmpty()) {
        json list = json::array();
        for (const auto& e : exclude) {
            list.push_back(e.toStdString());
        }
        root["exclude"] = list;
    }
    if (!suppressions.empty()) {
        json list = json::array();
        for (const auto& s : suppressions) {
            json item = {
                {"rule", s.rule.toStdString()}, {"file", s.file.toStdString()}, {"reason", s.reason.toStdString()}};
            if (!s.fingerprint.isEmpty()) {
                item["fingerprint"] = s.fingerprint.toStdString();
            }
            if (!s.snippet.isEmpty()) {
                item["snippet"] = s.snippet.toStdString();
            }
            if (s.fingerprint.isEmpty() && s.line > 0) {
                item["line"] = s.line;
            }
            list.push_back(item);
        }
        root["suppressions"] = list;
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace sig2rtm
