// SPDX-License-Identifier: MIT
#include "inventory.h"

#include "lexer.h"
#include "lineindex.h"
#include "tokencursor.h"

namespace sig2rtm {

std::vector<InventoryUse> findInventoryUses(const Inventory& inventory, const QString& file, QStringView text,
                                            Language language, const QString& platform, bool legacyFile,
                                            const QSet<QString>& sdkObjects)
{
    std::vector<InventoryUse> out;
    if (inventory.apis.empty()) {
        return out;
    }
    const std::vector<Token> tokens = tokenize(text, language);
    std::vector<int> significant;
    significant.reserve(tokens.size());
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Comment) {
            significant.push_back(i);
        }
    }
    const TokenCursor c(text, tokens, significant, language);
    const LineIndex lines(text);
    std::vector<char16_t> brackets; // the open brackets around the token: "[" makes an Objective-C message
    QSet<QString> objects = sdkObjects;
    const auto add = [&](int k, const InventoryApi& api, const QString& name) {
        const Token& t = c.at(k);
        out.push_back({api.id, name, file, lines.lineOf(t.begin), lines.columnOf(t.begin),
                       lines.snippet(t.begin, t.end - t.begin), platform});
    };
    // Handlers may use an object before the code that binds it ("session = client.open(...)" further down):
    // bindings are collected first (twice, for chains), then the uses.
    const auto pass = [&](bool record) {
        brackets.clear();
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
                if (!legacyFile) {
                    continue;
                }
                const QString value = tokenValue(text, t);
                if (const auto it = inventory.apiOfName.constFind(value);
                    it != inventory.apiOfName.cend() &&
                    inventory.apis[static_cast<std::size_t>(*it)].kind == InventoryApi::Kind::String) {
                    if (record) {
                        add(k, inventory.apis[static_cast<std::size_t>(*it)], value);
                    }
                }
                continue;
            }
            if (t.kind != TokenKind::Identifier) {
                continue;
            }
            const QStringView word = c.textOf(t);
            const auto it = inventory.apiOfName.constFind(word.toString());
            if (it == inventory.apiOfName.cend()) {
                continue;
            }
            const InventoryApi& api = inventory.apis[static_cast<std::size_t>(*it)];
            if (api.kind == InventoryApi::Kind::String) {
                continue;
            }
            const bool member = c.isPunct(k - 1, u'.') || (c.isPunct(k - 1, u'>') && c.isPunct(k - 2, u'-'));
            if (api.kind == InventoryApi::Kind::Event) {
                // A handler: assigned ("session.onOpened = ...", a block property) or declared as an
                // override of the callback interface ("void onOpened(...)", "- (void)onOpened...").
                const bool assigned = member && c.isPunct(k + 1, u'=') && !c.isPunct(k + 2, u'=');
                const bool declared =
                    !member && (c.isDeclaration(k) || (c.text(k - 1) == u"void" && c.isPunct(k + 1, u'(')));
                const bool objcMethod = language == Language::ObjC && c.isPunct(k - 1, u')') && c.isPunct(k + 1, u':');
                if (record && legacyFile && (assigned || declared || objcMethod)) {
                    add(k, api, word.toString());
                }
                continue;
            }
            const bool inMessage = !brackets.empty() && brackets.back() == u'[';
            if (!c.isCall(k, inMessage)) {
                continue;
            }
            // A call on an SDK object (or on what an SDK call returned: a session, a channel), or a factory call.
            const QString name = word.toString();
            const bool counts = (member || inMessage) ? objects.contains(c.receiverOf(k))
                                                      : legacyFile && sdkObjects.contains(name);
            if (!counts) {
                continue;
            }
            if (record) {
                add(k, api, name);
            }
            // "x = receiver.api(...)" / "var x = Factory(...)": x holds an SDK object from here on.
            int start = member ? k - 2 : k;
            while (start >= 2 && c.isPunct(start - 1, u'.') && c.isWord(start - 2)) {
                start -= 2;
            }
            if (c.isPunct(start - 1, u'=') && !c.isPunct(start - 2, u'=') && c.isWord(start - 2)) {
                objects.insert(c.text(start - 2).toString());
            }
        }
    };
    pass(false);
    pass(false);
    pass(true);
    return out;
}

} // namespace sig2rtm
