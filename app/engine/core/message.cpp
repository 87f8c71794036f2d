// SPDX-License-Identifier: MIT
#include "message.h"

#include <mutex>
#include <QCoreApplication>
#include <QTranslator>

namespace sig2rtm {

namespace {

const char* const kContext = "sig2rtm";

/// The Chinese translation, loaded once from the resources (see the engine's CMakeLists.txt).
QTranslator* chineseTranslator()
{
    static QTranslator* translator = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        auto* t = new QTranslator;
        if (t->load(QStringLiteral(":/i18n/sig2rtm_zh_CN.qm"))) {
            translator = t;
        } else {
            delete t;
        }
    });
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
    QTranslator* translator = chineseTranslator();
    if (!translator) {
        return language == ReportLanguage::English;
    }
    QCoreApplication::removeTranslator(translator);
    return language == ReportLanguage::English || QCoreApplication::installTranslator(translator);
}

QString translate(ReportLanguage language, const char* source, int count)
{
    QString text;
    if (language == ReportLanguage::Chinese) {
        if (const auto* t = chineseTranslator()) {
            text = t->translate(kContext, source, nullptr, count);
        }
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (count >= 0) {
        text.replace(QLatin1String("%n"), QString::number(count));
    }
    return text;
}

Message Message::literal(QString text)
{
    Message m;
    m.m_kind = Kind::Literal;
    m.m_key = std::move(text);
    return m;
}

Message Message::translated(const char* source, std::vector<Message> args, int count)
{
    Message m;
    m.m_kind = Kind::Translated;
    m.m_key = QString::fromUtf8(source);
    m.m_args = std::move(args);
    m.m_count = count;
    return m;
}

Message Message::catalog(QString path, std::vector<Message> args)
{
    Message m;
    m.m_kind = Kind::Catalog;
    m.m_key = std::move(path);
    m.m_args = std::move(args);
    return m;
}

Message Message::sentences(std::vector<Message> parts)
{
    Message m;
    m.m_kind = Kind::Sentences;
    for (auto& part : parts) {
        if (part.isEmpty()) {
            continue;
        }
        if (part.m_kind == Kind::Sentences) {
            for (auto& inner : part.m_args) {
                m.m_args.push_back(std::move(inner));
            }
        } else {
            m.m_args.push_back(std::move(part));
        }
    }
    if (m.m_args.empty()) {
        return {};
    }
    if (m.m_args.size() == 1) {
        return m.m_args.front();
    }
    return m;
}

Message Message::list(std::vector<Message> items)
{
    Message m;
    m.m_kind = Kind::List;
    m.m_args = std::move(items);
    return m;
}

Message Message::followedBy(Message sentence) const
{
    return sentences({*this, std::move(sentence)});
}

QString Message::render(ReportLanguage language, const TextSource* texts) const
{
    std::vector<QString> args;
    args.reserve(m_args.size());
    for (const auto& a : m_args) {
        args.push_back(a.render(language, texts));
    }
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Literal:
        return m_key;
    case Kind::Translated:
        return substitute(translate(language, m_key.toUtf8().constData(), m_count), args);
    case Kind::Catalog:
        if (const LocalizedText* text = texts ? texts->text(m_key) : nullptr) {
            return substitute(text->get(language), args);
        }
        return m_key;
    case Kind::List:
    case Kind::Sentences: {
        // Chinese sentences end in full-width punctuation and run on without a space.
        const bool chinese = language == ReportLanguage::Chinese;
        const QString separator = m_kind == Kind::List ? (chinese ? QStringLiteral("；") : QStringLiteral("; "))
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
