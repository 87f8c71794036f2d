// SPDX-License-Identifier: MIT
#include "presentation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sig2rtm::ui {

QIcon Presentation::statusIcon(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return QIcon(QStringLiteral(":/icons/pass.svg"));
    case RowStatus::Fail:
        return QIcon(QStringLiteral(":/icons/fail.svg"));
    case RowStatus::Review:
        return QIcon(QStringLiteral(":/icons/review.svg"));
    }
    return {};
}

QString Presentation::statusWord(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return tr("Pass");
    case RowStatus::Fail:
        return tr("Fail");
    case RowStatus::Review:
        return tr("Review");
    }
    return {};
}

QIcon Presentation::effectIcon(Effect effect)
{
    switch (effect) {
    case Effect::Fail:
        return statusIcon(RowStatus::Fail);
    case Effect::Review:
        return statusIcon(RowStatus::Review);
    case Effect::Note:
        return QIcon(QStringLiteral(":/icons/note.svg"));
    }
    return {};
}

QString Presentation::effectWord(Effect effect)
{
    switch (effect) {
    case Effect::Fail:
        return tr("Fail");
    case Effect::Review:
        return tr("Review");
    case Effect::Note:
        return tr("Note");
    }
    return {};
}

QString Presentation::confidenceWord(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return tr("High");
    case Confidence::Medium:
        return tr("Medium");
    case Confidence::Low:
        return tr("Low");
    }
    return {};
}

QString Presentation::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoSignaling:
        return tr("No legacy Signaling SDK found");
    case Verdict::Compatible:
        return tr("No interop blockers: old and new clients can talk during the move");
    case Verdict::NeedsReview:
        return tr("Interop needs review: some rows need a human decision");
    case Verdict::Incompatible:
        return tr("Interop blocked: at least one row fails");
    case Verdict::NotAssessed:
        return tr("Nothing could be assessed: no source files were found");
    }
    return {};
}

QIcon Presentation::verdictIcon(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoSignaling:
    case Verdict::Compatible:
        return statusIcon(RowStatus::Pass);
    case Verdict::NeedsReview:
    case Verdict::NotAssessed:
        return statusIcon(RowStatus::Review);
    case Verdict::Incompatible:
        return statusIcon(RowStatus::Fail);
    }
    return {};
}

QString Presentation::platformName(const QString& platform)
{
    if (platform == QLatin1String("web")) {
        return tr("Web");
    }
    if (platform == QLatin1String("android")) {
        return tr("Android");
    }
    if (platform == QLatin1String("ios")) {
        return tr("iOS");
    }
    if (platform == QLatin1String("macos")) {
        return tr("macOS");
    }
    if (platform == QLatin1String("windows")) {
        return tr("Windows");
    }
    if (platform == QLatin1String("linux")) {
        return tr("Linux");
    }
    if (platform == QLatin1String("java-server")) {
        return tr("Java server");
    }
    if (platform == QLatin1String("python")) {
        return tr("Python");
    }
    if (platform == QLatin1String("mini-program")) {
        return tr("WeChat mini-program");
    }
    return platform.isEmpty() ? tr("unknown platform") : platform;
}

QString Presentation::formatName(const QString& format)
{
    if (format == QLatin1String("html")) {
        return tr("HTML page");
    }
    if (format == QLatin1String("pdf")) {
        return tr("PDF document");
    }
    if (format == QLatin1String("json")) {
        return tr("JSON (sig2rtm-report/1)");
    }
    if (format == QLatin1String("sarif")) {
        return tr("SARIF 2.1.0 (code scanning)");
    }
    if (format == QLatin1String("csv")) {
        return tr("CSV spreadsheet (findings)");
    }
    if (format == QLatin1String("md")) {
        return tr("Markdown");
    }
    return format.toUpper();
}

QString Presentation::humanBytes(qint64 bytes)
{
    return formatBytes(bytes, reportLanguage());
}

QString Presentation::humanDuration(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds < 60) {
        return tr("%n s", nullptr, static_cast<int>(seconds));
    }
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QIcon Presentation::appIcon()
{
    return QIcon(QStringLiteral(":/icons/sig2rtm.svg"));
}

QWidget* Presentation::scrollingContent(QWidget* page)
{
    auto* content = new QWidget(page);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps to the width there is; only a step whose controls cannot get narrower scrolls sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    return content;
}

bool Presentation::confirm(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                           const QString& accept, const QStringList& details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty()) {
        // The informative text has no plain-text mode: escaped, so a path never reads as markup.
        QStringList escaped;
        for (const auto& line : details) {
            escaped << line.toHtmlEscaped();
        }
        box.setInformativeText(escaped.join(QStringLiteral("<br>")));
    }
    auto* action = box.addButton(accept, QMessageBox::AcceptRole);
    auto* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == action;
}

QString Presentation::listSeparator(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("；") : QStringLiteral("; ");
}

QString Presentation::heading(const QString& title)
{
    const double size = QApplication::font().pointSizeF() * 1.35;
    return QStringLiteral("<span style=\"font-size:%1pt; font-weight:600;\">%2</span>")
        .arg(size, 0, 'f', 1)
        .arg(title.toHtmlEscaped());
}

QString Presentation::plainToolTip(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

QStringList Presentation::describe(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const auto& d : diagnostics) {
        const QString file = d.file.isEmpty() ? QString() : QFileInfo(d.file).fileName();
        QString where;
        if (d.line > 0 && d.column > 0) {
            where = tr("%1, line %2, column %3").arg(file).arg(d.line).arg(d.column);
        } else if (d.line > 0) {
            where = tr("%1, line %2").arg(file).arg(d.line);
        } else {
            where = QDir::toNativeSeparators(d.file);
        }
        QString line = where.isEmpty() ? d.message : tr("%1: %2").arg(where, d.message);
        if (!d.pointer.isEmpty()) {
            line += tr(" (at %1)").arg(d.pointer);
        }
        lines << line;
    }
    return lines;
}

ReportLanguage Presentation::reportLanguage()
{
    return QLocale().language() == QLocale::Chinese ? ReportLanguage::Chinese : ReportLanguage::English;
}

} // namespace sig2rtm::ui
