// SPDX-License-Identifier: MIT
#include "sourceviewer.h"

#include "sourcetext.h"
#include "syntaxhighlighter.h"
#include "visibletext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPaintEvent>
#include <QTextBlock>

namespace sig2rtm::ui {

namespace {

class LineNumberArea final : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(SourceViewer* viewer) : QWidget(viewer), m_viewer(viewer)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QSize sizeHint() const override { return {m_viewer->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_viewer->paintLineNumbers(event); }

private:
    SourceViewer* m_viewer;
};

// Blends a palette colour into the base so that highlights keep working in dark mode.
QColor blend(const QColor& over, const QColor& base, double amount)
{
    return QColor::fromRgbF(static_cast<float>(over.redF() * amount + base.redF() * (1 - amount)),
                            static_cast<float>(over.greenF() * amount + base.greenF() * (1 - amount)),
                            static_cast<float>(over.blueF() * amount + base.blueF() * (1 - amount)));
}

} // namespace

SourceViewer::SourceViewer(QWidget* parent)
    : QPlainTextEdit(parent), m_lineNumberArea(new LineNumberArea(this)),
      m_highlighter(new SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Source"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceViewer::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceViewer::updateLineNumberArea);
    m_highlighter->setPalette(palette());
    updateLineNumberAreaWidth();
}

bool SourceViewer::showFile(const QString& path, int line, int column, int length)
{
    if (path != m_path) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            showMessage(info.isDir() ? tr("%1 is a folder.").arg(QDir::toNativeSeparators(path))
                                     : tr("%1 does not exist (any more).").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (info.size() > kMaxPreviewBytes) {
            showMessage(tr("%1 is %2: too large to preview. Open it in your editor instead.")
                            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(info.size())));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        const SourceText source = decodeSourceText(file.readAll());
        if (source.binary) {
            showMessage(tr("%1 is a binary file: there is no source to show.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        // One line break, so that the lexer's offsets and the document's blocks agree (columns do not change).
        QString text = source.text;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
        m_columnMaps.clear();
        // Line by line without copying the file: a line break is no hidden character here.
        const auto anyHidden = [&text] {
            for (const auto line : QStringView(text).tokenize(u'\n')) {
                if (hasHiddenCharacters(line, VisibleMode::Code)) {
                    return true;
                }
            }
            return false;
        };
        if (anyHidden()) {
            QStringList lines = text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (hasHiddenCharacters(lines[i], VisibleMode::Code)) {
                    std::vector<int> map;
                    map.reserve(static_cast<std::size_t>(lines[i].size()) + 1);
                    QString shown;
                    const QString& line = lines[i];
                    for (qsizetype k = 0; k < line.size(); ++k) {
                        map.push_back(static_cast<int>(shown.size()));
                        const bool pair =
                            line[k].isHighSurrogate() && k + 1 < line.size() && line[k + 1].isLowSurrogate();
                        const QStringView c = QStringView(line).mid(k, pair ? 2 : 1);
                        shown += visibleText(c, VisibleMode::Code);
                        if (pair) {
                            map.push_back(static_cast<int>(shown.size()));
                            ++k;
                        }
                    }
                    map.push_back(static_cast<int>(shown.size()));
                    m_columnMaps.insert(static_cast<int>(i), std::move(map));
                    lines[i] = shown;
                }
            }
            text = lines.join(u'\n');
        }
        setPlainText(text);
        m_highlighter->setSource(text, languageForFileName(info.fileName()));
        m_path = path;
        m_encoding = source.encoding;
    }
    m_line = line;
    m_column = column;
    m_length = length;
    applyHighlight();
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            if (column > 0) {
                cursor.setPosition(block.position() + std::min(shownColumn(line, column) - 1, block.length() - 1));
            }
            setTextCursor(cursor);
            centerCursor();
        }
    } else {
        moveCursor(QTextCursor::Start);
    }
    return true;
}

void SourceViewer::showMessage(const QString& message)
{
    m_path.clear();
    m_columnMaps.clear();
    m_encoding.clear();
    m_line = 0;
    setExtraSelections({});
    m_highlighter->setSource(QString(), Language::Unknown);
    clear();
    setPlaceholderText(message);
}

QString SourceViewer::lineText(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    return block.isValid() ? block.text() : QString();
}

int SourceViewer::shownColumn(int line, int column) const
{
    const auto it = m_columnMaps.constFind(line - 1);
    if (it == m_columnMaps.cend() || column < 1) {
        return column;
    }
    const auto index = std::min(static_cast<std::size_t>(column - 1), it->size() - 1);
    return (*it)[index] + 1;
}

void SourceViewer::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = m_line > 0 ? document()->findBlockByNumber(m_line - 1) : QTextBlock();
    if (block.isValid()) {
        const QPalette p = palette();
        QTextEdit::ExtraSelection lineSelection;
        lineSelection.format.setBackground(blend(p.color(QPalette::Highlight), p.color(QPalette::Base), 0.25));
        lineSelection.format.setProperty(QTextFormat::FullWidthSelection, true);
        lineSelection.cursor = QTextCursor(block);
        selections << lineSelection;

        const int start = m_column > 0 ? shownColumn(m_line, m_column) - 1 : -1;
        const int end = m_column > 0 ? shownColumn(m_line, m_column + m_length) - 1 : -1;
        if (m_column > 0 && m_length > 0 && start < block.length()) {
            QTextEdit::ExtraSelection match;
            match.format.setBackground(blend(p.color(QPalette::Highlight), p.color(QPalette::Base), 0.55));
            match.format.setFontUnderline(true);
            match.cursor = QTextCursor(block);
            match.cursor.setPosition(block.position() + start);
            match.cursor.setPosition(block.position() + std::min(end, block.length() - 1), QTextCursor::KeepAnchor);
            selections << match;
        }
    }
    setExtraSelections(selections);
    m_lineNumberArea->update();
}

