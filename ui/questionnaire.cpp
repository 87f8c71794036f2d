// SPDX-License-Identifier: MIT
#include "questionnaire.h"

#include "catalog.h"
#include "presentation.h"

namespace sig2rtm::ui {

ProjectDescription QuestionnaireAnswers::toDescription() const
{
    ProjectDescription d;
    d.name = projectName.trimmed().isEmpty() ? QStringLiteral("questionnaire") : projectName.trimmed();
    d.appId = appId.trimmed();
    for (const auto& c : clients) {
        DeclaredClient client;
        client.platform = c.platform;
        client.sdk = c.sdk;
        if (!c.version.trimmed().isEmpty()) {
            client.sdkVersion = c.version.trimmed();
        }
        if (c.sdk == SdkKind::Signaling) {
            for (const auto& feature : ProjectDescription::featureIds()) {
                if (c.features.contains(feature)) {
                    client.features.push_back({feature, {}});
                }
            }
            for (const auto& type : ProjectDescription::messageTypeIds()) {
                if (c.messageTypes.contains(type)) {
                    client.messageTypes.push_back({type, {}});
                }
            }
        }
        d.clients.push_back(std::move(client));
    }
    return d;
}

QString Questionnaire::versionHelp(const QString& platform)
{
    // Where each platform's SDK keeps its version is catalog knowledge.
    if (const auto* definition = Catalog::builtin()->platform(platform);
        definition && !definition->versionHelp.isEmpty()) {
        return definition->versionHelp.get(Presentation::reportLanguage());
    }
    return tr("Leave the version empty when you do not know it: the row then asks for a review.");
}

} // namespace sig2rtm::ui
