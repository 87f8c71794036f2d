// SPDX-License-Identifier: MIT
#include "scanner.h"

#include "binaryversion.h"
#include "clients.h"
#include "fileanalyzer.h"
#include "filewalker.h"
#include "largefile.h"
#include "projectrequirements.h"
#include "ruleindex.h"
#include "scannedfile.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <thread>

Q_LOGGING_CATEGORY(lcScan, "sig2rtm.scan", QtInfoMsg)

namespace sig2rtm {

namespace {

// Extensions that are never text: skipped without opening them (unless a rule knows the name).
// Checked without allocating: this runs for every file of the tree.
bool hasBinaryExtension(QStringView path)
{
    const auto slash = path.lastIndexOf(u'/');
    // A versioned shared library: libname.so.1, libname.so.1.0.2.
    if (const auto so = path.lastIndexOf(u".so."); so > slash) {
        const QStringView rest = path.sliced(so + 4);
        if (std::all_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit() || c == u'.'; })) {
            return true;
        }
    }
    const auto dot = path.lastIndexOf(u'.');
    if (dot <= slash || path.size() - dot > 9) {
        return false;
    }
    const QStringView ext = path.sliced(dot + 1);
    static constexpr QStringView kBinary[] = {
        u"png",   u"jpg", u"jpeg", u"gif",   u"webp", u"ico",   u"icns",     u"bmp", u"mp3", u"mp4",
        u"wav",   u"mov", u"zip",  u"gz",    u"tgz",  u"xz",    u"7z",       u"rar", u"jar", u"aar",
        u"apk",   u"ipa", u"so",   u"dylib", u"dll",  u"lib",   u"a",        u"o",   u"obj", u"exe",
        u"class", u"pdf", u"ttf",  u"otf",   u"woff", u"woff2", u"keystore", u"jks", u"pyc", u"bin"};
    for (QStringView b : kBinary) {
        if (b.size() == ext.size() && b.compare(ext, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

struct WorkerOutput
{
    std::vector<std::pair<std::size_t, FileScan>> scans;
    std::vector<std::pair<std::size_t, SkippedEntry>> skipped;
    qint64 sourceFiles = 0; ///< text files of a language the rules read
};

class ProgressReporter
{
public:
    explicit ProgressReporter(ScanObserver* observer) : m_observer(observer) { m_timer.start(); }

    void fileFound(qint64 bytes)
    {
        ++m_filesTotal;
        m_bytesTotal += bytes;
    }

    void walkFinished() { m_walking = false; }

    /// progressBytes counts toward the progress total (the walk's size); readBytes toward the statistics.
    void fileDone(qint64 progressBytes, qint64 readBytes, const QString& file)
    {
        const qint64 files = ++m_files;
        m_read += readBytes;
        const qint64 done = (m_bytes += progressBytes);
        if (!m_observer) {
            return;
        }
        const qint64 now = m_timer.elapsed();
        qint64 last = m_last.load();
        if (now - last < 50 || !m_last.compare_exchange_strong(last, now)) {
            return;
        }
        m_observer->progress({files, m_filesTotal.load(), done, m_bytesTotal.load(), file, m_walking.load()});
    }

    void finish()
    {
        if (m_observer) {
            m_observer->progress({m_files.load(), m_filesTotal.load(), m_bytes.load(), m_bytesTotal.load(), {}, false});
        }
    }

    qint64 bytesRead() const { return m_read.load(); }
    qint64 files() const { return m_files.load(); }

private:
    ScanObserver* m_observer;
    std::atomic<qint64> m_filesTotal{0};
    std::atomic<qint64> m_bytesTotal{0};
    std::atomic_bool m_walking{true};
    std::atomic<qint64> m_files{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_read{0};
    std::atomic<qint64> m_last{-1000};
    QElapsedTimer m_timer;
};

/// Files flow from the walker (the calling thread) to the workers as they are found.
class FileQueue
{
public:
    void push(std::size_t index, WalkEntry&& entry)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.emplace_back(index, std::move(entry));
        }
        m_ready.notify_one();
    }

    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

    /// The next file, or nothing once the queue is closed and empty or the scan is canceled.
    std::optional<std::pair<std::size_t, WalkEntry>> pop(const std::atomic_bool* cancel)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                return std::nullopt;
            }
            if (!m_items.empty()) {
                auto item = std::move(m_items.front());
                m_items.pop_front();
                return item;
            }
            if (m_closed) {
                return std::nullopt;
            }
            // Wake up now and then to notice a cancellation nobody notifies about.
            m_ready.wait_for(lock, std::chrono::milliseconds(20));
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::pair<std::size_t, WalkEntry>> m_items;
    bool m_closed = false;
};

/// Reads a file whole, or its first 8 KB when it is larger than maxBytes (enough to tell a binary file), through
/// ScannedFile (no link followed, no FIFO waited on, still inside the root). A file that grew since it was opened
/// is read to its new end, up to maxBytes. Sets *tooLarge when the file exceeds maxBytes; on failure sets *reason,
/// the skip reason.
bool readFile(const WalkEntry& entry, qint64 maxBytes, QByteArray& out, bool* tooLarge, Message* reason)
{
    constexpr qint64 kHead = 8192;
    ScannedFile file;
    if (!file.open(entry.absolutePath, entry.nativePath, entry.nativeRoot, reason)) {
        return false;
    }
    *tooLarge = file.size() > maxBytes;
    // One byte more than its size tells a file that grew since it was opened: then it is read on, up to the limit.
    const qint64 want = *tooLarge ? kHead : file.size() + 1;
    if (!file.readAt(0, want, out, reason)) {
        return false;
    }
    if (!*tooLarge && out.size() == want) {
        QByteArray rest;
        if (!file.readAt(want, maxBytes + 1 - want, rest, reason)) {
            return false;
        }
        out += rest;
    }
    if (out.size() > maxBytes) {
        *tooLarge = true;
        out.truncate(kHead);
    }
    return true;
}

/// The rules of a scan: all of them for the project's own files, and those that identify the SDK's own
/// files for dependency folders (skipped for usage).
struct ScanIndexes
{
    const RuleIndex& all;
    const RuleIndex& artifacts;
};

/// Reads an SDK binary's version from its printable strings, when its rule asks for that and its name
/// did not tell the version. target: the file's own presence finding, or null for a binary inside a
/// folder that a presence rule names (a framework's library), which then gets a finding when its strings
/// tell something. Binaries that no presence rule names are never opened.
void readStringsVersion(const RuleIndex& index, const WalkEntry& entry, std::vector<Candidate>& candidates)
{
    const VersionStrings& spec = index.catalog().versionStrings();
    if (spec.patterns.empty()) {
        return;
    }
    Candidate* target = nullptr;
    for (auto& c : candidates) {
        const Rule* rule = index.catalog().rule(c.finding.rule);
        if (rule && rule->sdk && rule->version.fromStrings) {
            if (!c.finding.version.isEmpty()) {
                return;
            }
            target = &c;
            break;
        }
    }
    int folderRule = -1;
    if (!target) {
        folderRule = index.sdkFolderRule(entry.relativePath);
        if (folderRule < 0 || !index.rule(folderRule).version.fromStrings) {
            return;
        }
    }
    BinaryVersion found;
    QString error;
    if (!readBinaryVersion(entry.absolutePath, spec, &found, &error) ||
        (found.version.isEmpty() && found.conflicting.empty())) {
        return;
    }
    if (!target) {
        candidates.push_back(
            {index.pathFinding(folderRule, entry.relativePath, true), index.rule(folderRule).requirement, {}});
        target = &candidates.back();
    }
    Finding& f = target->finding;
    f.offset = found.offset;
    f.snippet = found.text;
    f.column = 0;
    f.length = 0;
    if (!found.version.isEmpty()) {
        f.version = found.version;
        f.versionMissing = {};
        f.confidence = std::max(f.confidence, found.confidence); // the enum runs from high to low
        f.reason = f.reason.followedBy(Message::translated(
            QT_TRANSLATE_NOOP("sig2rtm", "The version %1 is read from the file's printable strings (byte %2)."),
            {Message::literal(found.version), Message::literal(QString::number(found.offset))}));
        return;
    }
    std::vector<Message> versions;
    for (const auto& [version, offset] : found.conflicting) {
        versions.push_back(Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1 at byte %2"),
                                               {Message::literal(version), Message::literal(QString::number(offset))}));
    }
    f.confidence = Confidence::Low;
    f.versionMissing =
        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the file's printable strings name different versions: %1"),
                            {Message::list(std::move(versions))});
}

