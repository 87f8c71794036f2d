// SPDX-License-Identifier: MIT
#include "session.h"

#include "compatibilitymodel.h"
#include "findingsmodel.h"
#include "presentation.h"
#include "scancontroller.h"
#include "settings.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "sig2rtm.ui.session", QtInfoMsg)

namespace sig2rtm::ui {

Session::Session(Settings* settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_scan(new ScanController(this)),
      m_compatibility(new CompatibilityModel(this)), m_findings(new FindingsModel(this)),
      m_language(Presentation::reportLanguage())
{
}

Session::~Session()
{
    // Cancel, then wait, before anything that listens to the scan goes away.
    m_scan->cancelAndWait();
}

std::shared_ptr<const Report> Session::inLanguage(std::shared_ptr<const Report> report, ReportLanguage language)
{
    if (!report || report->language == language) {
        return report;
    }
    // Report texts are language-neutral: relabelling a copy is all it takes to show it in another language.
    auto copy = std::make_shared<Report>(*report);
    copy->language = language;
    return copy;
}

void Session::setLanguage(ReportLanguage language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    m_report = inLanguage(m_report, language);
    m_compatibility->retranslate(m_report);
    m_findings->retranslate(m_report);
    emit languageChanged(language);
}

std::shared_ptr<const Catalog> Session::catalog() const
{
    return m_report && m_report->catalog ? m_report->catalog : Catalog::builtin();
}

AssessmentRequest Session::request() const
{
    AssessmentRequest r;
    r.inputs = QStringList{m_inputPath};
    r.exclude = m_settings->defaultExclusions();
    r.useDefaultSkips = m_settings->useDefaultSkips();
    r.language = m_language;
    r.catalog = Catalog::builtin();
    return r;
}

void Session::startScan()
{
    emit assessmentStarted(m_inputPath);
    m_scan->start(request());
}

void Session::setEvidenceTarget(const QString& rowId, const QString& findingId)
{
    m_evidenceRow = rowId;
    m_evidenceFinding = findingId;
}

void Session::setReport(std::shared_ptr<const Report> report)
{
    m_report = inLanguage(std::move(report), m_language);
    m_compatibility->setReport(m_report);
    m_findings->setReport(m_report);
    emit reportChanged(m_report);
}

void Session::reportError(const QString& title, const QString& message, const QStringList& details)
{
    const QString text = details.isEmpty() ? message : message + u'\n' + u'\n' + details.join(u'\n');
    qCDebug(lcSession).noquote() << title << text;
    emit errorOccurred(title, text);
}

void Session::openExternal(const QUrl& url)
{
    emit externalOpenRequested(url);
    if (m_externalOpen && !QDesktopServices::openUrl(url)) {
        reportError(tr("Cannot open"), tr("No application could open %1.").arg(url.toDisplayString()));
    }
}

} // namespace sig2rtm::ui
