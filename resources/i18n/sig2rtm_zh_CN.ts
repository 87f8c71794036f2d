<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Presentation</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>需审查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>No legacy Signaling SDK found</source>
        <translation>未发现旧版信令 SDK</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Java server</source>
        <translation>Java 服务端</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>WeChat mini-program</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation>未知平台</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>JSON (sig2rtm-report/1)</source>
        <translation>JSON（sig2rtm-report/1）</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (code scanning)</source>
        <translation>SARIF 2.1.0（代码扫描）</translation>
    </message>
    <message>
        <source>CSV spreadsheet (findings)</source>
        <translation>CSV 表格（发现项）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation>（位于 %1）</translation>
    </message>
    <message>
        <source>No interop blockers: old and new clients can talk during the move</source>
        <translation>没有互通障碍：迁移期间新旧客户端可以互相通信</translation>
    </message>
    <message>
        <source>Interop needs review: some rows need a human decision</source>
        <translation>互通待复核：部分检查项需要人工判断</translation>
    </message>
    <message>
        <source>Interop blocked: at least one row fails</source>
        <translation>互通受阻：至少一项不通过</translation>
    </message>
    <message>
        <source>Nothing could be assessed: no source files were found</source>
        <translation>无法评估：未找到源代码文件</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Leave the version empty when you do not know it: the row then asks for a review.</source>
        <translation>不知道版本号时请留空：该条目将标记为需审查。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;sig2rtm-cli --help&apos;.</source>
        <translation>请运行 &apos;sig2rtm-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>正在列出文件…</translation>
    </message>
    <message>
        <source>SDK presence rules:</source>
        <translation>SDK 识别规则：</translation>
    </message>
    <message>
        <source>scan needs at least one folder or project description</source>
        <translation>scan 至少需要一个文件夹或项目描述文件</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (available: %2)</source>
        <translation>未知格式“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>several formats need --output-dir DIR</source>
        <translation>多种格式需要使用 --output-dir DIR</translation>
    </message>
    <message>
        <source>use either -o FILE or --output-dir DIR</source>
        <translation>请只使用 -o FILE 或 --output-dir DIR 中的一个</translation>
    </message>
    <message>
        <source>--lang takes en or zh_CN, not &quot;%1&quot;</source>
        <translation>--lang 的取值为 en 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-file-size takes a number of MB from 1 to 4096</source>
        <translation>--max-file-size 的取值为 1 到 4096 之间的 MB 数</translation>
    </message>
    <message>
        <source>--threads takes a number from 0 (auto) to 256</source>
        <translation>--threads 的取值为 0（自动）到 256 之间的数字</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>scan or rules</source>
        <translation>scan 或 rules</translation>
    </message>
    <message>
        <source>folders or project descriptions to scan</source>
        <translation>要扫描的文件夹或项目描述文件</translation>
    </message>
    <message>
        <source>write the report to FILE (default: standard output)</source>
        <translation>将报告写入 FILE（默认：标准输出）</translation>
    </message>
    <message>
        <source>write every format to DIR/sig2rtm-report.&lt;ext&gt;</source>
        <translation>将每种格式写入 DIR/sig2rtm-report.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>skip paths matching GLOB (repeatable)</source>
        <translation>跳过匹配 GLOB 的路径（可重复）</translation>
    </message>
    <message>
        <source>also scan .git, node_modules, Pods, vendor and build output folders</source>
        <translation>同时扫描 .git、node_modules、Pods、vendor 和构建输出文件夹</translation>
    </message>
    <message>
        <source>add or replace detection rules from FILE</source>
        <translation>从 FILE 添加或替换检测规则</translation>
    </message>
    <message>
        <source>report language: en or zh_CN (default en)</source>
        <translation>报告语言：en 或 zh_CN（默认 en）</translation>
    </message>
    <message>
        <source>worker threads (default: one per core)</source>
        <translation>工作线程数（默认：每个核心一个）</translation>
    </message>
    <message>
        <source>print no progress or summary</source>
        <translation>不输出进度和摘要</translation>
    </message>
    <message>
        <source>rules: print the literal tokens the scanner looks for</source>
        <translation>rules：输出扫描器查找的字面量标记</translation>
    </message>
    <message>
        <source>missing command: scan or rules</source>
        <translation>缺少命令：scan 或 rules</translation>
    </message>
    <message>
        <source>rules takes no paths</source>
        <translation>rules 不接受路径参数</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected scan or rules)</source>
        <translation>未知命令“%1”（应为 scan 或 rules）</translation>
    </message>
    <message>
        <source>-o is given %1 times; write several formats with --format LIST --output-dir DIR</source>
        <translation>-o 出现了 %1 次；要写出多种格式，请使用 --format 列表 --output-dir 目录</translation>
    </message>
    <message>
        <source>report format(s), comma separated: %1 (default: from the -o file&apos;s extension, else json)</source>
        <translation>报告格式，逗号分隔：%1（默认：按 -o 文件的扩展名，否则为 json）</translation>
    </message>
    <message>
        <source>--fail-on takes fail, review, legacy or never, not &quot;%1&quot;</source>
        <translation>--fail-on 只接受 fail、review、legacy 或 never，而不是“%1”</translation>
    </message>
    <message>
        <source>exit 1 when a row fails (fail), fails or needs review (review), whenever the legacy SDK is present (legacy), or never (default fail)</source>
        <translation>当有检查项不通过（fail）、不通过或需复核（review）、只要存在旧版 SDK（legacy）时以 1 退出，或从不（never，默认 fail）</translation>
    </message>
    <message numerus="yes">
        <source>(%n suppressed)</source>
        <translation>
            <numerusform>（已抑制 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>clients:</source>
        <translation>客户端：</translation>
    </message>
    <message numerus="yes">
        <source>%n effort point(s)</source>
        <translation>
            <numerusform>%n 个工作量点数</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in the burn-down)</source>
        <translation>%1（未计入燃尽图）</translation>
    </message>
    <message>
        <source>%1 fixed, %2 new, %3 unchanged</source>
        <translation>已修复 %1，新增 %2，未变 %3</translation>
    </message>
    <message>
        <source>since %1:</source>
        <translation>自 %1 以来：</translation>
    </message>
    <message>
        <source>legacy calls: %1</source>
        <translation>旧版调用：%1</translation>
    </message>
    <message>
        <source>findings that block or need review: %1</source>
        <translation>阻断或需审查的发现：%1</translation>
    </message>
    <message>
        <source>burn-down: %1 reports, effort points left %2 → %3</source>
        <translation>燃尽图：%1 份报告，剩余工作量点数 %2 → %3</translation>
    </message>
    <message>
        <source>compare with a previous JSON report: every finding and legacy call is new, fixed or unchanged</source>
        <translation>与之前的 JSON 报告比较：每个发现项和旧版调用标为新增、已修复或未变</translation>
    </message>
    <message>
        <source>draw the burn-down over the JSON reports saved in DIR, this scan included</source>
        <translation>根据 DIR 中保存的 JSON 报告（含本次扫描）绘制燃尽图</translation>
    </message>
    <message numerus="yes">
        <source>nothing could be assessed: %n file(s) examined, none of them source code, an SDK file or a declared fact; %1 skipped</source>
        <translation>
            <numerusform>无法评估：检查了 %n 个文件，其中没有源代码、SDK 文件或声明的事实；跳过 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper 只接受 a4 或 letter，而不是“%1”</translation>
    </message>
    <message>
        <source>show the scanned folder&apos;s absolute path in HTML, PDF, Markdown and SARIF reports (default: its name only, as the reports are often sent on)</source>
        <translation>在 HTML、PDF、Markdown 和 SARIF 报告中显示所扫描文件夹的绝对路径（默认只显示其名称，因为报告常被转发给他人）</translation>
    </message>
    <message>
        <source>SARIF: also list which SDK each file shows (presence notes)</source>
        <translation>SARIF：同时列出每个文件体现的 SDK（存在性备注）</translation>
    </message>
    <message>
        <source>SARIF: locate results relative to the git repository that holds the scanned folder</source>
        <translation>SARIF：结果路径相对于包含所扫描文件夹的 git 仓库</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: from the locale)</source>
        <translation>PDF 纸张：a4 或 letter（默认按区域设置）</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>no report was written; earlier reports are unchanged</source>
        <translation>未写入任何报告；之前的报告保持不变</translation>
    </message>
    <message>
        <source>interrupted: the scan stopped early and the report is partial</source>
        <translation>已中断：扫描提前停止，报告不完整</translation>
    </message>
    <message>
        <source>Finds where a project uses the legacy Agora Signaling SDK in ways the Agora RTM SDK cannot interoperate with.

Commands:
  scan PATH...   scan folders and/or project descriptions (.json) and write a report
  rules          list the compatibility rows and detection rules

Exit codes: 0 no row fails, 1 a row fails or nothing could be assessed (or needs review with
--fail-on review, or the legacy SDK is present at all with --fail-on legacy), 2 usage error or
invalid input, 130 interrupted (Ctrl+C; the report written is marked partial).</source>
        <translation>找出项目中以声网 RTM SDK 无法互通的方式使用旧版声网信令 SDK 的位置。

命令：
  scan PATH...   扫描文件夹和/或项目描述文件（.json）并生成报告
  rules          列出兼容性检查项和检测规则

退出码：0 没有检查项不通过，1 有检查项不通过或没有可评估的内容（使用 --fail-on review 时也包括需要复核，
使用 --fail-on legacy 时只要存在旧版 SDK），2 用法错误或输入无效，130 已中断（Ctrl+C；写出的报告标记为不完整）。</translation>
    </message>
    <message>
        <source>skip text files larger than MB megabytes (default 16, at most 4096); files over 4 MB are read in windows, in bounded memory</source>
        <translation>跳过大于 MB 兆字节的文本文件（默认 16，最大 4096）；大于 4 MB 的文件分窗口读取，内存占用有上限</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tells which of Agora&apos;s five documented Signaling to RTM incompatibilities apply to your code.</source>
        <translation>找出声网文档列出的五项信令与 RTM 不兼容情况中哪些适用于您的代码。</translation>
    </message>
    <message>
        <source>a folder to scan or a project description (.json)</source>
        <translation>要扫描的文件夹或项目描述文件（.json）</translation>
    </message>
    <message>
        <source>user interface language: en or zh_CN</source>
        <translation>界面语言：en 或 zh_CN</translation>
    </message>
