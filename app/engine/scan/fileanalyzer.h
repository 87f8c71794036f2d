#pragma once

#include "catalog.h"
#include "language.h"
#include "prefilter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace sig2rtm {

/// A match that still has to pass its rule's project-level requirement.
struct Candidate
{
    Finding finding;
    Requirement requirement = Requirement::None;
    QString subject;   ///< receiver name (SignalingReceiver) or class name (NotShim)
};

/// What one file contributes to a scan.
struct FileScan
{
    QString file;                  ///< relative path
    Language language = Language::Unknown;
    std::vector<Candidate> candidates;
    QStringList boundNames;        ///< variables / properties / methods typed or created as Signaling objects
    QStringList shimClasses;       ///< Signaling class names this file defines on top of RTM
    bool webMarker = false;        ///< uses a Signaling Web API besides Signal(...)
    bool sdkFile = false;          ///< a vendored SDK file: only presence rules apply
    bool wechatConfig = false;     ///< project.config.json / app.json of a WeChat mini-program
    bool wxml = false;
    bool binary = false;
    QString encoding;              ///< "utf-8", "utf-16", "gb18030"
    /// Receiver names of receiver-gated calls (setBackground) in a file that was not lexed because
    /// nothing else in it could match. The scan analyses the file fully only if a name turns out to be
    /// a Signaling object.
    QStringList deferredReceivers;
};

/// The catalog compiled for fast matching: literal prefilter and per-kind rule lists.
class RuleIndex
{
public:
    RuleIndex(std::shared_ptr<const Catalog> catalog, ReportLanguage language);

    const Catalog& catalog() const { return *m_catalog; }
    ReportLanguage language() const { return m_language; }
    const Prefilter& prefilter() const { return m_prefilter; }

    /// Rules (indices into catalog().rules()) that one prefilter literal can trigger.
    const std::vector<int>& rulesForLiteral(int literal) const { return m_rulesByLiteral[static_cast<std::size_t>(literal)]; }
    const std::vector<int>& pathRules() const { return m_pathRules; }
    const std::vector<int>& projectRules() const { return m_projectRules; }

    /// Rules whose identifier names include name.
    const std::vector<int>* identifierRules(QStringView name) const;

private:
    std::shared_ptr<const Catalog> m_catalog;
    ReportLanguage m_language;
    Prefilter m_prefilter;
    std::vector<std::vector<int>> m_rulesByLiteral;
    std::vector<int> m_pathRules;
    std::vector<int> m_projectRules;
    QHash<QStringView, std::vector<int>> m_identifierRules;
    qsizetype m_minNameLength = 1 << 20;
    qsizetype m_maxNameLength = 0;
};

/// Matches path rules against a file or folder name. Returns the candidates (line 0).
std::vector<Candidate> matchPathRules(const RuleIndex& index, const QString& relativePath, bool binaryOrDirectory);

/// Decodes text the way sig2rtm reads sources: UTF-16 with a BOM, UTF-8 (BOM optional), else GB18030.
QString decodeSource(const QByteArray& bytes, QString* encoding);

/// True when the bytes look binary (a NUL byte in the first 8 KB, UTF-16 BOM excepted).
bool looksBinary(const QByteArray& head);

/// Applies every content rule to one text file. bytes must be the whole file. sdkFile: the file is a
/// vendored SDK file (recognised by its name), so only presence rules apply to it.
FileScan analyzeFile(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes, bool sdkFile,
                     bool allowDeferral = true);

} // namespace sig2rtm
