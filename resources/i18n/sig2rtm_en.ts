<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>(%n suppressed)</source>
        <translation>
            <numerusform>(%n suppressed)</numerusform>
            <numerusform>(%n suppressed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n effort point(s)</source>
        <translation>
            <numerusform>%n effort point</numerusform>
            <numerusform>%n effort points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing could be assessed: %n file(s) examined, none of them source code, an SDK file or a declared fact; %1 skipped</source>
        <translation>
            <numerusform>nothing could be assessed: %n file examined, none of them source code, an SDK file or a declared fact; %1 skipped</numerusform>
            <numerusform>nothing could be assessed: %n files examined, none of them source code, an SDK file or a declared fact; %1 skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm</name>
    <message numerus="yes">
        <source>%n blocking finding(s); first: %1: %2</source>
        <translation>
            <numerusform>%n blocking finding; first: %1: %2</numerusform>
            <numerusform>%n blocking findings; first: %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need a human decision; first: %1: %2</source>
        <translation>
            <numerusform>%n finding needs a human decision; first: %1: %2</numerusform>
            <numerusform>%n findings need a human decision; first: %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more client(s) not drawn</source>
        <translation>
            <numerusform>+%n more client not drawn</numerusform>
            <numerusform>+%n more clients not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) from here on not read: a history reads at most %1 files</source>
        <translation>
            <numerusform>%n more file from here on not read: a history reads at most %1 files</numerusform>
            <numerusform>%n more files from here on not read: a history reads at most %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest report(s), from this one on, left out: a burn-down shows the newest %1</source>
        <translation>
            <numerusform>%n oldest report, from this one on, left out: a burn-down shows the newest %1</numerusform>
            <numerusform>%n oldest reports, from this one on, left out: a burn-down shows the newest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Effort points and legacy calls left in %n report(s), oldest first, from %1 to %2.</source>
        <translation>
            <numerusform>Effort points and legacy calls left in %n report, oldest first, from %1 to %2.</numerusform>
            <numerusform>Effort points and legacy calls left in %n reports, oldest first, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller client(s) are only in the JSON report.</source>
        <translation>
            <numerusform>%n smaller client is only in the JSON report.</numerusform>
            <numerusform>%n smaller clients are only in the JSON report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the JSON report</source>
        <translation>
            <numerusform>and %n more in the JSON report</numerusform>
            <numerusform>and %n more in the JSON report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same finding is in %n more place(s): see identical findings, entry %1, in the appendix.</source>
        <translation>
            <numerusform>The same finding is in %n more place: see identical findings, entry %1, in the appendix.</numerusform>
            <numerusform>The same finding is in %n more places: see identical findings, entry %1, in the appendix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 listed, %2 identical ones shown once with their places in the appendix, %3 left out (the JSON report has every one).</source>
        <translation>
            <numerusform>%n finding: %1 listed, %2 identical ones shown once with their places in the appendix, %3 left out (the JSON report has every one).</numerusform>
            <numerusform>%n findings: %1 listed, %2 identical ones shown once with their places in the appendix, %3 left out (the JSON report has every one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No installed font has %n character(s) in the project&apos;s names, paths and code: the PDF prints escapes such as %1 instead. Install a font that covers the project&apos;s languages (for Chinese: fonts-noto-cjk) to see the text as it is.</source>
        <translation>
            <numerusform>No installed font has %n character in the project&apos;s names, paths and code: the PDF prints escapes such as %1 instead. Install a font that covers the project&apos;s languages (for Chinese: fonts-noto-cjk) to see the text as it is.</numerusform>
            <numerusform>No installed font has %n characters in the project&apos;s names, paths and code: the PDF prints escapes such as %1 instead. Install a font that covers the project&apos;s languages (for Chinese: fonts-noto-cjk) to see the text as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ContactSupportDialog</name>
    <message numerus="yes">
        <source>An App ID has 32 characters; this one has %n.</source>
        <translation>
            <numerusform>An App ID has 32 characters; this one has %n.</numerusform>
            <numerusform>An App ID has 32 characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::EvidencePage</name>
    <message numerus="yes">
        <source>All findings (%n)</source>
        <translation>
            <numerusform>All findings (%n)</numerusform>
            <numerusform>All findings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ExportPage</name>
    <message numerus="yes">
        <source>%n file(s) already exist and would be replaced:</source>
        <translation>
            <numerusform>%n file already exist and would be replaced:</numerusform>
            <numerusform>%n files already exist and would be replaced:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ProgressPage</name>
    <message numerus="yes">
        <source>File&amp;s in the folder that are not in the burn-down (%n):</source>
        <translation>
            <numerusform>File&amp;s in the folder that are not in the burn-down (%n):</numerusform>
            <numerusform>File&amp;s in the folder that are not in the burn-down (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::QuestionnairePage</name>
    <message numerus="yes">
        <source>An App ID is 32 hexadecimal characters; this one has %n.</source>
        <translation>
            <numerusform>An App ID is 32 hexadecimal characters; this one has %n.</numerusform>
            <numerusform>An App ID is 32 hexadecimal characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ResultsPage</name>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n item skipped</numerusform>
            <numerusform>%n items skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ScanPage</name>
    <message numerus="yes">
        <source>Listing files… %n found so far</source>
        <translation>
            <numerusform>Listing files… %n found so far</numerusform>
            <numerusform>Listing files… %n found so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %1 files examined (%2 read) in %3, %n item(s) skipped.</source>
        <translation>
            <numerusform>Scan complete: %1 files examined (%2 read) in %3, %n item skipped.</numerusform>
            <numerusform>Scan complete: %1 files examined (%2 read) in %3, %n items skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
