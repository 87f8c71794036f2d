// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "jsonreader.h"
#include "untrustedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

// The engine is a static library: its resources must be registered explicitly.
static void initEngineResources()
{
    Q_INIT_RESOURCE(engine);
}

namespace sig2rtm {

bool Rule::appliesTo(Language language) const
{
    return languages.test(static_cast<std::size_t>(language));
}

QStringList Catalog::rowIds() const
{
    QStringList ids;
    for (const auto& r : m_rows) {
        ids << r.id;
    }
    return ids;
}

const RowDefinition* Catalog::versionRow() const
{
    for (const auto& r : m_rows) {
        if (!r.minimumVersion.isEmpty()) {
            return &r;
        }
    }
    return nullptr;
}

void Rule::makeMessages()
{
    const QString prefix = QStringLiteral("rule/") + id;
    m_messages[0] = Message::catalog(prefix + QStringLiteral("/reason"));
    m_messages[1] = Message::catalog(prefix + QStringLiteral("/fallback"));
    m_messages[2] = version.missing.isEmpty() ? Message() : Message::catalog(prefix + QStringLiteral("/missing"));
}

const Remediation* Catalog::supportRemediation() const
{
    // In id order: the same answer however the hash is laid out.
    QStringList ids = m_remediations.keys();
    ids.sort();
    for (const auto& id : ids) {
        if (const auto it = m_remediations.constFind(id); !it->email.isEmpty()) {
            return &it.value();
        }
    }
    return nullptr;
}

QString Catalog::remediationUrl(const QString& kind, const QString& platform, ReportLanguage language) const
{
    const auto it = m_remediations.constFind(kind);
    if (it == m_remediations.cend()) {
        return {};
    }
    if (it->guide.isEmpty()) {
        return it->link.get(language);
    }
    return guideUrl(it->perPlatform() ? platform : it->guide, language);
}

QString Catalog::guideUrl(const QString& platform, ReportLanguage language) const
{
    const PlatformDefinition* p = this->platform(platform);
    return p ? p->guide.get(language) : QString();
}

QStringList Catalog::guidePlatforms() const
{
    QStringList ids;
    for (const auto& id : knownPlatforms()) {
        if (const PlatformDefinition* p = platform(id); p && !p->guide.isEmpty()) {
            ids << id;
        }
    }
    return ids;
}

const PlatformDefinition* Catalog::platform(const QString& id) const
{
    for (const auto& p : m_platforms) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QStringList Catalog::featureIds() const
{
    QStringList ids;
    for (const auto& f : m_declarations.features) {
        ids << f.id;
    }
    return ids;
}

QStringList Catalog::messageTypeIds() const
{
    QStringList ids;
    for (const auto& t : m_declarations.messageTypes) {
        ids << t.id;
    }
    return ids;
}

const LocalizedText* Catalog::text(QStringView path) const
{
    const auto parts = path.split(u'/');
    const auto field = [&](qsizetype i) { return i < parts.size() ? parts.at(i) : QStringView(); };
    const auto nonEmpty = [](const LocalizedText& t) { return t.isEmpty() ? nullptr : &t; };
    const QStringView kind = field(0);
    if (kind == u"text" && parts.size() == 2) {
        auto it = m_texts.constFind(field(1).toString());
        return it == m_texts.cend() ? nullptr : &it.value();
    }
    if (kind == u"row" && parts.size() == 3) {
        const RowDefinition* r = row(field(1).toString());
        if (!r) {
            return nullptr;
        }
        const QStringView f = field(2);
        if (f == u"title") {
            return nonEmpty(r->title);
        }
        if (f == u"explanation") {
            return nonEmpty(r->explanation);
        }
        if (f == u"recommendation") {
            return nonEmpty(r->recommendation);
        }
        if (f == u"pass") {
            return nonEmpty(r->pass);
        }
        if (f == u"versionUnknown") {
            return nonEmpty(r->versionUnknown);
        }
        if (f == u"question") {
            return nonEmpty(r->question);
        }
        if (f == u"questionHelp") {
            return nonEmpty(r->questionHelp);
        }
        return nullptr;
    }
    if (kind == u"rule" && parts.size() == 3) {
        const Rule* r = rule(field(1).toString());
        if (!r) {
            return nullptr;
        }
        if (field(2) == u"reason") {
            return nonEmpty(r->reason);
        }
        if (field(2) == u"fallback") {
            return r->fallback ? nonEmpty(r->fallback->reason) : nullptr;
        }
        if (field(2) == u"missing") {
            return nonEmpty(r->version.missing);
        }
        return nullptr;
    }
    if (kind == u"platform" && parts.size() == 3) {
        const PlatformDefinition* p = platform(field(1).toString());
        if (!p) {
            return nullptr;
        }
        return field(2) == u"name"          ? nonEmpty(p->name)
               : field(2) == u"versionHelp" ? nonEmpty(p->versionHelp)
                                            : nullptr;
    }
    if (kind == u"remediation" && parts.size() == 3 && field(2) == u"label") {
        auto it = m_remediations.constFind(field(1).toString());
        return it == m_remediations.cend() ? nullptr : nonEmpty(it->label);
    }
    if (kind != u"declared" || parts.size() < 3) {
        return nullptr;
    }
    const auto& d = m_declarations;
    const QStringView group = field(1);
    if (group == u"sdk" && parts.size() == 3) {
        auto it = m_texts.constFind(QStringLiteral("declarations/sdk/") + field(2).toString());
        if (field(2) == u"description") {
            return nonEmpty(d.sdkDescription);
        }
        return it == m_texts.cend() ? nullptr : &it.value();
    }
    const auto valueText = [&](const std::vector<DeclaredValueDefinition>& values,
                               const LocalizedText& description) -> const LocalizedText* {
        if (parts.size() == 3 && field(2) == u"description") {
            return nonEmpty(description);
        }
        if (parts.size() != 4) {
            return nullptr;
        }
        for (const auto& v : values) {
            if (v.id == field(2)) {
                return field(3) == u"label" ? nonEmpty(v.label) : field(3) == u"reason" ? nonEmpty(v.reason) : nullptr;
            }
        }
        return nullptr;
    };
    if (group == u"feature") {
        return valueText(d.features, d.featureDescription);
    }
    if (group == u"message-type") {
        return valueText(d.messageTypes, d.messageTypeDescription);
    }
    if (group == u"client" && parts.size() == 4) {
        for (const auto& c : d.clients) {
            if (c.platform == field(2)) {
                const QStringView f = field(3);
                return f == u"question"      ? nonEmpty(c.question)
                       : f == u"description" ? nonEmpty(c.description)
                       : f == u"reason"      ? nonEmpty(c.reason)
                                             : nullptr;
            }
        }
    }
    return nullptr;
}

const RowDefinition* Catalog::row(const QString& id) const
{
    for (const auto& r : m_rows) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

int Catalog::rowIndex(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const Rule* Catalog::rule(const QString& id) const
{
    for (const auto& r : m_rules) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

QStringList Catalog::prefilterLiterals() const
{
    QSet<QString> seen;
    QStringList out;
    const auto add = [&](const QString& literal) {
        if (!literal.isEmpty() && !seen.contains(literal)) {
            seen.insert(literal);
            out << literal;
        }
    };
    for (const auto& rule : m_rules) {
        for (const auto& l : rule.literals) {
            add(l);
        }
        for (const auto& n : rule.names) {
            add(n);
        }
        for (auto it = rule.calls.cbegin(); it != rule.calls.cend(); ++it) {
            add(it.key());
        }
    }
    return out;
}

std::shared_ptr<const Catalog> Catalog::load(const QByteArray& text, const QString& fileName, Diagnostics* diagnostics)
{
    Diagnostics local;
    Diagnostic syntax;
    auto source = JsonSource::parse(text, fileName, &syntax);
    if (!source) {
        if (diagnostics) {
            *diagnostics << syntax;
        }
        return nullptr;
    }
    auto catalog = std::make_shared<Catalog>();
    JsonReader reader(*source, local);
    catalog->read(reader, false);
    if (!local.isEmpty()) {
        if (diagnostics) {
            *diagnostics << local;
        }
        return nullptr;
    }
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::loadFile(const QString& path, Diagnostics* diagnostics)
{
    const auto bytes = readUntrustedFile(path, kMaxFileBytes, diagnostics);
    if (!bytes) {
        return nullptr;
    }
    return load(*bytes, path, diagnostics);
}

std::shared_ptr<const Catalog> Catalog::builtin()
{
    static const std::shared_ptr<const Catalog> catalog = [] {
        initEngineResources();
        Diagnostics diagnostics;
        auto c = loadFile(QStringLiteral(":/sig2rtm/rules/signaling-rtm.json"), &diagnostics);
        if (!c) {
            qFatal("built-in rule catalog is invalid:\n%s", qPrintable(toString(diagnostics)));
        }
        return c;
    }();
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::withRules(const std::function<bool(const Rule&)>& keep) const
{
    auto copy = std::make_shared<Catalog>(*this);
    std::erase_if(copy->m_rules, [&keep](const Rule& rule) { return !keep(rule); });
    return copy;
}

std::shared_ptr<const Catalog> Catalog::extend(const std::shared_ptr<const Catalog>& base, const QByteArray& text,
                                               const QString& fileName, Diagnostics* diagnostics)
{
    Diagnostic syntax;
    auto source = JsonSource::parse(text, fileName, &syntax);
    if (!source) {
        if (diagnostics) {
            *diagnostics << syntax;
        }
        return nullptr;
    }
    auto catalog = std::make_shared<Catalog>(*base);
    const bool full = source->root().is_object() && source->root().contains("rows");
    Catalog extension;
    extension.m_remediations = base->m_remediations;
    if (!full) {
        extension.m_rows = base->m_rows; // rules name rows of the base catalog
    }
    Diagnostics local;
    JsonReader reader(*source, local);
    extension.read(reader, !full);
    if (!local.isEmpty()) {
        if (diagnostics) {
            *diagnostics << local;
        }
        return nullptr;
    }
    if (full) {
        catalog->m_rows = extension.m_rows;
        catalog->m_texts = extension.m_texts;
        catalog->m_platforms = extension.m_platforms;
        catalog->m_declarations = extension.m_declarations;
        catalog->m_timeline = extension.m_timeline;
        catalog->m_remediations = extension.m_remediations;
        catalog->m_sourceTitle = extension.m_sourceTitle;
        catalog->m_sourceUrl = extension.m_sourceUrl;
        catalog->m_versionStrings = extension.m_versionStrings;
        catalog->m_inventory = extension.m_inventory;
        catalog->m_clientMarkers = extension.m_clientMarkers;
    }
    for (auto& rule : extension.m_rules) {
        auto it = std::find_if(catalog->m_rules.begin(), catalog->m_rules.end(),
                               [&](const Rule& existing) { return existing.id == rule.id; });
        if (it != catalog->m_rules.end()) {
            *it = std::move(rule);
        } else {
            catalog->m_rules.push_back(std::move(rule));
        }
    }
    return catalog;
}

} // namespace sig2rtm
