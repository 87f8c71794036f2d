<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Presentation</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legacy Signaling SDK found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible: RTM can interoperate with this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: some rows need a human decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible: at least one row fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (sig2rtm-report/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (code scanning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Web: the SDK file name usually carries the version (for example AgoraSig-1.4.0.js); otherwise look at the comment at the top of the file or at package.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android: the jar carries no version. Check the name of the SDK archive you downloaded, or log the value of getSdkVersion() at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS and macOS: open AgoraSigKit.framework/Info.plist (CFBundleShortVersionString), or look at Podfile.lock when the SDK comes from CocoaPods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and Linux: check the name of the SDK archive or the comment at the top of its header files; getSdkVersion() tells it at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java server: the Maven or Gradle dependency (or the jar name) gives the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python: look for the pinned version in requirements.txt, setup.py or pyproject.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program: the SDK file name or the comment at its top usually gives the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the version empty when you do not know it: the row then asks for a review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::AssessmentWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::CompatibilityModel</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing, %2 to review, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ContactSupportDialog</name>
    <message>
        <source>Send by &amp;email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Agora support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fixes also need Agora to enable interoperability between Signaling and RTM for your project on the back end. This composes that request for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters, from the Agora console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of this assessment needs back-end enabling; you can still ask for interop during the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that need back-end enabling, and why:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail client should open with the request to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into a ticket at agora-ticket.agora.io or a mail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Signaling/RTM interoperability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an App ID the request carries a placeholder: fill it in before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An App ID has 32 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>App ID looks valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::EvidencePage</name>
    <message>
        <source>&amp;Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why each row has its status: select a finding to see the source around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, reason, code or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show effect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All findings (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n finding(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared in the questionnaire: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ExportPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report to share it, archive it or feed it to other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Export failed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::FindingsModel</name>
    <message>
        <source>SDK presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::MainWindow</name>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project &amp;description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the &amp;questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sig2rtm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sig2rtm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sig2rtm — Signaling to RTM migration assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partial results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project descriptions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide (user-guide.md) is not installed next to sig2rtm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sig2rtm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;sig2rtm %1&lt;/h3&gt;&lt;p&gt;Tells which of Agora&apos;s five documented Signaling→RTM incompatibilities apply to your code, shows the evidence and what to do about each.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::PreferencesDialog</name>
    <message>
        <source>Skip &amp;dependency and build folders (.git, node_modules, Pods, build, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list of &amp;recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time sig2rtm starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One glob per line, for example:
**/third_party/**
*.min.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclude from every scan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::QuestionnairePage</name>
    <message>
        <source>Joins the special channels __agora_channel_event or __agora_user_online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the channel attributes _userNotification or _auto_update_total_num</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls invoke with channel_query_userlist_all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the SDK setting setBackground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls phones or SIP numbers (channelInvitePhone, invitePhone, DTMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strings (text, or JSON.stringify of objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booleans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides the row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: a &amp;WeChat mini-program uses the Signaling SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as project description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code at hand? Answer what you know; leave what you don&apos;t know empty and the table asks for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the report and the support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Which clients does the project have, and which SDK version do they use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version (empty: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTM (already migrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK of the %1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling SDK version of the %1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the %1 SDK version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Where?” beside a client to learn where its SDK version is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Does the project have a WeChat mini-program that uses Signaling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version, e.g. 1.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling SDK version of the mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the mini-program SDK version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Does a client use one of these special Signaling features?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. What does the Web (or mini-program) client send as messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The msg argument of messageInstantSend(peer, msg, cb) and messageChannelSend(msg, cb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Does a client call phones or SIP numbers (PSTN)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a client that uses Signaling first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one client to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next shows the compatibility table for these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An App ID is 32 hexadecimal characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Open it later with “Open a project description”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project descriptions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ResultsPage</name>
    <message>
        <source>Remediation for the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five documented cases where the RTM SDK cannot interoperate with Signaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKs and platforms found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The Signaling servers were shut down on %1.&lt;/b&gt; Projects still on Signaling must move to RTM; these rows tell what blocks interoperability during the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial results.&lt;/b&gt; The scan was cancelled after %1 files: a row that passes here may still fail once the whole project is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SDK %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SDKs and platforms found:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your answers to the questionnaire: nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (%2) examined in %3; %4 skipped. Project: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose the interop-enablement request for Agora support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ScanPage</name>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches so far per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches so far (preliminary: project-level checks run at the end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning… The window stays usable; Cancel keeps what has been found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: keeping the results found so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;partial results &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing files… %n found so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scan cancelled: the results are partial.&lt;/b&gt; %1 files (%2) were examined before the scan stopped; rows can only get worse once the rest is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %1 files (%2) in %3, %n item(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The input cannot be assessed. Go back to choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input cannot be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::SourceViewer</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: too large to preview. Open it in your editor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file: there is no source to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::StartPage</name>
    <message>
        <source>Scan a source &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find where the code uses the legacy Signaling SDK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project &amp;description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sig2rtm-project/1 .json file with declared facts and folders to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a &amp;questionnaire (no code at hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few plain questions per incompatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to assess? You can also drop a folder or a .json file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to assess again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Legacy Chat, a small demo project that fails all five rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .json project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project descriptions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a project description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a project description (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project description has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: fix the problems below and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
