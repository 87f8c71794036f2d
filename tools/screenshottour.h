// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QObject>
#include <QPixmap>
#include <QSize>
#include <QString>

namespace sig2rtm {
struct Report;
} // namespace sig2rtm

namespace sig2rtm::ui {
class MainWindow;
} // namespace sig2rtm::ui

namespace sig2rtm::tools {

/// The heart of sig2rtm-tour: drives the real window through every step (on the bundled sample and a
/// generated large tree) and saves docs/screenshots/gui-<step>.png.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    explicit ScreenshotTour(ui::MainWindow* window, const QString& outputDir, const QString& samplePath,
                            QObject* parent = nullptr);

    /// The window's size in every picture (the documentation's is the default).
    void setWindowSize(const QSize& size) { m_size = size; }

    /// Runs the tour (nested event loops: a tool, not application code). Returns false with error set.
    bool run(QString* error);
    QStringList written() const { return m_written; }

private:
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    bool save(QWidget* widget, const QString& step, QString* error);
    bool save(const QPixmap& picture, const QString& step, QString* error);
    /// Earlier versions of the project, scanned and saved as reports a few weeks apart into folder, the way a
    /// team keeps them for the burn-down. Returns the newest report's path, or "" with error set.
    QString saveEarlierReports(const Report& current, const QString& project, const QString& folder, QString* error);

    ui::MainWindow* m_window;
    QString m_outputDir;
    QString m_samplePath;
    QSize m_size{1400, 900};
    QStringList m_written;
};

} // namespace sig2rtm::tools