void scanOne(const ScanIndexes& indexes, const WalkEntry& entry, std::size_t i, qint64 maxBytes,
             const std::atomic_bool* cancel, WorkerOutput& out, qint64* bytesRead)
{
    *bytesRead = 0;
    const bool artifactsOnly = entry.artifactsOnly;
    const RuleIndex& index = artifactsOnly ? indexes.artifacts : indexes.all;
    auto pathCandidates = index.matchPathRules(entry.relativePath, true);
    const bool sdkByName = std::any_of(pathCandidates.begin(), pathCandidates.end(),
                                       [](const Candidate& c) { return c.finding.sdk.has_value(); });
    const auto keepCandidates = [&](bool binary) {
        FileScan scan;
        scan.file = entry.relativePath;
        scan.binary = binary;
        scan.sdkFile = sdkByName;
        scan.candidates = std::move(pathCandidates);
        out.scans.emplace_back(i, std::move(scan));
    };
    const auto keepBinary = [&] {
        readStringsVersion(index, entry, pathCandidates);
        if (!pathCandidates.empty()) {
            keepCandidates(true);
        } else if (!artifactsOnly) {
            out.skipped.emplace_back(
                i, SkippedEntry{entry.relativePath, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "binary file"))});
        }
    };
    if (hasBinaryExtension(entry.relativePath)) {
        keepBinary();
        return;
    }
    // In a dependency folder a file is opened only when a rule could recognise the SDK in its text.
    if (artifactsOnly && !index.hasContentRules(languageForFileName(entry.relativePath))) {
        if (!pathCandidates.empty()) {
            for (auto& c : pathCandidates) {
                c.finding.context = Context::Code;
            }
            keepCandidates(false);
        }
        return;
    }
    QByteArray bytes;
    Message failure;
    bool tooLarge = false;
    // A file above kLargeFileBytes is read in windows (largefile.h), never whole: here only its head.
    if (!readFile(entry, std::min(maxBytes, kLargeFileBytes), bytes, &tooLarge, &failure)) {
        if (!artifactsOnly) {
            out.skipped.emplace_back(i, SkippedEntry{entry.relativePath, std::move(failure)});
        }
        return;
    }
    *bytesRead = bytes.size();
    if (looksBinary(bytes)) {
        keepBinary();
        return;
    }
    LargeFileScan large;
    if (tooLarge) {
        LargeFileOptions windows;
        windows.nativeRoot = entry.nativeRoot;
        windows.cancel = cancel;
        large = analyzeLargeFile(index, entry.absolutePath, entry.nativePath, entry.relativePath, maxBytes, sdkByName,
                                 windows);
        if (large.status == LargeFileScan::Status::Analysed) {
            *bytesRead = large.size;
        }
        if (large.status == LargeFileScan::Status::Binary) {
            keepBinary();
            return;
        }
        if (large.status == LargeFileScan::Status::Canceled) {
            return; // as a file the workers had not reached yet: the report is partial
        }
        if (large.status != LargeFileScan::Status::Analysed) {
            Message reason = std::move(large.failure);
            if (large.status == LargeFileScan::Status::TooLarge) {
                reason = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "larger than the %1 MB limit for text files"),
                                             {Message::literal(QString::number(maxBytes / (1024 * 1024)))});
            }
            if (!artifactsOnly) {
                out.skipped.emplace_back(i, SkippedEntry{entry.relativePath, std::move(reason)});
            }
            return;
        }
    }
    for (auto& c : pathCandidates) {
        c.finding.context = Context::Code;
    }
    FileScan scan = tooLarge ? std::move(large.scan) : analyzeFile(index, entry.relativePath, bytes, sdkByName);
    // Documents and other plain text (Language::Text) answer nothing on their own: only code and build files count.
    if (scan.language != Language::Unknown && scan.language != Language::Text) {
        ++out.sourceFiles;
    }
    scan.candidates.insert(scan.candidates.begin(), std::make_move_iterator(pathCandidates.begin()),
                           std::make_move_iterator(pathCandidates.end()));
    if (!scan.candidates.empty() || !scan.boundNames.isEmpty() || !scan.shimClasses.isEmpty() ||
        !scan.projectMarkers.empty() || !scan.deferredReceivers.isEmpty() || scan.definesFactory) {
        out.scans.emplace_back(i, std::move(scan));
    }
}