</context>
<context>
    <name>sig2rtm</name>
    <message>
        <source>nothing to scan: give a folder or a project description</source>
        <translation>没有可扫描的内容：请指定文件夹或项目描述文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>only one project description per scan (already given: %1)</source>
        <translation>每次扫描只能使用一个项目描述文件（已指定：%1）</translation>
    </message>
    <message>
        <source>is neither a folder nor a project description (.json)</source>
        <translation>既不是文件夹也不是项目描述文件（.json）</translation>
    </message>
    <message>
        <source>is a folder, not a project description file</source>
        <translation>是文件夹，而不是项目描述文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>不支持的格式“%1”（应为“%2”）</translation>
    </message>
    <message>
        <source>an App ID is 32 hexadecimal characters</source>
        <translation>App ID 由 32 个十六进制字符组成</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知平台“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown SDK &quot;%1&quot; (expected signaling or rtm)</source>
        <translation>未知 SDK“%1”（应为 signaling 或 rtm）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version like 1.2.1 (or &quot;unknown&quot;)</source>
        <translation>“%1”不是形如 1.2.1 的版本号（或“unknown”）</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知取值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>messageTypes applies only to clients of these platforms: %1</source>
        <translation>messageTypes 仅适用于以下平台的客户端：%1</translation>
    </message>
    <message>
        <source>source folder &quot;%1&quot; does not exist</source>
        <translation>源文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not a folder</source>
        <translation>源路径“%1”不是文件夹</translation>
    </message>
    <message>
        <source>a description needs &quot;clients&quot; (declared facts), &quot;sources&quot; (folders to scan), or both</source>
        <translation>项目描述需要 &quot;clients&quot;（声明的事实）、&quot;sources&quot;（要扫描的文件夹），或两者都有</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知键“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>JSON is nested more than %1 levels deep</source>
        <translation>JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>cannot start the PDF renderer</source>
        <translation>无法启动 PDF 渲染器</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>无法向 PDF 添加页面</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts and text layout); run with the offscreen platform (QT_QPA_PLATFORM=offscreen) in a GUI-less process</source>
        <translation>PDF 报告需要 QGuiApplication（字体和文本排版）；在无图形界面的进程中请使用 offscreen 平台运行（QT_QPA_PLATFORM=offscreen）</translation>
    </message>
    <message>
        <source>the PDF renderer produced no output</source>
        <translation>PDF 渲染器没有产生输出</translation>
    </message>
    <message>
        <source>&lt;your App ID&gt;</source>
        <translation>&lt;您的 App ID&gt;</translation>
    </message>
    <message>
        <source>(unnamed project)</source>
        <translation>（未命名项目）</translation>
    </message>
    <message>
        <source>Signaling → RTM compatibility report</source>
        <translation>信令 → RTM 兼容性报告</translation>
    </message>
    <message>
        <source>Which of Agora&apos;s five documented Signaling/RTM incompatibilities apply to this project</source>
        <translation>声网文档列出的五项信令/RTM 不兼容情况中，哪些适用于本项目</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>兼容性</translation>
    </message>
    <message>
        <source>The five cases in which the RTM SDK cannot interoperate with the Signaling SDK, and what the scan found for each.</source>
        <translation>RTM SDK 无法与信令 SDK 互通的五种情况，以及本次扫描对每一项的结果。</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>What to change for every case that fails or needs review.</source>
        <translation>对每一项不通过或需复核的情况应做的修改。</translation>
    </message>
    <message>
        <source>No case fails or needs review: nothing to change.</source>
        <translation>没有不通过或需复核的项：无需修改。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Evidence for each case, grouped by file. The match is highlighted.</source>
        <translation>各项的证据，按文件分组，匹配内容已高亮。</translation>
    </message>
    <message>
        <source>Other SDK evidence</source>
        <translation>其他 SDK 证据</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成于</translation>
    </message>
    <message>
        <source>Signaling timeline</source>
        <translation>信令时间线</translation>
    </message>
    <message>
        <source>Signaling servers shut down on %1</source>
        <translation>信令服务器已于 %1 关停</translation>
    </message>
    <message>
        <source>SDKs found</source>
        <translation>发现的 SDK</translation>
    </message>
    <message>
        <source>No Signaling or RTM SDK found</source>
        <translation>未发现信令或 RTM SDK</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>Findings per case</source>
        <translation>各项发现数</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>%1 files examined</source>
        <translation>已检查 %1 个文件</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>已跳过 %1 项</translation>
    </message>
    <message>
        <source>The scan was cancelled: these results are incomplete.</source>
        <translation>扫描已取消：结果不完整。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Incompatibility</source>
        <translation>不兼容项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>涵盖范围</translation>
    </message>
    <message>
        <source>Recommended change</source>
        <translation>建议修改</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>参考链接</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>技术支持请求</translation>
    </message>
    <message>
        <source>These cases also need Agora to enable Signaling/RTM interoperability on the back end. Send this request to Agora support:</source>
        <translation>以下情况还需要声网在后台开启信令与 RTM 的互通。请将此请求发送给声网技术支持：</translation>
    </message>
    <message>
        <source>Needs Agora to enable interop: see the support request below.</source>
        <translation>需要声网开启互通：见下方技术支持请求。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无发现。</translation>
    </message>
    <message>
        <source>No evidence for this case.</source>
        <translation>此项没有证据。</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 处发现</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 处发现</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 more findings in the HTML/JSON report.</source>
        <translation>另有 %1 处发现，详见 HTML/JSON 报告。</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>跳过的文件</translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>没有跳过任何文件。</translation>
    </message>
    <message>
        <source>%1 more skipped entries in the HTML/JSON report.</source>
        <translation>另有 %1 项跳过记录，详见 HTML/JSON 报告。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Generation metadata</source>
        <translation>生成信息</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Root folder</source>
        <translation>根目录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Report model</source>
        <translation>报告模型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>partial (cancelled)</source>
        <translation>不完整（已取消）</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Generated by %1 %2</source>
        <translation>由 %1 %2 生成</translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation>信令</translation>
    </message>
    <message>
        <source>RTM</source>
        <translation>RTM</translation>
    </message>
    <message>
        <source>Findings (first %1 per case)</source>
        <translation>发现（每项前 %1 处）</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>No Signaling SDK found</source>
        <translation>未发现信令 SDK</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>兼容</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需复核</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>高置信度</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>中置信度</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>build file</source>
        <translation>构建文件</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (available: %2)</source>
        <translation>未知报告格式“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>The folder the scanned paths are relative to.</source>
        <translation>扫描路径所相对的根目录。</translation>
    </message>
    <message>
        <source>A fact declared in the project description.</source>
        <translation>项目描述中声明的事实。</translation>
    </message>
    <message>
        <source>Rule %1 (not in the built-in catalog).</source>
        <translation>规则 %1（不在内置规则库中）。</translation>
    </message>
    <message>
        <source>Evidence of the %1 SDK (%2): %3</source>
        <translation>%1 SDK 的证据（%2）：%3</translation>
    </message>
    <message>
        <source>This case also needs Agora to enable Signaling/RTM interoperability on the back end.</source>
        <translation>此情况还需要声网在后台开启信令与 RTM 的互通。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>正则表达式在偏移 %1 处无效：%2</translation>
    </message>
    <message>
        <source>links must use https: &quot;%1&quot;</source>
        <translation>链接必须使用 https：“%1”</translation>
    </message>
    <message>
        <source>unknown row &quot;%1&quot;</source>
        <translation>未知检查项“%1”</translation>
    </message>
    <message>
        <source>a rule needs a &quot;row&quot; or an &quot;sdk&quot;</source>
        <translation>规则需要 &quot;row&quot; 或 &quot;sdk&quot;</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>未知平台“%1”</translation>
    </message>
    <message>
        <source>unknown remediation &quot;%1&quot;</source>
        <translation>未知补救措施“%1”</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;</source>
        <translation>未知语言“%1”</translation>
    </message>
    <message>
        <source>only an identifier rule creates SDK objects</source>
        <translation>只有 identifier 规则可以创建 SDK 对象</translation>
    </message>
    <message>
        <source>static factories need &quot;objectTypes&quot;</source>
        <translation>静态工厂需要 &quot;objectTypes&quot;</translation>
    </message>
    <message>
        <source>unknown token kind &quot;%1&quot; (expected string or identifier)</source>
        <translation>未知标记类型“%1”（应为 string 或 identifier）</translation>
    </message>
    <message>
        <source>only a project rule has markers and pages</source>
        <translation>只有 project 规则可以有 markers 和 pages</translation>
    </message>
    <message>
        <source>expected an argument index from 0 to 16</source>
        <translation>应为 0 到 16 之间的参数序号</translation>
    </message>
    <message>
        <source>the version pattern needs a capture group</source>
        <translation>版本号模式需要一个捕获组</translation>
    </message>
    <message>
        <source>expected &quot;match&quot; or &quot;content&quot;</source>
        <translation>应为 &quot;match&quot; 或 &quot;content&quot;</translation>
    </message>
    <message>
        <source>a row rule needs an &quot;effect&quot;</source>
        <translation>检查项规则需要 &quot;effect&quot;</translation>
    </message>
    <message>
        <source>duplicate row id &quot;%1&quot;</source>
        <translation>重复的检查项 ID“%1”</translation>
    </message>
    <message>
        <source>only one row can have a minimum version</source>
        <translation>只能有一个检查项设置最低版本</translation>
    </message>
    <message>
        <source>a catalog needs at least one row</source>
        <translation>规则库至少需要一个检查项</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>重复的规则 ID“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking finding(s); first: %1: %2</source>
        <translation>
            <numerusform>%n 处阻断性发现；第一处：%1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need a human decision; first: %1: %2</source>
        <translation>
            <numerusform>%n 处发现需要人工确认；第一处：%1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the description gives no sdkVersion</source>
        <translation>项目描述中没有给出 sdkVersion</translation>
    </message>
    <message>
        <source>Version %1 is older than v%2.</source>
        <translation>版本 %1 低于 v%2。</translation>
    </message>
    <message>
        <source>Version %1 can interoperate.</source>
        <translation>版本 %1 可以互通。</translation>
    </message>
    <message>
        <source>Version unknown: %1.</source>
        <translation>版本未知：%1。</translation>
    </message>
    <message>
        <source>Suppressed (%1): %2</source>
        <translation>已抑制（%1）：%2</translation>
    </message>
    <message>
        <source>- %1 (%2): %3</source>
        <translation>- %1（%2）：%3</translation>
    </message>
    <message>
        <source>(%1 of its markers found)</source>
        <translation>（找到其中 %1 个特征）</translation>
    </message>
    <message>
        <source>Mentioned in a comment only: %1</source>
        <translation>仅在注释中提及：%1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>folder nesting deeper than 256 levels</source>
        <translation>文件夹嵌套超过 256 层</translation>
    </message>
    <message>
        <source>cannot read folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>excluded by default: %1</source>
        <translation>默认排除：%1</translation>
    </message>
    <message>
        <source>excluded by pattern %1</source>
        <translation>被模式 %1 排除</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>失效的符号链接</translation>
    </message>
    <message>
        <source>symbolic link loop (points to a parent folder)</source>
        <translation>符号链接循环（指向上级文件夹）</translation>
    </message>
    <message>
        <source>symbolic link to outside the scanned folder</source>
        <translation>指向扫描文件夹之外的符号链接</translation>
    </message>
    <message>
        <source>symbolic link (its target is scanned at its own path)</source>
        <translation>符号链接（其目标按自身路径扫描）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a conditional that can yield %1</source>
        <translation>可能得到%1的条件表达式</translation>
    </message>
    <message>
        <source>a conditional expression</source>
        <translation>条件表达式</translation>
    </message>
    <message>
        <source>concatenated with a string literal</source>
        <translation>与字符串字面量拼接</translation>
    </message>
    <message>
        <source>a concatenation of strings</source>
        <translation>字符串拼接</translation>
    </message>
    <message>
        <source>a sum whose operand types are unknown</source>
        <translation>操作数类型未知的加法表达式</translation>
    </message>
    <message>
        <source>cast to string</source>
        <translation>转换为字符串</translation>
    </message>
    <message>
        <source>a string literal</source>
        <translation>字符串字面量</translation>
    </message>
    <message>
        <source>a template literal</source>
        <translation>模板字面量</translation>
    </message>
    <message>
        <source>a number literal</source>
        <translation>数字字面量</translation>
    </message>
    <message>
        <source>a boolean literal</source>
        <translation>布尔字面量</translation>
    </message>
    <message>
        <source>a boolean expression</source>
        <translation>布尔表达式</translation>
    </message>
    <message>
        <source>an object literal</source>
        <translation>对象字面量</translation>
    </message>
    <message>
        <source>an array literal</source>
        <translation>数组字面量</translation>
    </message>
    <message>
        <source>a String object (new String)</source>
        <translation>String 对象（new String）</translation>
    </message>
    <message>
        <source>a new %1 object</source>
        <translation>新建的 %1 对象</translation>
    </message>
    <message>
        <source>converted with %1()</source>
        <translation>用 %1() 转换</translation>
    </message>
    <message>
        <source>the result of %1()</source>
        <translation>%1() 的返回值</translation>
    </message>
    <message>
        <source>built with JSON.stringify()</source>
        <translation>用 JSON.stringify() 生成</translation>
    </message>
    <message>
        <source>the result of .%1()</source>
        <translation>.%1() 的返回值</translation>
    </message>
    <message>
        <source>an expression whose type cannot be determined statically</source>
        <translation>无法静态确定类型的表达式</translation>
    </message>
    <message>
        <source>the variable %1</source>
        <translation>变量 %1</translation>
    </message>
    <message>
        <source>%1, declared as string at line %2</source>
        <translation>%1，在第 %2 行声明为 string</translation>
    </message>
    <message>
        <source>%1, declared as %2 at line %3</source>
        <translation>%1，在第 %3 行声明为 %2</translation>
    </message>
    <message>
        <source>the function parameter %1 (line %2)</source>
        <translation>函数参数 %1（第 %2 行）</translation>
    </message>
    <message>
        <source>%1, assigned %2 at line %3</source>
        <translation>%1，在第 %3 行被赋值为%2</translation>
    </message>
    <message>
        <source>the variable %1, whose value is not visible in this file</source>
        <translation>变量 %1，其值在本文件中不可见</translation>
    </message>
    <message>
        <source>The msg argument of %1 is missing.</source>
        <translation>%1 缺少 msg 参数。</translation>
    </message>
    <message>
        <source>The msg argument is a string: %1.</source>
        <translation>msg 参数是字符串：%1。</translation>
    </message>
    <message>
        <source>The msg argument is not a string: %1. RTM peers cannot decode it.</source>
        <translation>msg 参数不是字符串：%1。RTM 端无法解析。</translation>
    </message>
    <message>
        <source>The type of the msg argument cannot be determined: %1.</source>
        <translation>无法确定 msg 参数的类型：%1。</translation>
    </message>
    <message>
        <source>(mini-program: %1)</source>
        <translation>（小程序：%1）</translation>
    </message>
    <message>
        <source>larger than the %1 MB limit for text files</source>
        <translation>超过文本文件 %1 MB 的大小上限</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（位置：%2）</translation>
    </message>
    <message>
        <source>an id must not be blank or contain &quot;/&quot;: &quot;%1&quot;</source>
        <translation>id 不能为空，也不能包含“/”：“%1”</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>This handler does nothing (it is empty, or only logs, calls super or returns), so the app does not use the callback.</source>
        <translation>该处理函数不做任何事（为空，或只打印日志、调用 super 或直接返回），应用并未使用此回调。</translation>
    </message>
    <message>
        <source>The same in %1 more places of this file (lines: %2).</source>
        <translation>本文件另有 %1 处相同（行：%2）。</translation>
    </message>
    <message>
        <source>reading versions from strings needs &quot;versionStrings&quot;</source>
        <translation>从字符串读取版本需要 &quot;versionStrings&quot;</translation>
    </message>
    <message>
        <source>dependency folder %1: skipped for usage, read for SDK files</source>
        <translation>依赖文件夹 %1：不检查用法，只读取其中的 SDK 文件</translation>
    </message>
    <message>
        <source>The version %1 is read from the file&apos;s printable strings (byte %2).</source>
        <translation>版本 %1 读取自该文件的可打印字符串（第 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>the file&apos;s printable strings name different versions: %1</source>
        <translation>该文件的可打印字符串给出了不同的版本：%1</translation>
    </message>
    <message>
        <source>Byte</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Migration inventory</source>
        <translation>迁移清单</translation>
    </message>
    <message>
        <source>Legacy API</source>
        <translation>旧版 API</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替代方式</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>no equivalent</source>
        <translation>无对应功能</translation>
    </message>
    <message>
        <source>No use of a legacy API was found in the code.</source>
        <translation>代码中未发现旧版 API 的使用。</translation>
    </message>
    <message>
        <source>uses: %1, files: %2</source>
        <translation>使用：%1 处，文件：%2 个</translation>
    </message>
    <message>
        <source>expected &quot;call&quot;, &quot;event&quot; or &quot;string&quot;</source>
        <translation>应为 &quot;call&quot;、&quot;event&quot; 或 &quot;string&quot;</translation>
    </message>
    <message>
        <source>effort is one of 1, 3, 5, 7, 13</source>
        <translation>工作量只能是 1、3、5、7、13 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier</source>
        <translation>“%1”不是标识符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in another entry</source>
        <translation>“%1”已在另一条目中</translation>
    </message>
    <message>
        <source>another client is already called &quot;%1&quot;</source>
        <translation>已有另一个客户端名为“%1”</translation>
    </message>
    <message>
        <source>client folder &quot;%1&quot; does not exist</source>
        <translation>客户端文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>a fingerprint is 32 lowercase hexadecimal digits</source>
        <translation>指纹由 32 个小写十六进制数字组成</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>迁移计划</translation>
    </message>
    <message>
        <source>The work in order: first the interop blockers, so that old and new clients can talk during a gradual move; then each client&apos;s port of its legacy calls; then removing the legacy SDK.</source>
        <translation>按顺序进行的工作：先解决互通障碍，使新旧客户端在逐步迁移期间可以互相通信；再逐个客户端移植旧版调用；最后移除旧版 SDK。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>可单独迁移</translation>
    </message>
    <message>
        <source>with the others</source>
        <translation>需与其他客户端一起</translation>
    </message>
    <message>
        <source>Must switch together, because each has an interop blocker: %1.</source>
        <translation>以下客户端必须同时切换，因为每个都有互通障碍：%1。</translation>
    </message>
    <message>
        <source>Every client can move on its own: none has an interop blocker.</source>
        <translation>每个客户端都可以单独迁移：没有互通障碍。</translation>
    </message>
    <message>
        <source>legacy SDK</source>
        <translation>旧版 SDK</translation>
    </message>
    <message>
        <source>both SDKs</source>
        <translation>两种 SDK 并存</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>no SDK</source>
        <translation>无 SDK</translation>
    </message>
    <message>
        <source>Work in order</source>
        <translation>工作顺序</translation>
    </message>
    <message>
        <source>Fix the interop blocker &quot;%1&quot; in %2 (%3).</source>
        <translation>解决 %2 中的互通障碍“%1”（%3）。</translation>
    </message>
    <message>
        <source>Port the legacy calls of %1: %2 uses of %3 APIs, %4 without an equivalent; %5 effort points.</source>
        <translation>移植 %1 的旧版调用：%3 个 API 共 %2 处使用，其中 %4 个没有对应功能；工作量 %5 点。</translation>
    </message>
    <message>
        <source>Remove the legacy SDK&apos;s files from %1:</source>
        <translation>从 %1 中移除旧版 SDK 的文件：</translation>
    </message>
    <message>
        <source>No client uses the legacy SDK: nothing to migrate.</source>
        <translation>没有客户端使用旧版 SDK：无需迁移。</translation>
    </message>
    <message>
        <source>(project root)</source>
        <translation>（项目根目录）</translation>
    </message>
    <message>
        <source>%1 suppressed</source>
        <translation>已抑制 %1 项</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source>%1 uses, %2 without equivalent</source>
        <translation>%1 处使用，%2 个无对应功能</translation>
    </message>
    <message>
        <source>invalid JSON: a number too large to read</source>
        <translation>JSON 无效：数字过大，无法读取</translation>
    </message>
    <message>
        <source>not a sig2rtm report: it has no &quot;format&quot; (expected &quot;%1&quot;)</source>
        <translation>不是 sig2rtm 报告：没有 &quot;format&quot;（应为“%1”）</translation>
    </message>
    <message>
        <source>not a report this version reads: format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>不是本版本可读取的报告：格式为“%1”（应为“%2”）</translation>
    </message>
    <message>
        <source>not a date and time: &quot;%1&quot; (expected ISO 8601, such as 2025-03-14T09:30:00Z)</source>
        <translation>不是日期时间：“%1”（应为 ISO 8601 格式，如 2025-03-14T09:30:00Z）</translation>
    </message>
    <message>
        <source>more problems follow; the first %1 are listed</source>
        <translation>后面还有更多问题；只列出前 %1 个</translation>
    </message>
    <message>
        <source>the report has no migration inventory (written by an older sig2rtm); scan again with this version to compare with it</source>
        <translation>该报告没有迁移清单（由较旧的 sig2rtm 生成）；请用本版本重新扫描后再比较</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is %1 MB; at most %2 MB are read</source>
        <translation>大小为 %1 MB；最多读取 %2 MB</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>cannot read the report</source>
        <translation>无法读取报告</translation>
    </message>
    <message>
        <source>Burn-down: effort points and legacy calls left</source>
        <translation>燃尽图：剩余工作量点数与旧版调用</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message numerus="yes">
        <source>+%n more client(s) not drawn</source>
        <translation>
            <numerusform>另有 %n 个客户端未绘出</numerusform>
        </translation>
    </message>
    <message>
        <source>Effort points left</source>
        <translation>剩余工作量点数</translation>
    </message>
    <message>
        <source>Legacy calls left</source>
        <translation>剩余旧版调用</translation>
    </message>
    <message>
        <source>Hollow points: cancelled scans (values incomplete).</source>
        <translation>空心点：已取消的扫描（数值不完整）。</translation>
    </message>
    <message>
        <source>%1 reports from %2 to %3: effort points left went from %4 to %5, legacy calls left from %6 to %7.</source>
        <translation>%2 至 %3 的 %1 份报告：剩余工作量点数从 %4 变为 %5，剩余旧版调用从 %6 变为 %7。</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>cannot list the folder</source>
        <translation>无法列出文件夹内容</translation>
    </message>
    <message>
        <source>Progress since %1</source>
        <translation>自 %1 以来的进展</translation>
    </message>
    <message>
        <source>Compared with %1 (made %2).</source>
        <translation>与 %1（生成于 %2）比较。</translation>
    </message>
    <message>
        <source>Compared with %1 (%2, made %3).</source>
        <translation>与 %1（%2，生成于 %3）比较。</translation>
    </message>
    <message>
        <source>Legacy calls left: %1 · effort points left: %2 · findings that block or need review: %3</source>
        <translation>剩余旧版调用：%1 · 剩余工作量点数：%2 · 阻断或需审查的发现：%3</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>%1 后新增</translation>
    </message>
    <message>
        <source>Legacy calls (migration inventory)</source>
        <translation>旧版调用（迁移清单）</translation>
    </message>
    <message>
        <source>Findings that block or need review</source>
        <translation>阻断或需审查的发现</translation>
    </message>
    <message>
        <source>Notes (mentions, SDK presence, suppressed findings)</source>
        <translation>备注（提及、SDK 存在证据、已抑制的发现）</translation>
    </message>
    <message>
        <source>%1 more in the HTML and JSON reports.</source>
        <translation>HTML 和 JSON 报告中还有 %1 项。</translation>
    </message>
    <message>
        <source>Legacy calls removed (%1)</source>
        <translation>已移除的旧版调用（%1）</translation>
    </message>
    <message>
        <source>Findings resolved (%1)</source>
        <translation>已解决的发现（%1）</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>燃尽图</translation>
    </message>
    <message numerus="yes">
        <source>Effort points and legacy calls left in %n report(s), oldest first, from %1 to %2.</source>
        <translation>
            <numerusform>%n 份报告中剩余的工作量点数与旧版调用，按时间先后排列，从 %1 到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved report was found to draw a burn-down from.</source>
        <translation>未找到可用于绘制燃尽图的已保存报告。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>(this report)</source>
        <translation>（本报告）</translation>
    </message>
    <message>
        <source>Files of the history that were not read</source>
        <translation>历史中未读取的文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Gone since the previous report: %1</source>
        <translation>自上一份报告以来已消除：%1</translation>
    </message>
    <message>
        <source>Saved reports from %1.</source>
        <translation>报告保存在 %1。</translation>
    </message>
    <message>
        <source>Per client: effort points / legacy calls left.</source>
        <translation>各客户端一栏：剩余工作量点数 / 剩余旧版调用。</translation>
    </message>
    <message>
        <source>dated %1, after this scan: left out</source>
        <translation>日期为 %1，晚于本次扫描：未纳入</translation>
    </message>
    <message>
        <source>This scan was cancelled: what it did not reach counts as fixed below, so the figures overstate the progress.</source>
        <translation>本次扫描已取消：未扫描到的部分在下面算作已修复，因此这些数字高估了进展。</translation>
    </message>
    <message>
        <source>The previous scan was cancelled: what it did not reach counts as new below.</source>
        <translation>上一次扫描已取消：它未扫描到的部分在下面算作新增。</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller client(s) are only in the JSON report.</source>
        <translation>
            <numerusform>另有 %n 个较小的客户端只列在 JSON 报告中。</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled scan: its figures undercount)</source>
        <translation>（扫描已取消：数字偏少）</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) from here on not read: a history reads at most %1 files</source>
        <translation>
            <numerusform>从此处起还有 %n 个文件未读取：历史记录最多读取 %1 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest report(s), from this one on, left out: a burn-down shows the newest %1</source>
        <translation>
            <numerusform>从此份起最早的 %n 份报告未纳入：燃尽图只显示最新的 %1 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n 项阻断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>%n 项待复核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed: no source file, SDK file or declared fact was found.</source>
        <translation>未评估：没有找到源代码文件、SDK 文件或声明的事实。</translation>
    </message>
    <message>
        <source>Nothing assessed</source>
        <translation>无法评估</translation>
    </message>
    <message>
        <source>Nothing could be assessed: the input holds no source file, SDK file or declared fact the rules can read. Check the folder, the skipped items and the exclusions.</source>
        <translation>无法评估：输入中没有规则可以读取的源代码文件、SDK 文件或声明的事实。请检查文件夹、跳过的项目和排除规则。</translation>
    </message>
    <message>
        <source>This line holds hidden or control characters (%1): the code may read differently from what it does (Trojan Source). Review it.</source>
        <translation>此行含有隐藏字符或控制字符（%1）：代码的显示可能与其实际作用不同（Trojan Source）。请审查。</translation>
    </message>
    <message>
        <source>This file name holds hidden or control characters (%1): it may show as a different name. Review it.</source>
        <translation>此文件名含有隐藏字符或控制字符（%1）：它可能显示为另一个名称。请审查。</translation>
    </message>
    <message>
        <source>no installed font can show the report&apos;s text (%1): the PDF would print empty boxes. Install the fonts it uses (DejaVu Sans, and Noto Sans CJK SC for Chinese; on Debian and Ubuntu: apt-get install fonts-dejavu-core fonts-noto-cjk), or write the report as HTML.</source>
        <translation>没有已安装的字体能显示报告文字（%1）：PDF 将打印出空白方框。请安装报告使用的字体（DejaVu Sans，中文需 Noto Sans CJK SC；在 Debian 和 Ubuntu 上：apt-get install fonts-dejavu-core fonts-noto-cjk），或改为输出 HTML 报告。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the JSON report</source>
        <translation>
            <numerusform>另有 %n 处见 JSON 报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same finding is in %n more place(s): see identical findings, entry %1, in the appendix.</source>
        <translation>
            <numerusform>另有 %n 处存在相同的发现：见附录“相同的发现”第 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden or control characters (security)</source>
        <translation>隐藏字符或控制字符（安全）</translation>
    </message>
    <message>
        <source>Identical findings</source>
        <translation>相同的发现</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 listed, %2 identical ones shown once with their places in the appendix, %3 left out (the JSON report has every one).</source>
        <translation>
            <numerusform>共 %n 个发现：列出 %1 个，%2 个相同的发现只显示一次、其位置列在附录中，省略 %3 个（JSON 报告包含全部）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The root of the git repository that holds the scanned folder.</source>
        <translation>包含所扫描文件夹的 git 仓库的根目录。</translation>
    </message>
    <message>
        <source>A file name or source line holds hidden or control characters.</source>
        <translation>文件名或源代码行中含有隐藏字符或控制字符。</translation>
    </message>
    <message>
        <source>A file name or source line holds bidirectional overrides, zero-width or control characters: the code or the name may read differently from what it does (Trojan Source, CVE-2021-42574). The results show each character as &lt;U+XXXX&gt;.</source>
        <translation>文件名或源代码行中含有双向覆盖字符、零宽字符或控制字符：代码或名称的显示可能与其实际作用不同（Trojan Source，CVE-2021-42574）。结果中每个此类字符显示为 &lt;U+XXXX&gt;。</translation>
    </message>
    <message>
        <source>Remove the characters, or make sure that each one is intended, before the code is reviewed or migrated.</source>
        <translation>在审查或迁移代码之前，删除这些字符，或确认每个字符都是有意为之。</translation>
    </message>
    <message>
        <source>This log has %1 results; GitHub code scanning shows at most %2 of a run (the most severe first), so some will not appear there. The HTML and JSON reports list every finding.</source>
        <translation>此日志共有 %1 条结果；GitHub 代码扫描每次运行最多显示 %2 条（严重程度高的优先），因此部分结果不会在那里显示。HTML 和 JSON 报告列出了全部发现。</translation>
    </message>
    <message>
        <source>The scanned folder is in no git repository: paths are relative to the scanned folder.</source>
        <translation>所扫描的文件夹不在任何 git 仓库中：路径相对于所扫描的文件夹。</translation>
    </message>
    <message>
        <source>a remediation has a &quot;url&quot; or a &quot;guide&quot;, not both</source>
        <translation>补救措施只能有 “url” 或 “guide” 之一，不能两者都有</translation>
    </message>
    <message>
        <source>platform &quot;%1&quot; has no guide</source>
        <translation>平台“%1”没有迁移指南</translation>
    </message>
    <message numerus="yes">
        <source>No installed font has %n character(s) in the project&apos;s names, paths and code: the PDF prints escapes such as %1 instead. Install a font that covers the project&apos;s languages (for Chinese: fonts-noto-cjk) to see the text as it is.</source>
        <translation>
            <numerusform>项目的名称、路径和代码中有 %n 个字符没有已安装的字体可显示：PDF 改为打印 %1 这样的转义形式。安装覆盖项目所用语言的字体（中文：fonts-noto-cjk）即可按原样显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: is a symbolic link (to %2); it is not followed: remove the link or choose another name</source>
        <translation>%1：是符号链接（指向 %2），不会跟随：请删除该链接或另选文件名</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1：是文件夹</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3)</source>
        <translation>键“%1”在同一对象中出现了两次（第一次在第 %2 行第 %3 列）</translation>
    </message>
    <message>
        <source>became a symbolic link during the scan: not followed</source>
        <translation>扫描期间变成了符号链接：未跟随</translation>
    </message>
    <message>
        <source>not a regular file (it changed during the scan)</source>
        <translation>不是普通文件（扫描期间发生了变化）</translation>
    </message>
    <message>
        <source>moved outside the scanned folder during the scan: not read</source>
        <translation>扫描期间被移到所扫描的文件夹之外：未读取</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::AssessmentWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新的评估(&amp;N)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新的评估</translation>
    </message>
    <message>
        <source>Unsaved suppressions</source>
        <translation>有未保存的抑制项</translation>
    </message>
    <message>
        <source>Findings you marked as not applicable are not saved yet. Save them in a project description before you go on?</source>
        <translation>你标记为不适用的发现项尚未保存。继续之前，要将它们保存到项目描述中吗？</translation>
    </message>
    <message>
        <source>Save the suppressions in a project description</source>
        <translation>将抑制项保存到项目描述</translation>
    </message>
    <message>
        <source>Project descriptions (*.json)</source>
        <translation>项目描述 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the suppressions</source>
        <translation>无法保存抑制项</translation>
    </message>
    <message>
        <source>Start a new assessment?</source>
        <translation>开始新的评估？</translation>
    </message>
    <message>
        <source>The results of this assessment have not been exported. A new assessment replaces them.</source>
        <translation>本次评估的结果尚未导出。新的评估会替换这些结果。</translation>
    </message>
    <message>
        <source>&amp;Start a new assessment</source>
        <translation>开始新的评估(&amp;S)</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::BurnDownChart</name>
    <message>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>this scan</source>
        <translation>本次扫描</translation>
    </message>
    <message>
        <source>1 effort point</source>
        <translation>1 个工作量点</translation>
    </message>
    <message>
        <source>%1 effort points</source>
        <translation>%1 个工作量点</translation>
    </message>
    <message>
        <source>1 legacy call</source>
        <translation>1 处旧版调用</translation>
    </message>
    <message>
        <source>%1 legacy calls</source>
        <translation>%1 处旧版调用</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4 and %5 left</source>
        <translation>%1，%2（%3）：剩余 %4、%5</translation>
    </message>
    <message>
        <source>(a cancelled scan: its values are incomplete)</source>
        <translation>（已取消的扫描：数值不完整）</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::CompatibilityModel</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Incompatibility</source>
        <translation>不兼容项</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>%1 (%2 suppressed)</source>
        <translation>%1（已抑制 %2 项）</translation>
    </message>
    <message>
        <source>Findings that stop old and new clients from talking: the row fails while one is left</source>
        <translation>阻止新旧客户端互通的发现项：只要还有一项，该行即不通过</translation>
    </message>
    <message>
        <source>Findings a person must look at: the row needs review while one is left</source>
        <translation>需要人工查看的发现项：只要还有一项，该行即需复核</translation>
    </message>
    <message>
        <source>Findings that need no change: context, SDK evidence and suppressed findings</source>
        <translation>无需修改的发现项：上下文、SDK 证据和已抑制的发现项</translation>
    </message>
    <message>
        <source>Scan a folder that holds the project&apos;s code</source>
        <translation>请扫描包含项目代码的文件夹</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ContactSupportDialog</name>
    <message>
        <source>Send by &amp;email…</source>
        <translation>通过邮件发送(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>另存为文本(&amp;S)…</translation>
    </message>
    <message>
        <source>Contact Agora support</source>
        <translation>联系声网技术支持</translation>
    </message>
    <message>
        <source>Some fixes also need Agora to enable interoperability between Signaling and RTM for your project on the back end. This composes that request for %1.</source>
        <translation>部分修改还需要声网在后台为你的项目开启信令与 RTM 的互通。此处为你撰写发给 %1 的申请。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>32 hexadecimal characters, from the Agora console</source>
        <translation>32 位十六进制字符，可在声网控制台查看</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;（%2）：%3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>No row of this assessment needs back-end enabling; you can still ask for interop during the migration.</source>
        <translation>本次评估没有需要后台开启的条目；迁移期间你仍可以申请开启互通。</translation>
    </message>
    <message>
        <source>Rows that need back-end enabling, and why:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>需要后台开启互通的条目及原因：&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>App ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>申请内容(&amp;R)：</translation>
    </message>
    <message>
        <source>Your mail client should open with the request to %1.</source>
        <translation>邮件客户端将打开一封发给 %1 的申请邮件。</translation>
    </message>
    <message>
        <source>Enable Signaling/RTM interoperability</source>
        <translation>开启信令与 RTM 互通</translation>
    </message>
    <message numerus="yes">
        <source>An App ID has 32 characters; this one has %n.</source>
        <translation>
            <numerusform>App ID 为 32 个字符；当前为 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>App ID looks valid.</source>
        <translation>App ID 格式正确。</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>保存申请</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1: %2</source>
        <translation>&lt;b&gt;未保存：&lt;/b&gt;%1：%2</translation>
    </message>
    <message>
        <source>Copied. Paste it into a mail to %1.</source>
        <translation>已复制。请将其粘贴到发给 %1 的邮件中。</translation>
    </message>
    <message>
        <source>Copied. Paste it into a ticket at %1 or a mail to %2.</source>
        <translation>已复制。请将其粘贴到 %1 的工单或发给 %2 的邮件中。</translation>
    </message>
    <message>
        <source>Fill in the App ID to send the request by e-mail. Copy and Save keep a placeholder for it.</source>
        <translation>填写 App ID 后才能通过电子邮件发送请求。复制和保存会为它保留占位符。</translation>
    </message>
    <message>
        <source>You can also file it as a ticket at %1.</source>
        <translation>也可以在 %1 提交工单。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::EvidencePage</name>
    <message>
        <source>&amp;Open in editor</source>
        <translation>在编辑器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;veal in file manager</source>
        <translation>在文件管理器中显示(&amp;V)</translation>
    </message>
    <message>
        <source>Cop&amp;y location</source>
        <translation>复制位置(&amp;Y)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Why each row has its status: select a finding to see the source around it.</source>
        <translation>每个条目为何是当前状态：选择一个发现项即可查看其附近的源代码。</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>条目(&amp;R)：</translation>
    </message>
    <message>
        <source>Compatibility row</source>
        <translation>兼容性条目</translation>
    </message>
    <message>
        <source>File, reason, code or rule</source>
        <translation>文件、原因、代码或规则</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>筛选发现项</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>F&amp;ail</source>
        <translation>不通过(&amp;A)</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>需审查(&amp;W)</translation>
    </message>
    <message>
        <source>Show effect %1</source>
        <translation>显示影响为“%1”的项</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>置信度：</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>低(&amp;L)</translation>
    </message>
    <message>
        <source>Show confidence %1</source>
        <translation>显示置信度为“%1”的项</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Selected location</source>
        <translation>所选位置</translation>
    </message>
    <message numerus="yes">
        <source>All findings (%n)</source>
        <translation>
            <numerusform>全部发现项（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>No findings to show.</source>
        <translation>没有可显示的发现项。</translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>请选择一个发现项。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Declared in the questionnaire: %1</source>
        <translation>来自问卷的声明：%1</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Hi&amp;gh</source>
        <translation>高(&amp;G)</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable…</source>
        <translation>不适用(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark the selected finding as not applicable to your project, with a reason</source>
        <translation>将选中的发现项标记为不适用于你的项目，并说明原因</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save suppressions…</source>
        <translation>保存抑制项(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the findings marked not applicable into a project description</source>
        <translation>将标记为不适用的发现项写入项目描述</translation>
    </message>
    <message>
        <source>Suppressions</source>
        <translation>抑制项</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客户端</translation>
    </message>
    <message>
        <source>%1 — suppressed: %2</source>
        <translation>%1 — 已抑制：%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>1 finding marked not applicable; not saved yet.</source>
        <translation>1 个发现项已标记为不适用；尚未保存。</translation>
    </message>
    <message>
        <source>%1 findings marked not applicable; not saved yet.</source>
        <translation>%1 个发现项已标记为不适用；尚未保存。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>不适用…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>复制位置</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>撤销：%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Show all fin&amp;dings</source>
        <translation>显示全部发现项(&amp;D)</translation>
    </message>
    <message>
        <source>Tick every Show and Confidence box and clear the filter text</source>
        <translation>勾选所有“显示”和“置信度”复选框并清空筛选文本</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — filters are on&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 — 筛选已启用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot open the editor</source>
        <translation>无法打开编辑器</translation>
    </message>
    <message>
        <source>%1 could not be started. Check the editor command in the preferences.</source>
        <translation>无法启动 %1。请检查首选项中的编辑器命令。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ExportPage</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新的评估(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Run an assessment first.</source>
        <translation>请先进行一次评估。</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;导出失败。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1 to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>已将%1保存到 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the report to share it, archive it or feed it to other tools: one or several formats.</source>
        <translation>保存报告，以便分享、存档或交给其他工具处理：可同时选择一种或多种格式。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>File na&amp;me:</source>
        <translation>文件名(&amp;M)：</translation>
    </message>
    <message>
        <source>Report file name, without extension</source>
        <translation>报告文件名（不含扩展名）</translation>
    </message>
    <message>
        <source>&amp;Open the reports after export</source>
        <translation>导出后打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>Choose the folder to save in.</source>
        <translation>请选择保存的文件夹。</translation>
    </message>
    <message>
        <source>The file name must be one name, without a folder.</source>
        <translation>文件名只能是一个名称，不能包含文件夹。</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>将写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist and would be replaced:</source>
        <translation>
            <numerusform>%n 个文件已存在，将被替换：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>已写入 %v / %m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Include the &amp;local folder path</source>
        <translation>包含本地文件夹路径(&amp;L)</translation>
    </message>
    <message>
        <source>Off: the reports name the scanned folder but not where it lies on this computer, as they are often sent to other teams or to support.</source>
        <translation>关闭时：报告只写所扫描文件夹的名称，不写它在本机上的位置，因为报告常被发给其他团队或技术支持。</translation>
    </message>
    <message>
        <source>not written: another report of the set failed</source>
        <translation>未写入：同一组中的另一份报告失败</translation>
    </message>
    <message>
        <source>No report was written; files saved earlier are unchanged.</source>
        <translation>未写入任何报告；之前保存的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::FindingsModel</name>
    <message>
        <source>SDK presence</source>
        <translation>SDK 存在证据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>已抑制</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>New since %1: not in %2</source>
        <translation>自 %1 以来新增：%2 中没有</translation>
    </message>
    <message>
        <source>Unchanged since %1: also in %2</source>
        <translation>自 %1 以来未变：%2 中也有</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 以来</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::MainWindow</name>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新的评估(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Scan a folder…</source>
        <translation>扫描文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a project &amp;description…</source>
        <translation>打开项目描述(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Answer the questionnaire</source>
        <translation>填写问卷(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>最近的评估(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export the report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation>联系技术支持(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About sig2rtm</source>
        <translation>关于 sig2rtm(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>没有最近的评估</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (partial results)</source>
        <translation>%1（部分结果）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Choose the folder to scan</source>
        <translation>选择要扫描的文件夹</translation>
    </message>
    <message>
        <source>Open a project description</source>
        <translation>打开项目描述</translation>
    </message>
    <message>
        <source>Project descriptions (*.json);;All files (*)</source>
        <translation>项目描述 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation>找不到用户指南</translation>
    </message>
    <message>
        <source>About sig2rtm</source>
        <translation>关于 sig2rtm</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sig2rtm %1&lt;/h3&gt;&lt;p&gt;Tells which of Agora&apos;s five documented Signaling→RTM incompatibilities apply to your code, shows the evidence and what to do about each.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sig2rtm %1&lt;/h3&gt;&lt;p&gt;找出声网文档列出的五种信令→RTM 不兼容情况中哪些适用于你的代码，并给出证据和每一项的处理方法。&lt;/p&gt;&lt;p&gt;Qt %2（构建于 %3）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Suppressions saved to %1</source>
        <translation>抑制项已保存到 %1</translation>
    </message>
    <message>
        <source>Save s&amp;uppressions…</source>
        <translation>保存抑制项(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Compare with a previous report…</source>
        <translation>与之前的报告比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Burn-down from saved reports…</source>
        <translation>根据已保存的报告绘制燃尽图(&amp;B)…</translation>
    </message>
    <message>
        <source>Signaling to RTM migration assistant</source>
        <translation>信令到 RTM 迁移助手</translation>
    </message>
    <message>
        <source>Drop to scan the folder
%1</source>
        <translation>松开鼠标即扫描文件夹
%1</translation>
    </message>
    <message>
        <source>Drop to open the project description
%1</source>
        <translation>松开鼠标即打开项目描述文件
%1</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本中缺少用户指南。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::PlanClientsModel</name>
    <message>
        <source>Legacy SDK</source>
        <translation>旧版 SDK</translation>
    </message>
    <message>
        <source>Both SDKs</source>
        <translation>两种 SDK 并存</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>No SDK found</source>
        <translation>未发现 SDK</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Declared in the project description</source>
        <translation>在项目描述中声明</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>the project&apos;s root</source>
        <translation>项目根目录</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>识别依据：%1</translation>
    </message>
    <message>
        <source>The code uses both the legacy SDK and RTM: the move has started.</source>
        <translation>代码同时使用旧版 SDK 和 RTM：迁移已经开始。</translation>
    </message>
    <message>
        <source>Only RTM: this client has moved.</source>
        <translation>只使用 RTM：该客户端已完成迁移。</translation>
    </message>
    <message>
        <source>Only the legacy SDK: the move has not started.</source>
        <translation>只使用旧版 SDK：尚未开始迁移。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation>1 个障碍</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 个障碍</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 项需审查</translation>
    </message>
    <message>
        <source>No blocker</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Blockers:</source>
        <translation>障碍：</translation>
    </message>
    <message>
        <source>To review:</source>
        <translation>需审查：</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>可单独迁移</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>须一起切换</translation>
    </message>
    <message>
        <source>Already on RTM.</source>
        <translation>已在使用 RTM。</translation>
    </message>
    <message>
        <source>No interop blocker: it can move to RTM on its own while the other clients still run the legacy SDK.</source>
        <translation>没有互通障碍：其他客户端仍在使用旧版 SDK 时，它也可以单独迁移到 RTM。</translation>
    </message>
    <message>
        <source>An interop blocker: until it is fixed, this client can only switch at the same time as the clients it talks to.</source>
        <translation>存在互通障碍：在解决之前，该客户端只能与和它通信的客户端同时切换。</translation>
    </message>
    <message>
        <source>Uses of legacy APIs in the code</source>
        <translation>代码中对旧版 API 的使用次数</translation>
    </message>
    <message>
        <source>Legacy APIs used that have no RTM equivalent</source>
        <translation>所用旧版 API 中在 RTM 里没有对应功能的数量</translation>
    </message>
    <message>
        <source>%1 of %2 effort points in all</source>
        <translation>共 %2 点工作量中的 %1 点</translation>
    </message>
    <message>
        <source>Effort points of the API port: each legacy API&apos;s points for each file that uses it</source>
        <translation>API 移植的工作量点数：每个旧版 API 按使用它的每个文件计入其点数</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Interop</source>
        <translation>互通</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::PlanPage</name>
    <message>
        <source>Migration plan</source>
        <translation>迁移计划</translation>
    </message>
    <message>
        <source>The work in order: interop blockers first, then each client&apos;s API port, then removing the legacy SDK.</source>
        <translation>按顺序列出的工作：先解决互通障碍，再移植各客户端的 API，最后移除旧版 SDK。</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客户端(&amp;C)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>&amp;Work in order</source>
        <translation>工作顺序(&amp;W)</translation>
    </message>
    <message>
        <source>Work in order</source>
        <translation>工作顺序</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>查看证据(&amp;E)</translation>
    </message>
    <message>
        <source>The findings that make the selected blocker fail</source>
        <translation>导致所选障碍不通过的发现项</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>计划摘要</translation>
    </message>
    <message>
        <source>Nothing to migrate</source>
        <translation>无需迁移</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1</source>
        <translation>无需迁移：%1</translation>
    </message>
    <message>
        <source>1 client to move, %1 in all.</source>
        <translation>1 个客户端需要迁移，共 %1。</translation>
    </message>
    <message>
        <source>%1 clients to move, %2 in all.</source>
        <translation>%1 个客户端需要迁移，共 %2。</translation>
    </message>
    <message>
        <source>Can move on their own (no interop blocker): %1.</source>
        <translation>可单独迁移（无互通障碍）：%1。</translation>
    </message>
    <message>
        <source>Must switch together until their interop blockers are fixed: %1.</source>
        <translation>在互通障碍解决之前须一起切换：%1。</translation>
    </message>
    <message>
        <source>Done, already on RTM: %1.</source>
        <translation>已完成，已在使用 RTM：%1。</translation>
    </message>
    <message>
        <source>Every client is on RTM: the migration is done.</source>
        <translation>所有客户端都已使用 RTM：迁移已完成。</translation>
    </message>
    <message>
        <source>No work found for the clients still on the legacy SDK.</source>
        <translation>仍在使用旧版 SDK 的客户端没有发现需要做的工作。</translation>
    </message>
    <message>
        <source>Partial results: the scan was cancelled, so the plan may miss clients and work.</source>
        <translation>部分结果：扫描已取消，计划可能遗漏客户端和工作。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::PlanStepsModel</name>
    <message>
        <source>1 point</source>
        <translation>1 点</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source>%1. Fix an interop blocker</source>
        <translation>%1. 解决互通障碍</translation>
    </message>
    <message>
        <source>%1. Port the API uses</source>
        <translation>%1. 移植 API 调用</translation>
    </message>
    <message>
        <source>%1. Remove the legacy SDK</source>
        <translation>%1. 移除旧版 SDK</translation>
    </message>
    <message>
        <source>Old and new clients cannot talk while this fails: fix it first, or switch every client at once. Enter or double-click shows its evidence.</source>
        <translation>此项不通过时新旧客户端无法通信：请先解决它，或让所有客户端同时切换。按 Enter 或双击可查看其证据。</translation>
    </message>
    <message>
        <source>Replace each legacy API use with its RTM counterpart; the exported report lists them use by use.</source>
        <translation>将每处旧版 API 调用替换为对应的 RTM API；导出的报告会逐处列出。</translation>
    </message>
    <message>
        <source>Once nothing calls it: delete the SDK&apos;s files and take it out of the build files listed.</source>
        <translation>不再有代码调用后：删除 SDK 的文件，并将其从所列的构建文件中移除。</translation>
    </message>
    <message>
        <source>%1 uses of %2 legacy APIs</source>
        <translation>%1 处使用、%2 个旧版 API</translation>
    </message>
    <message>
        <source>; %1 with no RTM equivalent</source>
        <translation>；其中 %1 个在 RTM 中没有对应功能</translation>
    </message>
    <message>
        <source>1 blocking finding</source>
        <translation>1 处阻断性发现</translation>
    </message>
    <message>
        <source>%1 blocking findings</source>
        <translation>%1 处阻断性发现</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::PreferencesDialog</name>
    <message>
        <source>Skip &amp;dependency and build folders (.git, node_modules, Pods, build, …)</source>
        <translation>跳过依赖和构建目录（.git、node_modules、Pods、build 等）(&amp;D)</translation>
    </message>
    <message>
        <source>Clear the list of &amp;recent assessments</source>
        <translation>清空最近的评估列表(&amp;R)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>One glob per line, for example:
**/third_party/**
*.min.js</source>
        <translation>每行一个通配符，例如：
**/third_party/**
*.min.js</translation>
    </message>
    <message>
        <source>Default exclusions</source>
        <translation>默认排除项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Exclude from every scan:</source>
        <translation>每次扫描都排除(&amp;E)：</translation>
    </message>
    <message>
        <source>Open findings &amp;with:</source>
        <translation>打开发现项所用程序(&amp;W)：</translation>
    </message>
    <message>
        <source>Editor command</source>
        <translation>编辑器命令</translation>
    </message>
    <message>
        <source>A command with {file}, {line} and {column}. Empty: Visual Studio Code when it is installed, otherwise the system&apos;s default application.</source>
        <translation>包含 {file}、{line} 和 {column} 的命令。留空时：若已安装 Visual Studio Code 则使用它，否则使用系统默认程序。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>How the migration moves: this scan compared with a report saved earlier, and the burn-down over reports saved over time. Exports made afterwards include both.</source>
        <translation>迁移的进展：本次扫描与之前保存的报告比较，以及基于一段时间内保存的报告绘制的燃尽图。之后导出的报告会包含这两部分。</translation>
    </message>
    <message>
        <source>&amp;Compare with a previous report…</source>
        <translation>与之前的报告比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a JSON report saved earlier by sig2rtm (the desktop app or the command line)</source>
        <translation>打开 sig2rtm（桌面应用或命令行）之前保存的 JSON 报告</translation>
    </message>
    <message>
        <source>C&amp;lear comparison</source>
        <translation>清除比较(&amp;L)</translation>
    </message>
    <message>
        <source>Burn-&amp;down from saved reports…</source>
        <translation>根据已保存的报告绘制燃尽图(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose a folder of JSON reports saved over time</source>
        <translation>选择一个存放历次 JSON 报告的文件夹</translation>
    </message>
    <message>
        <source>Clear b&amp;urn-down</source>
        <translation>清除燃尽图(&amp;U)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Changes since the previous report</source>
        <translation>自上一份报告以来的变化</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>燃尽图</translation>
    </message>
    <message>
        <source>Burn-down chart</source>
        <translation>燃尽图表</translation>
    </message>
    <message>
        <source>Chosen data point</source>
        <translation>选中的数据点</translation>
    </message>
    <message>
        <source>Files not read</source>
        <translation>未读取的文件</translation>
    </message>
    <message>
        <source>Compare with a previous report</source>
        <translation>与之前的报告比较</translation>
    </message>
    <message>
        <source>sig2rtm reports (*.json);;All files (*)</source>
        <translation>sig2rtm 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a folder of saved reports</source>
        <translation>选择存放已保存报告的文件夹</translation>
    </message>
    <message>
        <source>Comparison with a previous report</source>
        <translation>与之前的报告比较</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <source>Compare this scan with a JSON report saved earlier from the same project: the findings and legacy calls that are new, fixed or unchanged since then.</source>
        <translation>将本次扫描与同一项目之前保存的 JSON 报告比较：查看自那时以来新增、已修复或未变的发现与旧版调用。</translation>
    </message>
    <message>
        <source>Marked as new in the evidence step</source>
        <translation>在“证据”步骤中标为新增</translation>
    </message>
    <message>
        <source>Reading the saved reports…</source>
        <translation>正在读取已保存的报告…</translation>
    </message>
    <message>
        <source>The folder holds no saved report: the chart shows this scan only.</source>
        <translation>该文件夹中没有已保存的报告：图表只显示本次扫描。</translation>
    </message>
    <message>
        <source>Choose a folder of JSON reports saved over time (for example one a week) to draw the effort points and legacy calls left, per client, up to this scan.</source>
        <translation>选择一个存放历次 JSON 报告（例如每周一份）的文件夹，按客户端绘制截至本次扫描的剩余工作量点数与旧版调用。</translation>
    </message>
    <message numerus="yes">
        <source>File&amp;s in the folder that are not in the burn-down (%n):</source>
        <translation>
            <numerusform>文件夹中未纳入燃尽图的文件(&amp;S)（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a dot for its values, or use the arrow keys in the chart.</source>
        <translation>将鼠标指向数据点查看数值，或在图表中使用方向键。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::QuestionnairePage</name>
    <message>
        <source>Decides the row: %1</source>
        <translation>决定条目：%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as project description…</source>
        <translation>另存为项目描述(&amp;V)…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>No code at hand? Answer what you know; leave what you don&apos;t know empty and the table asks for a review.</source>
        <translation>手头没有代码？回答你知道的即可；不知道的留空，表格会将其标记为需审查。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>For the report and the support request</source>
        <translation>用于报告和技术支持申请</translation>
    </message>
    <message>
        <source>32 hexadecimal characters (optional)</source>
        <translation>32 位十六进制字符（可选）</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>App ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Version (empty: unknown)</source>
        <translation>版本（留空表示未知）</translation>
    </message>
    <message>
        <source>Signaling (legacy)</source>
        <translation>信令（旧版）</translation>
    </message>
    <message>
        <source>RTM (already migrated)</source>
        <translation>RTM（已迁移）</translation>
    </message>
    <message>
        <source>SDK of the %1 client</source>
        <translation>%1 客户端的 SDK</translation>
    </message>
    <message>
        <source>e.g. 1.2.1</source>
        <translation>例如 1.2.1</translation>
    </message>
    <message>
        <source>Signaling SDK version of the %1 client</source>
        <translation>%1 客户端的信令 SDK 版本</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>在哪里？</translation>
    </message>
    <message>
        <source>Where to find the version</source>
        <translation>在哪里找到版本号</translation>
    </message>
    <message>
        <source>Where to find the %1 SDK version</source>
        <translation>在哪里找到 %1 SDK 的版本号</translation>
    </message>
    <message>
        <source>Press “Where?” beside a client to learn where its SDK version is written.</source>
        <translation>点击客户端旁边的“在哪里？”，了解其 SDK 版本号写在哪里。</translation>
    </message>
    <message>
        <source>version, e.g. 1.4.0</source>
        <translation>版本，例如 1.4.0</translation>
    </message>
    <message>
        <source>Select a client that uses Signaling first.</source>
        <translation>请先选择一个使用信令的客户端。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Select at least one client to continue.</source>
        <translation>请至少选择一个客户端以继续。</translation>
    </message>
    <message>
        <source>Next shows the compatibility table for these answers.</source>
        <translation>点击“下一步”查看这些回答对应的兼容性表格。</translation>
    </message>
    <message>
        <source>The App ID is incomplete</source>
        <translation>App ID 不完整</translation>
    </message>
    <message numerus="yes">
        <source>An App ID is 32 hexadecimal characters; this one has %n.</source>
        <translation>
            <numerusform>App ID 为 32 位十六进制字符；当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the description</source>
        <translation>无法保存项目描述</translation>
    </message>
    <message>
        <source>Saved to %1. Open it later with “Open a project description”.</source>
        <translation>已保存到 %1。之后可通过“打开项目描述”打开。</translation>
    </message>
    <message>
        <source>Save the project description</source>
        <translation>保存项目描述</translation>
    </message>
    <message>
        <source>Project descriptions (*.json)</source>
        <translation>项目描述 (*.json)</translation>
    </message>
    <message>
        <source>Which clients does the project have?</source>
        <translation>项目有哪些客户端？</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Project na&amp;me:</source>
        <translation>项目名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ResultsPage</name>
    <message>
        <source>Remediation for the selected row</source>
        <translation>所选条目的处理建议</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>查看证据(&amp;E)</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>兼容性</translation>
    </message>
    <message>
        <source>The five documented cases where the RTM SDK cannot interoperate with Signaling.</source>
        <translation>文档列出的五种 RTM SDK 无法与信令互通的情况。</translation>
    </message>
    <message>
        <source>Signaling timeline</source>
        <translation>信令时间线</translation>
    </message>
    <message>
        <source>Partial results</source>
        <translation>部分结果</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Compatibility table</source>
        <translation>兼容性表格</translation>
    </message>
    <message>
        <source>SDKs and platforms found</source>
        <translation>发现的 SDK 和平台</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Signaling servers were shut down on %1.&lt;/b&gt; Projects still on Signaling must move to RTM; these rows tell what blocks interoperability during the migration.</source>
        <translation>&lt;b&gt;信令服务器已于 %1 关停。&lt;/b&gt;仍在使用信令的项目必须迁移到 RTM；下列条目说明迁移期间哪些情况会阻碍互通。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial results.&lt;/b&gt; The scan was cancelled after %1 files: a row that passes here may still fail once the whole project is scanned.</source>
        <translation>&lt;b&gt;部分结果。&lt;/b&gt;扫描在 %1 个文件后被取消：此处通过的条目在扫描整个项目后仍可能不通过。</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>%1 SDK %2 on %3</source>
        <translation>%3 上的%1 SDK %2</translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation>信令</translation>
    </message>
    <message>
        <source>RTM</source>
        <translation>RTM</translation>
    </message>
    <message>
        <source>&lt;b&gt;SDKs and platforms found:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;发现的 SDK 和平台：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>From your answers to the questionnaire: nothing was scanned.</source>
        <translation>根据你的问卷回答得出：未扫描任何代码。</translation>
    </message>
    <message>
        <source>Select a row to see what to do about it.</source>
        <translation>选择一个条目，查看如何处理。</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation>联系技术支持(&amp;C)…</translation>
    </message>
    <message>
        <source>Compose the interop-enablement request for Agora support</source>
        <translation>撰写发给声网技术支持的开启互通申请</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>联系技术支持…</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>打开：%1</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>查看证据</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>联系技术支持</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the table.&lt;/b&gt; %1 &lt;b&gt;Pass&lt;/b&gt;: nothing in the project blocks interoperability for this case. %2 &lt;b&gt;Fail&lt;/b&gt;: the project uses what RTM cannot interoperate with; the remediation says what to change. %3 &lt;b&gt;Review&lt;/b&gt;: the evidence cannot settle it (an unknown SDK version, a message whose type is not known): a person has to check.</source>
        <translation>&lt;b&gt;如何阅读表格。&lt;/b&gt;%1 &lt;b&gt;通过&lt;/b&gt;：项目中没有阻碍此情况互通的内容。%2 &lt;b&gt;不通过&lt;/b&gt;：项目使用了 RTM 无法互通的功能；处理建议说明需要修改什么。%3 &lt;b&gt;需审查&lt;/b&gt;：证据不足以判断（SDK 版本未知、消息类型不明）：需要人工确认。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migration inventory:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;迁移清单：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files examined (%2 read) in %3; %4. Project: %5</source>
        <translation>检查了 %1 个文件（读取 %2），用时 %3；%4。项目：%5</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>跳过的项目</translation>
    </message>
    <message>
        <source>Not read for this assessment, with the reason. Exclusions and the skipped folders are set in the preferences.</source>
        <translation>本次评估未读取的项目及原因。排除规则和跳过的文件夹可在首选项中设置。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::ScanPage</name>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>取消扫描(&amp;C)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>扫描状态</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Current file:</source>
        <translation>当前文件：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>正在列出文件…</translation>
    </message>
    <message>
        <source>Scanning… The window stays usable; Cancel keeps what has been found so far.</source>
        <translation>正在扫描… 窗口仍可正常使用；取消会保留目前已找到的结果。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancelling: keeping the results found so far…</source>
        <translation>正在取消：保留目前已找到的结果…</translation>
    </message>
    <message>
        <source>Show &amp;partial results &gt;</source>
        <translation>查看部分结果(&amp;P) &gt;</translation>
    </message>
    <message numerus="yes">
        <source>Listing files… %n found so far</source>
        <translation>
            <numerusform>正在列出文件… 已找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
    <message>
        <source>The input cannot be assessed. Go back to choose another one.</source>
        <translation>无法评估该输入。请返回并重新选择。</translation>
    </message>
    <message>
        <source>The input cannot be assessed</source>
        <translation>无法评估该输入</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>未扫描任何内容。</translation>
    </message>
    <message>
        <source>The compatibility table so far</source>
        <translation>目前的兼容性表</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>已扫描 %1</translation>
    </message>
    <message>
        <source>Scan of %1 cancelled: the results are partial</source>
        <translation>%1 的扫描已取消：结果不完整</translation>
    </message>
    <message>
        <source>%1 cannot be assessed</source>
        <translation>%1 无法评估</translation>
    </message>
    <message>
        <source>The table so far, judged on the files read until now (final when the scan ends):</source>
        <translation>目前的兼容性表，依据已读取的文件判定（扫描结束后为最终结果）：</translation>
    </message>
    <message>
        <source>The compatibility table:</source>
        <translation>兼容性表：</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 of %4 in the tree</source>
        <translation>%1 / %2 个文件 · 目录树中 %3 / %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scan cancelled: the results are partial.&lt;/b&gt; %1 files (%2 read) were examined before the scan stopped; rows can only get worse once the rest is scanned.</source>
        <translation>&lt;b&gt;扫描已取消：结果不完整。&lt;/b&gt;扫描停止前检查了 %1 个文件（读取 %2）；扫描其余部分后，各检查项只可能变差。</translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %1 files examined (%2 read) in %3, %n item(s) skipped.</source>
        <translation>
            <numerusform>扫描完成：检查了 %1 个文件（读取 %2），用时 %3，跳过 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::Session</name>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序可以打开 %1。</translation>
    </message>
    <message>
        <source>Not applicable: %1, line %2</source>
        <translation>不适用：%1，第 %2 行</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>There is no scan whose suppressions could be saved.</source>
        <translation>没有可保存抑制项的扫描结果。</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>%1 is not a report this version can compare with.</source>
        <translation>%1 不是此版本可以比较的报告。</translation>
    </message>
    <message>
        <source>Cannot draw a burn-down</source>
        <translation>无法绘制燃尽图</translation>
    </message>
    <message>
        <source>%1 cannot be read as a folder of reports.</source>
        <translation>无法将 %1 作为报告文件夹读取。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::SourceViewer</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>%1 is %2: too large to preview. Open it in your editor instead.</source>
        <translation>%1 大小为 %2，过大无法预览。请在编辑器中打开。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a binary file: there is no source to show.</source>
        <translation>%1 是二进制文件：没有可显示的源代码。</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::StartPage</name>
    <message>
        <source>Find where the code uses the legacy Signaling SDK.</source>
        <translation>找出代码中使用旧版信令 SDK 的位置。</translation>
    </message>
    <message>
        <source>Open a project &amp;description</source>
        <translation>打开项目描述(&amp;D)</translation>
    </message>
    <message>
        <source>A sig2rtm-project/1 .json file with declared facts and folders to scan.</source>
        <translation>一个 sig2rtm-project/1 格式的 .json 文件，包含声明的情况和要扫描的文件夹。</translation>
    </message>
    <message>
        <source>Answer a &amp;questionnaire (no code at hand)</source>
        <translation>填写问卷（手头没有代码）(&amp;Q)</translation>
    </message>
    <message>
        <source>A few plain questions per incompatibility.</source>
        <translation>针对每种不兼容情况的几个简单问题。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>清空列表(&amp;L)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>What do you want to assess? You can also drop a folder or a .json file onto this window.</source>
        <translation>你想评估什么？也可以把文件夹或 .json 文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Folder or project description</source>
        <translation>文件夹或项目描述</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>最近的评估</translation>
    </message>
    <message>
        <source>Scan Legacy Chat, a small demo project that fails all five rows.</source>
        <translation>扫描 Legacy Chat：一个五个条目全部不通过的小型示例项目。</translation>
    </message>
    <message>
        <source>&amp;Recent assessments:</source>
        <translation>最近的评估(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation>还没有最近的评估。</translation>
    </message>
    <message>
        <source>Source f&amp;older:</source>
        <translation>源代码文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Path of a .json project description</source>
        <translation>.json 项目描述文件的路径</translation>
    </message>
    <message>
        <source>Path of the folder to scan</source>
        <translation>要扫描的文件夹路径</translation>
    </message>
    <message>
        <source>&amp;Scan &gt;</source>
        <translation>扫描(&amp;S) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Open a project description</source>
        <translation>打开项目描述</translation>
    </message>
    <message>
        <source>Project descriptions (*.json);;All files (*)</source>
        <translation>项目描述 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder to scan</source>
        <translation>选择要扫描的文件夹</translation>
    </message>
    <message>
        <source>Nothing to assess</source>
        <translation>没有可评估的内容</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the folder</source>
        <translation>无法读取文件夹</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>无法读取 %1：请检查其权限。</translation>
    </message>
    <message>
        <source>Not a project description</source>
        <translation>不是项目描述</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a project description (.json).</source>
        <translation>%1 既不是文件夹，也不是项目描述（.json）。</translation>
    </message>
    <message>
        <source>The project description has problems</source>
        <translation>项目描述有问题</translation>
    </message>
    <message>
        <source>%1 cannot be used: fix the problems below and open it again.</source>
        <translation>无法使用 %1：请修正以下问题后重新打开。</translation>
    </message>
    <message>
        <source>S&amp;can a source folder</source>
        <translation>扫描源代码文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple project</source>
        <translation>打开示例项目(&amp;M)</translation>
    </message>
    <message>
        <source>Descr&amp;iption file:</source>
        <translation>描述文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Click to fill in the path; double-click or press Enter to assess again.</source>
        <translation>单击填入路径；双击或按 Enter 重新评估。</translation>
    </message>
    <message>
        <source>%1, cancelled scan · %2</source>
        <translation>%1，扫描已取消 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::StepList</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>兼容性</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
</context>
<context>
    <name>sig2rtm::ui::SuppressionDialog</name>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Mark this finding as not applicable to your project:</source>
        <translation>将此发现项标记为不适用于你的项目：</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Why it does not apply, e.g. dead code, removed in release 3.2</source>
        <translation>为什么不适用，例如：无用代码，已在 3.2 版中删除</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The finding stays in the report as a note that quotes your reason, and its row counts it as suppressed. Nothing is written until you save the suppressions.</source>
        <translation>该发现项会作为备注保留在报告中并引用你的原因，所在条目会将其计为已抑制。在你保存抑制项之前不会写入任何文件。</translation>
    </message>
    <message>
        <source>&amp;Mark not applicable</source>
        <translation>标记为不适用(&amp;M)</translation>
    </message>
</context>
</TS>
