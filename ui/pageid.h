// SPDX-License-Identifier: MIT
#pragma once

namespace sig2rtm::ui {

/// The steps of the assessment wizard, as QWizard page ids: a page names the step after it.
enum PageId {
    StartPageId,
    QuestionnairePageId,
    ScanPageId,
    ResultsPageId,
    PlanPageId,
    ProgressPageId,
    EvidencePageId,
    ExportPageId
};

} // namespace sig2rtm::ui
