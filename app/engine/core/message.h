// SPDX-License-Identifier: MIT
#pragma once

#include "localizedtext.h"

#include <memory>
#include <QString>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// Where catalog texts come from when a Message is shown (the rule catalog implements it). Paths:
/// "rule/<id>/reason", "rule/<id>/fallback", "rule/<id>/missing", "row/<id>/title", "row/<id>/pass", ...
class TextSource
{
public:
    virtual ~TextSource() = default;
    /// The text at path, or null when there is none.
    virtual const LocalizedText* text(QStringView path) const = 0;
};

/// Text for people, kept language-neutral until it is shown: the engine stores these in findings, rows
/// and skip lists, and the report writers, the CLI and the UI render them in the language they show.
/// One scan result therefore renders in English or Chinese without rescanning.
///
/// Code texts are marked for lupdate where they are written:
///     Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "cannot read: %1"), {Message::literal(error)})
///     Message::translated(QT_TRANSLATE_N_NOOP("sig2rtm", "%n finding(s)"), {}, count)
/// and translated through resources/i18n/sig2rtm_zh_CN.ts, the one translation file of the project.
///
/// A Message is immutable and shares its content: copying one copies a pointer. A scan keeps thousands of
/// findings, most of them quoting the same rule's reason, so a finding must not grow with its texts.
class Message
{
public:
    enum class Kind { Empty, Literal, Translated, Catalog, Sentences, List };

    Message() = default;

    /// Shown as is in every language: paths, names, versions, code, a third party's words.
    static Message literal(QString text);
    /// A code text, marked with QT_TRANSLATE_NOOP("sig2rtm", ...) or QT_TRANSLATE_N_NOOP ("%n" is count).
    /// %1, %2, ... are the arguments, each rendered in the same language.
    /// (Not named tr(): lupdate would read Message::tr(QT_TRANSLATE_NOOP(...)) as a tr() call and miss the text.)
    static Message translated(const char* source, std::vector<Message> args = {}, int count = -1);
    /// A text of the catalog (see TextSource), with %1, %2, ... arguments.
    static Message catalog(QString path, std::vector<Message> args = {});
    /// Sentences shown one after the other (empty parts are dropped).
    static Message sentences(std::vector<Message> parts);

    /// Items of a list shown with "; " between them ("；" in Chinese).
    static Message list(std::vector<Message> items);

    /// This message followed by another sentence.
    Message followedBy(Message sentence) const;

    Kind kind() const { return m_d ? m_d->kind : Kind::Empty; }
    bool isEmpty() const { return !m_d; }
    /// The literal text, the untranslated source or the catalog path: what identifies the message.
    const QString& key() const;
    const std::vector<Message>& args() const;
    int count() const { return m_d ? m_d->count : -1; }

    /// The text in a language. Catalog paths resolve through texts (null: the path is shown).
    QString render(ReportLanguage language, const TextSource* texts) const;

    friend bool operator==(const Message& a, const Message& b)
    {
        return a.m_d == b.m_d ||
               (a.kind() == b.kind() && a.key() == b.key() && a.count() == b.count() && a.args() == b.args());
    }

private:
    struct Data
    {
        Kind kind = Kind::Empty;
        QString key;
        std::vector<Message> args;
        int count = -1;
    };
    explicit Message(Data data) : m_d(std::make_shared<const Data>(std::move(data))) {}

    std::shared_ptr<const Data> m_d; ///< null: the empty message
};

/// Installs the compiled-in translation of a language into the application (Chinese; for English its plural
/// forms), for texts translated as they are made: diagnostics, and the widgets' tr(). Returns whether the
/// translation is in place.
bool installTranslation(ReportLanguage language);

/// A code text of context "sig2rtm" in a language ("%n" replaced by count when count >= 0). The Chinese
/// texts come from the compiled-in translation; a text it lacks stays English.
QString translate(ReportLanguage language, const char* source, int count = -1);

} // namespace sig2rtm
