// SPDX-License-Identifier: MIT
#pragma once

#include "projectdescription.h"

#include <QCoreApplication>

namespace sig2rtm::ui {

/// What the questionnaire's answers say about a project, before they become a description.
struct QuestionnaireAnswers
{
    struct Client
    {
        QString platform;
        SdkKind sdk = SdkKind::Signaling;
        QString version;          ///< empty: unknown
        QStringList features;     ///< ProjectDescription::featureIds()
        QStringList messageTypes; ///< ProjectDescription::messageTypeIds(); web and mini-program only
    };

    QString projectName;
    QString appId;
    std::vector<Client> clients;

    /// The sig2rtm-project/1 description these answers make (declared facts only, nothing to scan).
    ProjectDescription toDescription() const;
};

/// Where to find a Signaling SDK's version on a platform, in plain words.
class Questionnaire final
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)

public:
    static QString versionHelp(const QString& platform);
};

} // namespace sig2rtm::ui