/// The inventory of legacy API uses: the candidates each file's analysis found, in the files that show the
/// legacy SDK. The SDK's own files have none: the analysis collects none in a file it knows as one.
std::vector<InventoryUse> inventoryOf(const Inventory& inventory, const std::vector<FileScan>& scans,
                                      const std::vector<Finding>& findings, const QSet<QString>& sdkObjects)
{
    if (inventory.apis.empty()) {
        return {};
    }
    QHash<QString, QString> platformOfFile;
    for (const auto& f : findings) {
        const bool legacy = f.sdk ? *f.sdk == SdkKind::Signaling : !f.row.isEmpty();
        if (legacy && !isMention(f.context) && f.line > 0 && !platformOfFile.contains(f.file)) {
            platformOfFile.insert(f.file, f.platform);
        }
    }
    std::vector<InventoryUse> out;
    for (const auto& s : scans) {
        const auto platform = platformOfFile.constFind(s.file);
        if (s.inventory.empty() || platform == platformOfFile.cend()) {
            continue;
        }
        auto uses = resolveInventory(inventory, s.inventory, s.file, *platform, sdkObjects);
        std::move(uses.begin(), uses.end(), std::back_inserter(out));
    }
    return out;
}

} // namespace

ScanOutput scanTree(const ScanOptions& options, ScanObserver* observer, const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    ScanOutput output;
    output.base = options.base.isEmpty() ? commonBase(options.roots) : options.base;

    WalkOptions walkOptions;
    walkOptions.skipDirectoryNames =
        options.useDefaultSkips ? (options.skipDirectoryNames.isEmpty() ? WalkOptions::defaultSkippedDirectories()
                                                                        : options.skipDirectoryNames)
                                : QStringList();
    walkOptions.exclude = GlobSet(options.exclude);
    walkOptions.cancel = cancel;
    // File sizes only serve progress totals: without anyone watching, skip the stat per file.
    walkOptions.sizes = observer != nullptr;
    if (observer) {
        observer->progress({0, 0, 0, 0, {}, true});
    }

    const auto catalog = options.catalog ? options.catalog : Catalog::builtin();
    const RuleIndex index(catalog);
    const RuleIndex artifactIndex(catalog->withRules([](const Rule& rule) { return rule.identifiesArtifact(); }));
    const ScanIndexes indexes{index, artifactIndex};
    ProgressReporter reporter(observer);
    FileQueue queue;
    std::size_t produced = 0;
    walkOptions.onFile = [&](WalkEntry&& entry) {
        if (!entry.artifactsOnly &&
            clientMarkerOf(catalog->clientMarkers(),
                           QStringView(entry.relativePath).mid(entry.relativePath.lastIndexOf(u'/') + 1), false) >= 0) {
            output.clientMarkers << entry.relativePath;
        }
        reporter.fileFound(std::max<qint64>(entry.size, 0));
        queue.push(produced++, std::move(entry));
    };

    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::vector<WorkerOutput> outputs(static_cast<std::size_t>(threads));
    const auto worker = [&](WorkerOutput& out) {
        while (auto item = queue.pop(cancel)) {
            const auto& [i, entry] = *item;
            const std::size_t before = out.scans.size();
            qint64 bytesRead = 0;
            scanOne(indexes, entry, i, options.maxTextFileBytes, cancel, out, &bytesRead);
            if (observer && out.scans.size() > before && !out.scans.back().second.candidates.empty()) {
                std::vector<Finding> found;
                for (const auto& c : out.scans.back().second.candidates) {
                    found.push_back(c.finding);
                }
                observer->findings(found);
            }
            // Progress counts the walk's size (so done meets total); the statistics count what was read.
            reporter.fileDone(std::max<qint64>(entry.size, 0), bytesRead, entry.relativePath);
        }
    };
    WalkResult walk;
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back(worker, std::ref(outputs[static_cast<std::size_t>(t)]));
        }
        walk = walkTree(options.roots, output.base, walkOptions);
        reporter.walkFinished();
        queue.close();
        qCDebug(lcScan) << "walked" << produced << "files in" << timer.elapsed() << "ms";
    }
    output.skipped = std::move(walk.skipped);
    output.partial = walk.canceled || (cancel && cancel->load());

    std::vector<FileScan> dirScans;
    for (const auto& dir : walk.directories) {
        if (!dir.artifactsOnly &&
            clientMarkerOf(catalog->clientMarkers(),
                           QStringView(dir.relativePath).mid(dir.relativePath.lastIndexOf(u'/') + 1), true) >= 0) {
            output.clientMarkers << dir.relativePath;
        }
        auto candidates = (dir.artifactsOnly ? artifactIndex : index).matchPathRules(dir.relativePath, true);
        if (!candidates.empty()) {
            FileScan scan;
            scan.file = dir.relativePath;
            scan.candidates = std::move(candidates);
            dirScans.push_back(std::move(scan));
        }
    }

    // Each worker's scans are in walk order already: merge them straight into place, without a sorted copy
    // (a scan keeps tens of thousands of them, and each copy is a peak of memory).
    std::size_t total = dirScans.size();
    for (const auto& o : outputs) {
        total += o.scans.size();
        output.stats.sourceFiles += o.sourceFiles;
    }
    std::vector<FileScan> scans = std::move(dirScans);
    scans.reserve(total);
    std::vector<std::size_t> next(outputs.size(), 0);
    for (;;) {
        std::size_t best = outputs.size();
        for (std::size_t w = 0; w < outputs.size(); ++w) {
            if (next[w] < outputs[w].scans.size() &&
                (best == outputs.size() || outputs[w].scans[next[w]].first < outputs[best].scans[next[best]].first)) {
                best = w;
            }
        }
        if (best == outputs.size()) {
            break;
        }
        scans.push_back(std::move(outputs[best].scans[next[best]++].second));
    }
    std::vector<std::pair<std::size_t, SkippedEntry>> skipped;
    for (auto& o : outputs) {
        o.scans = {};
        std::move(o.skipped.begin(), o.skipped.end(), std::back_inserter(skipped));
    }
    std::sort(skipped.begin(), skipped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [i, s] : skipped) {
        output.skipped.push_back(std::move(s));
    }
    std::stable_sort(output.skipped.begin(), output.skipped.end(),
                     [](const SkippedEntry& a, const SkippedEntry& b) { return a.path < b.path; });

    qCDebug(lcScan) << "kept" << scans.size() << "file scans," << output.skipped.size() << "skipped";
    QSet<QString> sdkObjects;
    output.findings = applyProjectRequirements(index, scans, output.base, &sdkObjects);
    if (!output.partial) {
        output.inventory = inventoryOf(catalog->inventory(), scans, output.findings, sdkObjects);
    }
    reporter.finish();
    output.stats.files = reporter.files();
    output.stats.bytes = reporter.bytesRead();
    output.stats.durationMs = timer.elapsed();
    qCDebug(lcScan) << "scanned" << output.stats.files << "files," << output.stats.bytes << "bytes in"
                    << output.stats.durationMs << "ms";
    return output;
}

} // namespace sig2rtm