namespace {
const QString kLineMarker = QStringLiteral("▶");
constexpr int kGutterPadding = 4;

QFont boldOf(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}
} // namespace

int SourceViewer::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    // Measured in the bold face of the current line, and the marker as the font draws it (often a fallback
    // font, wider than a digit): neither is ever clipped.
    const QFontMetrics bold(boldOf(font()));
    return kGutterPadding + bold.horizontalAdvance(kLineMarker) + kGutterPadding +
           bold.horizontalAdvance(QString(digits, u'9')) + 2 * kGutterPadding;
}

void SourceViewer::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SourceViewer::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy != 0) {
        m_lineNumberArea->scroll(0, dy);
    } else {
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateLineNumberAreaWidth();
    }
}

void SourceViewer::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumberArea->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void SourceViewer::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (event->type() == QEvent::PaletteChange) {
            m_highlighter->setPalette(palette());
        }
        applyHighlight();
        updateLineNumberAreaWidth();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Source"));
    }
}

void SourceViewer::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette p = palette();
    painter.fillRect(event->rect(), p.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const QFont bold = boldOf(font());
    const int markerWidth = QFontMetrics(bold).horizontalAdvance(kLineMarker);
    const int numberLeft = kGutterPadding + markerWidth + kGutterPadding;
    const int numberWidth = m_lineNumberArea->width() - numberLeft - 2 * kGutterPadding;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool current = number == m_line;
            painter.setFont(current ? bold : font());
            painter.setPen(p.color(current ? QPalette::Text : QPalette::PlaceholderText));
            if (current) {
                // The marker keeps the line findable without relying on colour.
                painter.drawText(kGutterPadding, top, markerWidth, fontMetrics().height(), Qt::AlignLeft, kLineMarker);
            }
            painter.drawText(numberLeft, top, numberWidth, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace sig2rtm::ui

#include "sourceviewer.moc"
