#include "questionnaire.h"

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
    if (platform == QLatin1String("web")) {
        return tr("Web: the SDK file name usually carries the version (for example AgoraSig-1.4.0.js); otherwise "
                  "look at the comment at the top of the file or at package.json.");
    }
    if (platform == QLatin1String("android")) {
        return tr("Android: the jar carries no version. Check the name of the SDK archive you downloaded, or log "
                  "the value of getSdkVersion() at run time.");
    }
    if (platform == QLatin1String("ios") || platform == QLatin1String("macos")) {
        return tr("iOS and macOS: open AgoraSigKit.framework/Info.plist (CFBundleShortVersionString), or look at "
                  "Podfile.lock when the SDK comes from CocoaPods.");
    }
    if (platform == QLatin1String("windows") || platform == QLatin1String("linux")) {
        return tr("Windows and Linux: check the name of the SDK archive or the comment at the top of its header "
                  "files; getSdkVersion() tells it at run time.");
    }
    if (platform == QLatin1String("java-server")) {
        return tr("Java server: the Maven or Gradle dependency (or the jar name) gives the version.");
    }
    if (platform == QLatin1String("python")) {
        return tr("Python: look for the pinned version in requirements.txt, setup.py or pyproject.toml.");
    }
    if (platform == QLatin1String("mini-program")) {
        return tr("Mini-program: the SDK file name or the comment at its top usually gives the version.");
    }
    return tr("Leave the version empty when you do not know it: the row then asks for a review.");
}

} // namespace sig2rtm::ui
