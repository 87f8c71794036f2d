// SPDX-License-Identifier: MIT
#include "message.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sig2rtm {

namespace {

const char* const kContext = "sig2rtm";

/// A translation from the resources (see the engine's CMakeLists.txt), or null when it is missing.
QTranslator* load(const QString& file)
{
    auto* t = new QTranslator;
    if (t->load(file)) {
        return t;
    }
    delete t;
    return nullptr;
}

/// The Chinese translation, loaded once.
QTranslator* chineseTranslator()
{
    static QTranslator* const translator = load(QStringLiteral(":/i18n/sig2rtm_zh_CN.qm"));
    return translator;
}

/// English plural forms only ("1 note", "2 notes" for "%n note(s)"), loaded once.
QTranslator* englishPlurals()
{
    static QTranslator* const translator = load(QStringLiteral(":/i18n/sig2rtm_en.qm"));
    return translator;
}

/// QString::arg with every argument substituted at once, so that an argument holding "%2" (a path from
/// someone's tree) is never substituted again.
QString substitute(const QString& text, const std::vector<QString>& a)
{
    switch (a.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(a[0]);
    case 2:
        return text.arg(a[0], a[1]);
    case 3:
        return text.arg(a[0], a[1], a[2]);
    case 4:
        return text.arg(a[0], a[1], a[2], a[3]);
    case 5:
        return text.arg(a[0], a[1], a[2], a[3], a[4]);
    case 6:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    }
}

} // namespace

bool installTranslation(ReportLanguage language)
{
    QTranslator* chinese = chineseTranslator();
    QTranslator* plurals = englishPlurals();
    for (QTranslator* t : {chinese, plurals}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
        }
    }
    QTranslator* wanted = language == ReportLanguage::Chinese ? chinese : plurals;
    return wanted ? QCoreApplication::installTranslator(wanted) : language == ReportLanguage::English;
}

QString translate(ReportLanguage language, const char* source, int count)
{
    QString text;
    const QTranslator* t = language == ReportLanguage::Chinese ? chineseTranslator()
                           : count >= 0                        ? englishPlurals()
                                                               : nullptr;
    if (t) {
        text = t->translate(kContext, source, nullptr, count);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (count >= 0) {
        text.replace(QLatin1String("%n"), QString::number(count));
    }
    return text;
}

const QString& Message::key() const
{
    static const QString empty;
    return m_d ? m_d->key : empty;
}

const std::vector<Message>& Message::args() const
{
    static const std::vector<Message> none;
    return m_d ? m_d->args : none;
}

Message Message::literal(QString text)
{
    return Message(Data{Kind::Literal, std::move(text), {}, -1});
}

Message Message::translated(const char* source, std::vector<Message> args, int count)
{
    return Message(Data{Kind::Translated, QString::fromUtf8(source), std::move(args), count});
}

Message Message::catalog(QString path, std::vector<Message> args)
{
    return Message(Data{Kind::Catalog, std::move(path), std::move(args), -1});
}

Message Message::sentences(std::vector<Message> parts)
{
    std::vector<Message> flat;
    for (auto& part : parts) {
        if (part.kind() == Kind::Sentences) {
            flat.insert(flat.end(), part.args().begin(), part.args().end());
        } else if (!part.isEmpty()) {
            flat.push_back(std::move(part));
        }
    }
    if (flat.empty()) {
        return {};
    }
    if (flat.size() == 1) {
        return flat.front();
    }
    return Message(Data{Kind::Sentences, {}, std::move(flat), -1});
}

Message Message::list(std::vector<Message> items)
{
    return Message(Data{Kind::List, {}, std::move(items), -1});
}

Message Message::followedBy(Message sentence) const
{
    return sentences({*this, std::move(sentence)});
}

QString Message::render(ReportLanguage language, const TextSource* texts) const
{
    if (!m_d) {
        return {};
    }
    const Data& d = *m_d;
    std::vector<QString> args;
    args.reserve(d.args.size());
    for (const auto& a : d.args) {
        args.push_back(a.render(language, texts));
    }
    switch (d.kind) {
    case Kind::Empty:
        return {};
    case Kind::Literal:
        return d.key;
    case Kind::Translated:
        return substitute(translate(language, d.key.toUtf8().constData(), d.count), args);
    case Kind::Catalog:
        if (const LocalizedText* text = texts ? texts->text(d.key) : nullptr) {
            return substitute(text->get(language), args);
        }
        return d.key;
    case Kind::List:
    case Kind::Sentences: {
        // Chinese sentences end in full-width punctuation and run on without a space.
        const bool chinese = language == ReportLanguage::Chinese;
        const QString separator = d.kind == Kind::List ? (chinese ? QStringLiteral("；") : QStringLiteral("; "))
                                  : chinese            ? QString()
                                                       : QStringLiteral(" ");
        QString out;
        for (const auto& a : args) {
            if (!out.isEmpty() && !a.isEmpty()) {
                out += separator;
            }
            out += a;
        }
        return out;
    }
    }
    return {};
}

} // namespace sig2rtm
