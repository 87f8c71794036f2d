// SPDX-License-Identifier: MIT
#include "inventory.h"

#include "lexer.h"
#include "lineindex.h"
#include "tokencursor.h"

#include <QHash>

namespace sig2rtm {

std::vector<InventoryCandidate> inventoryCandidates(const Inventory& inventory, QStringView text, const TokenCursor& c,
                                                    const LineIndex& lines, Language language)
{
    std::vector<InventoryCandidate> out;
    if (inventory.apis.empty()) {
        return out;
    }
    // Looked up for every identifier: by view, without allocating.
    QHash<QStringView, int> apiOfName;
    apiOfName.reserve(inventory.apiOfName.size());
    for (auto it = inventory.apiOfName.cbegin(); it != inventory.apiOfName.cend(); ++it) {
        apiOfName.insert(QStringView(it.key()), it.value());
    }
    std::vector<char16_t> brackets; // the open brackets around the token: "[" makes an Objective-C message
    const auto add = [&](int k, int api, InventoryCandidate::How how, const QString& name) {
        const Token& t = c.at(k);
        InventoryCandidate candidate;
        candidate.api = api;
        candidate.how = how;
        candidate.line = lines.lineOf(t.begin);
        candidate.column = lines.columnOf(t.begin);
        candidate.name = name;
        candidate.snippet = lines.snippet(t.begin, t.end - t.begin);
        return &out.emplace_back(std::move(candidate));
    };
    for (int k = 0; k < c.count(); ++k) {
        const Token& t = c.at(k);
        if (t.kind == TokenKind::Punct) {
            const QStringView p = c.textOf(t);
            if (p == u"(" || p == u"[" || p == u"{") {
                brackets.push_back(p[0].unicode());
            } else if ((p == u")" || p == u"]" || p == u"}") && !brackets.empty()) {
                brackets.pop_back();
            }
            continue;
        }
        if (t.kind == TokenKind::String) {
            const QStringView raw = c.textOf(t);
            if (raw.size() < 4 || raw.size() > 128) {
                continue;
            }
            const QString value = tokenValue(text, t);
            if (const auto it = inventory.apiOfName.constFind(value);
                it != inventory.apiOfName.cend() &&
                inventory.apis[static_cast<std::size_t>(*it)].kind == InventoryApi::Kind::String) {
                add(k, *it, InventoryCandidate::How::String, value);
            }
            continue;
        }
        if (t.kind != TokenKind::Identifier) {
            continue;
        }
        const QStringView word = c.textOf(t);
        const auto it = apiOfName.constFind(word);
        if (it == apiOfName.cend()) {
            continue;
        }
        const InventoryApi& api = inventory.apis[static_cast<std::size_t>(*it)];
        if (api.kind == InventoryApi::Kind::String) {
            continue;
        }
        const bool member = c.isPunct(k - 1, u'.') || (c.isPunct(k - 1, u'>') && c.isPunct(k - 2, u'-'));
        if (api.kind == InventoryApi::Kind::Event) {
            // A handler: assigned ("session.onOpened = ...", a block property) or declared as an override of
            // the callback interface ("void onOpened(...)", "- (void)onOpened...").
            const bool assigned = member && c.isPunct(k + 1, u'=') && !c.isPunct(k + 2, u'=');
            const bool declared =
                !member && (c.isDeclaration(k) || (c.text(k - 1) == u"void" && c.isPunct(k + 1, u'(')));
            const bool objcMethod = language == Language::ObjC && c.isPunct(k - 1, u')') && c.isPunct(k + 1, u':');
            if (assigned || declared || objcMethod) {
                add(k, *it, InventoryCandidate::How::Handler, word.toString());
            }
            continue;
        }
        const bool inMessage = !brackets.empty() && brackets.back() == u'[';
        if (!c.isCall(k, inMessage)) {
            continue;
        }
        const bool onReceiver = member || inMessage;
        auto* candidate = add(k, *it, onReceiver ? InventoryCandidate::How::Member : InventoryCandidate::How::Factory,
                              word.toString());
        if (onReceiver) {
            candidate->receiver = c.receiverOf(k);
        }
        // "x = receiver.api(...)" / "var x = Factory(...)": x holds what the call returns.
        int start = member ? k - 2 : k;
        while (start >= 2 && c.isPunct(start - 1, u'.') && c.isWord(start - 2)) {
            start -= 2;
        }
        if (c.isPunct(start - 1, u'=') && !c.isPunct(start - 2, u'=') && c.isWord(start - 2)) {
            candidate->assignedTo = c.text(start - 2).toString();
        }
    }
    return out;
}

std::vector<InventoryUse> resolveInventory(const Inventory& inventory,
                                           const std::vector<InventoryCandidate>& candidates, const QString& file,
                                           const QString& platform, const QSet<QString>& sdkObjects)
{
    // A handler may use an object before the code that binds it ("session = client.open(...)" further down):
    // bindings are followed to a fixed point first, then the uses are decided.
    QSet<QString> objects = sdkObjects;
    const auto counts = [&](const InventoryCandidate& c) {
        switch (c.how) {
        case InventoryCandidate::How::Factory:
            return sdkObjects.contains(c.name);
        case InventoryCandidate::How::Member:
            return objects.contains(c.receiver);
        case InventoryCandidate::How::Handler:
        case InventoryCandidate::How::String:
            return true;
        }
        return false;
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& c : candidates) {
            if (!c.assignedTo.isEmpty() && !objects.contains(c.assignedTo) && counts(c)) {
                objects.insert(c.assignedTo);
                grew = true;
            }
        }
    }
    std::vector<InventoryUse> out;
    for (const auto& c : candidates) {
        if (counts(c)) {
            out.push_back({inventory.apis[static_cast<std::size_t>(c.api)].id,
                           c.name,
                           file,
                           c.line,
                           c.column,
                           c.snippet,
                           platform,
                           {}});
        }
    }
    return out;
}

std::vector<InventoryUse> findInventoryUses(const Inventory& inventory, const QString& file, QStringView text,
                                            Language language, const QString& platform, const QSet<QString>& sdkObjects)
{
    const std::vector<Token> tokens = tokenize(text, language);
    std::vector<int> significant;
    significant.reserve(tokens.size());
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Comment) {
            significant.push_back(i);
        }
    }
    const TokenCursor cursor(text, tokens, significant, language);
    const LineIndex lines(text);
    return resolveInventory(inventory, inventoryCandidates(inventory, text, cursor, lines, language), file, platform,
                            sdkObjects);
}

} // namespace sig2rtm
