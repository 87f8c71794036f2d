// SPDX-License-Identifier: MIT
#include "resultspage.h"

#include "compatibilitymodel.h"
#include "enterkeyfilter.h"
#include "flowlayout.h"
#include "middleelidedelegate.h"
#include "pageid.h"
#include "presentation.h"
#include "reporttext.h"
#include "reportview.h"
#include "session.h"

#include <algorithm>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
/// The remediation that composes a request to the vendor's support instead of opening a link.
bool isSupportRequest(const Catalog& catalog, const QString& kind)
{
    const auto* contact = catalog.supportRemediation();
    return contact && contact->id == kind;
}

bool isPerPlatform(const Catalog& catalog, const QString& kind)
{
    const auto it = catalog.remediations().constFind(kind);
    return it != catalog.remediations().cend() && it->perPlatform();
}

/// Catalog labels may contain '&' ("RTM event & history"): it must not become a mnemonic.
QString withoutMnemonic(QString label)
{
    return label.replace(u'&', QStringLiteral("&&"));
}

/// A row's remediation links in the session's language (none when it passes), for the platforms its evidence
/// is on. Before an assessment, or when its evidence names no platform with a guide, a per-platform kind
/// links every platform's guide (everyPlatform).
struct RowLinks
{
    std::vector<RemediationLink> links;
    bool everyPlatform = false;
};

RowLinks rowLinks(const Session& session, const QString& rowId)
{
    RowLinks out;
    const auto catalog = session.catalog();
    const auto* definition = catalog->row(rowId);
    if (!definition) {
        return out;
    }
    const auto& report = session.report();
    const auto* row = report ? report->row(rowId) : nullptr;
    // A passing row needs nothing, nor does a row of a tree where nothing could be assessed.
    if (row && (row->status == RowStatus::Pass || report->verdict == Verdict::NotAssessed)) {
        return out;
    }
    const QStringList platforms = row ? rowPlatforms(*report, *row) : QStringList();
    const QStringList guided = catalog->guidePlatforms();
    out.everyPlatform =
        std::none_of(platforms.cbegin(), platforms.cend(), [&guided](const QString& p) { return guided.contains(p); });
    out.links = remediationLinks(*catalog, definition->remediation, platforms, session.language());
    return out;
}

QFrame* banner(QWidget* parent, QLabel* icon, QLabel* text)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    // AlternateBase follows the system palette, dark mode included.
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(frame);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                  Qt::LinksAccessibleByKeyboard);
    text->setOpenExternalLinks(false);
    return frame;
}
} // namespace

ResultsPage::ResultsPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_timeline(new QLabel(this)), m_partial(new QLabel(this)),
      m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)), m_migration(new QLabel(this)),
      m_target(new QLabel(this)), m_table(new QTreeView(this)), m_remediationBox(new QGroupBox(this)),
      m_recommendation(new QLabel(this)), m_remediationLayout(new FlowLayout), m_evidenceButton(new QPushButton(this)),
      m_sdk(new QLabel(this)), m_stats(new QLabel(this)), m_legend(new QLabel(this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);

    auto* timelineIcon = new QLabel(this);
    timelineIcon->setPixmap(QIcon(QStringLiteral(":/icons/timeline.svg")).pixmap(iconSize, iconSize));
    auto* timelineBanner = banner(this, timelineIcon, m_timeline);
    connect(m_timeline, &QLabel::linkActivated, this,
            [this](const QString& link) { m_session->openExternal(QUrl(link)); });

    auto* partialIcon = new QLabel(this);
    partialIcon->setPixmap(Presentation::statusIcon(RowStatus::Review).pixmap(iconSize, iconSize));
    m_partialBanner = banner(this, partialIcon, m_partial);

    m_verdictIcon->setFixedSize(iconSize, iconSize);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    m_migration->setWordWrap(true);
    m_migration->setTextFormat(Qt::RichText);
    m_migration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);

    m_table->setModel(m_session->compatibilityModel());
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(true);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(CompatibilityModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(CompatibilityModel::TitleColumn, QHeaderView::Interactive);
    for (const int column :
         {CompatibilityModel::BlockingColumn, CompatibilityModel::ReviewColumn, CompatibilityModel::NotesColumn}) {
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->setColumnWidth(CompatibilityModel::TitleColumn, 300);
    m_table->setIconSize(QSize(20, 20));
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_recommendation->setWordWrap(true);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* boxLayout = new QVBoxLayout(m_remediationBox);
    boxLayout->addWidget(m_recommendation);
    boxLayout->addLayout(m_remediationLayout);
    m_remediationLayout->addWidget(m_evidenceButton);

    m_sdk->setWordWrap(true);
    m_sdk->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard |
                                     Qt::TextSelectableByMouse);
    connect(m_stats, &QLabel::linkActivated, this, &ResultsPage::showSkipped);
    m_legend->setWordWrap(true);

    auto* content = Presentation::scrollingContent(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_migration);
    layout->addWidget(m_target);
    layout->addWidget(timelineBanner);
    layout->addWidget(m_partialBanner);
    layout->addLayout(verdictRow);
    layout->addWidget(m_table);
    layout->addWidget(m_remediationBox);
    layout->addWidget(m_sdk);
    layout->addWidget(m_stats);
    layout->addSpacing(8);
    layout->addWidget(m_legend);
    layout->addStretch(1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsPage::updateRemediation);
    connect(m_session->compatibilityModel(), &QAbstractItemModel::modelReset, this, &ResultsPage::updateRemediation);
    connect(m_table, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit evidenceRequested(index.siblingAtColumn(0).data(CompatibilityModel::RowIdRole).toString());
    });
    new EnterKeyFilter(m_table, [this](const QModelIndex& index) {
        emit evidenceRequested(index.siblingAtColumn(0).data(CompatibilityModel::RowIdRole).toString());
        return true;
    });
    connect(m_table, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == CompatibilityModel::RemediationColumn) {
            QMenu menu(this);
            fillMenu(&menu, index.data(CompatibilityModel::RowIdRole).toString());
            menu.exec(m_table->viewport()->mapToGlobal(m_table->visualRect(index).bottomLeft()));
        }
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const auto index = m_table->indexAt(pos);
        if (!index.isValid()) {
            return;
        }
        QMenu menu(this);
        fillMenu(&menu, index.data(CompatibilityModel::RowIdRole).toString());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_evidenceButton, &QPushButton::clicked, this, [this] { emit evidenceRequested(selectedRowId()); });
    connect(m_session, &Session::reportChanged, this, [this] {
        if (wizard() && wizard()->currentPage() == this) {
            refresh();
        }
    });
    // The report's texts in the new language (the widgets' own texts follow QEvent::LanguageChange).
    connect(m_session, &Session::languageChanged, this, &ResultsPage::refresh);
    retranslateUi();
}

void ResultsPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Compatibility")));
    setSubTitle(tr("The five documented cases where the RTM SDK cannot interoperate with Signaling."));
    m_timeline->setAccessibleName(tr("Signaling timeline"));
    m_partial->setAccessibleName(tr("Partial results"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_table->setAccessibleName(tr("Compatibility table"));
    m_remediationBox->setTitle(tr("Remediation for the selected row"));
    m_evidenceButton->setText(tr("Show &evidence"));
    m_sdk->setAccessibleName(tr("SDKs and platforms found"));
    m_legend->setText(tr("<b>Reading the table.</b> %1 <b>Pass</b>: nothing in the project blocks interoperability "
                         "for this case. %2 <b>Fail</b>: the project uses what RTM cannot interoperate with; the "
                         "remediation says what to change. %3 <b>Review</b>: the evidence cannot settle it (an "
                         "unknown SDK version, a message whose type is not known): a person has to check.")
                          .arg(QStringLiteral("<img src=\":/icons/pass.svg\" width=\"14\" height=\"14\">"),
                               QStringLiteral("<img src=\":/icons/fail.svg\" width=\"14\" height=\"14\">"),
                               QStringLiteral("<img src=\":/icons/review.svg\" width=\"14\" height=\"14\">")));
    if (m_session->report()) {
        refresh();
    }
}

void ResultsPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ResultsPage::initializePage()
{
    refresh();
    // The answer takes the keyboard: arrows walk the rows, Enter shows a row's evidence, Alt+N goes on. Once shown
    // (a hidden widget cannot take the focus): the scan step's focus would otherwise stay on a hidden label.
    QTimer::singleShot(0, m_table, [table = m_table] { table->setFocus(Qt::OtherFocusReason); });
}

void ResultsPage::fitTable()
{
    // Five rows never need a scroll bar: the table is exactly as tall as its rows.
    int height = m_table->header()->sizeHint().height() + 2 * m_table->frameWidth() + 4;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        height += m_table->sizeHintForRow(row);
    }
    m_table->setFixedHeight(height);
}

int ResultsPage::nextId() const
{
    return PlanPageId;
}

bool ResultsPage::validatePage()
{
    // The evidence step, after the plan, shows the evidence of the selected row (or of every row).
    m_session->setEvidenceTarget(selectedRowId());
    return true;
}

QString ResultsPage::selectedRowId() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(CompatibilityModel::RowIdRole).toString() : QString();
}

void ResultsPage::selectRow(const QString& rowId)
{
    const int row = m_session->compatibilityModel()->rowOf(rowId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_session->compatibilityModel()->index(row, 0));
    }
}

void ResultsPage::refresh()
{
    const auto& report = m_session->report();
    const auto catalog = m_session->catalog();
    const auto language = m_session->language();

    QString shutdown;
    QStringList earlier;
    for (const auto& event : catalog->timeline()) {
        if (event.event == QLatin1String("shutdown")) {
            shutdown = event.date;
        } else {
            earlier << tr("%1: %2").arg(event.date, event.text.get(language).toHtmlEscaped());
        }
    }
    m_timeline->setText(
        tr("<b>The Signaling servers were shut down on %1.</b> Projects still on Signaling must move "
           "to RTM; these rows tell what blocks interoperability during the migration.")
            .arg(shutdown) +
        QStringLiteral("<br><small>") + earlier.join(QStringLiteral(" · ")) +
        QStringLiteral(" · <a href=\"%1\">%2</a></small>").arg(catalog->sourceUrl().toHtmlEscaped(), tr("Source")));

    fitTable();
    const bool partial = report && report->partial;
    m_partialBanner->setVisible(partial);
    if (partial) {
        m_partial->setText(tr("<b>Partial results.</b> The scan was cancelled after %1 files: a row that passes here "
                              "may still fail once the whole project is scanned.")
                               .arg(QLocale().toString(report->stats.files)));
    }

    const auto migration = report ? report->migration() : std::nullopt;
    m_migration->setVisible(migration.has_value());
    m_target->setVisible(migration.has_value());
    if (migration) {
        // Catalog texts, escaped like any text shown as rich text.
        m_migration->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span><br>%2")
                                 .arg(report->render(migration->headline).toHtmlEscaped(),
                                      report->render(migration->interop).toHtmlEscaped()));
        m_target->setText(report->render(migration->target));
    }

    if (!report) {
        m_verdict->setText(tr("No assessment yet."));
        m_verdictIcon->clear();
        m_sdk->clear();
        m_stats->clear();
        return;
    }
    const int iconSize = m_verdictIcon->width();
    m_verdictIcon->setPixmap(Presentation::verdictIcon(report->verdict).pixmap(iconSize, iconSize));
    m_verdict->setText(Presentation::verdictText(report->verdict));

    QStringList sdks;
    for (const auto& sdk : report->sdk) {
        const QString version = sdk.version ? *sdk.version : tr("version unknown");
        sdks << tr("%1 SDK %2 on %3")
                    .arg(sdk.kind == SdkKind::Signaling ? tr("Signaling") : tr("RTM"), version.toHtmlEscaped(),
                         Presentation::platformName(sdk.platform));
    }
    QString sdkText = tr("<b>SDKs and platforms found:</b> %1")
                          .arg(sdks.isEmpty() ? tr("none") : sdks.join(Presentation::listSeparator(report->language)));
    if (const InventoryView inventory = inventoryView(*report); !inventory.items.empty()) {
        // The migration's size: what the reports' inventory lists use by use.
        const QString summary = report->render(inventorySummary(inventory));
        sdkText += QStringLiteral("<br>") + tr("<b>Migration inventory:</b> %1").arg(summary.toHtmlEscaped());
    }
    m_sdk->setText(sdkText);

    if (report->inputKind == QLatin1String("questionnaire")) {
        m_stats->setText(tr("From your answers to the questionnaire: nothing was scanned."));
    } else {
        // Skipped items are listed on request: a link, not only a number.
        const qsizetype skipped = report->skipped.size();
        const QString skippedText = tr("%n item(s) skipped", nullptr, static_cast<int>(skipped));
        m_stats->setText(
            tr("%1 files examined (%2 read) in %3; %4. Project: %5")
                .arg(QLocale().toString(report->stats.files), Presentation::humanBytes(report->stats.bytes),
                     Presentation::humanDuration(report->stats.durationMs),
                     skipped > 0 ? QStringLiteral("<a href=\"#skipped\">%1</a>").arg(skippedText) : skippedText,
                     visibleText(report->projectName).toHtmlEscaped()));
    }
    if (!m_table->currentIndex().isValid()) {
        // Start on the first row that needs attention.
        int first = 0;
        for (std::size_t i = 0; i < report->rows.size(); ++i) {
            if (report->rows[i].status != RowStatus::Pass) {
                first = static_cast<int>(i);
                break;
            }
        }
        m_table->setCurrentIndex(m_session->compatibilityModel()->index(first, 0));
    }
    updateRemediation();
}

void ResultsPage::updateRemediation()
{
    for (auto* button : std::as_const(m_remediationButtons)) {
        m_remediationLayout->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_remediationButtons.clear();
    for (auto* note : std::as_const(m_remediationNotes)) {
        m_remediationLayout->removeWidget(note);
        note->hide();
        note->deleteLater();
    }
    m_remediationNotes.clear();
    const QString rowId = selectedRowId();
    const auto& report = m_session->report();
    const auto catalog = m_session->catalog();
    const auto language = m_session->language();
    const auto* definition = catalog->row(rowId);
    m_evidenceButton->setEnabled(report != nullptr);
    if (!definition) {
        m_recommendation->setText(tr("Select a row to see what to do about it."));
        return;
    }
    const auto* row = report ? report->row(rowId) : nullptr;
    m_remediationBox->setTitle(tr("Remediation: %1").arg(definition->title.get(language)));
    // A passing row needs nothing: no recommendation and no remediation to follow, only its evidence. Nor does a
    // row of a tree where nothing could be assessed: what it needs is another folder.
    const bool passes = row && (row->status == RowStatus::Pass || report->verdict == Verdict::NotAssessed);
    QString text = passes ? QString() : definition->recommendation.get(language).toHtmlEscaped();
    if (row) {
        text = QStringLiteral("<b>%1</b> %2<br>%3")
                   .arg(CompatibilityModel::statusText(*row).toHtmlEscaped(),
                        ReportView::rowCounts(*row, report->language).toHtmlEscaped(),
                        report->render(row->summary).toHtmlEscaped()) +
               (text.isEmpty() ? QString() : QStringLiteral("<br>") + text);
    }
    m_recommendation->setText(text);
    m_evidenceButton->setEnabled(report != nullptr && (!row || row->failCount + row->reviewCount + row->noteCount > 0));
    int position = 0;
    const auto addButton = [&](const QString& kind, const QString& label, const QString& accessibleName) {
        auto* button = new QPushButton(label, m_remediationBox);
        button->setObjectName(kind);
        button->setAccessibleName(accessibleName);
        m_remediationLayout->insertWidget(position++, button);
        m_remediationButtons << button;
        return button;
    };
    // One button per link: a per-platform kind has one per platform of the row's evidence, or, when the
    // evidence names none, one button whose menu lists every platform's guide. A link without an address is a
    // statement ("no equivalent"): shown as text, never as a button that opens nothing.
    const RowLinks found = rowLinks(*m_session, rowId);
    for (std::size_t i = 0; i < found.links.size();) {
        const RemediationLink& first = found.links[i];
        std::size_t end = i + 1;
        while (end < found.links.size() && found.links[end].kind == first.kind) {
            ++end;
        }
        const QString kind = first.kind;
        if (isSupportRequest(*catalog, kind)) {
            auto* button = addButton(kind, tr("&Contact support…"), tr("Contact support"));
            button->setToolTip(tr("Compose the interop-enablement request for Agora support"));
            connect(button, &QPushButton::clicked, this, [this, kind] { triggerRemediation(kind, QString()); });
        } else if (found.everyPlatform && end - i > 1 && isPerPlatform(*catalog, kind)) {
            const QString label = catalog->remediations().value(kind).label.get(language);
            auto* button = addButton(kind, withoutMnemonic(label), label);
            button->setIcon(QIcon(QStringLiteral(":/icons/link.svg")));
            auto* menu = new QMenu(button);
            for (std::size_t j = i; j < end; ++j) {
                const RemediationLink& link = found.links[j];
                if (!link.url.isEmpty()) {
                    menu->addAction(withoutMnemonic(platformName(link.platform, language, catalog.get())), this,
                                    [this, kind, url = link.url] { triggerRemediation(kind, url); })
                        ->setToolTip(link.url);
                }
            }
            menu->setToolTipsVisible(true);
            button->setMenu(menu);
        } else {
            for (std::size_t j = i; j < end; ++j) {
                const RemediationLink& link = found.links[j];
                if (link.url.isEmpty()) {
                    auto* note = new QLabel(link.label, m_remediationBox);
                    note->setObjectName(kind);
                    note->setTextFormat(Qt::PlainText);
                    m_remediationLayout->insertWidget(position++, note);
                    m_remediationNotes << note;
                    continue;
                }
                auto* button = addButton(kind, withoutMnemonic(link.label), link.label);
                button->setProperty("platform", link.platform);
                button->setToolTip(link.url);
                button->setIcon(QIcon(QStringLiteral(":/icons/link.svg")));
                connect(button, &QPushButton::clicked, this,
                        [this, kind, url = link.url] { triggerRemediation(kind, url); });
            }
        }
        i = end;
    }
    QWidget* previous = m_table;
    for (auto* button : std::as_const(m_remediationButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_evidenceButton);
}

void ResultsPage::showSkipped()
{
    const auto& report = m_session->report();
    if (!report) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("skippedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Skipped items"));
    auto* intro = new QLabel(tr("Not read for this assessment, with the reason. Exclusions and the skipped folders are "
                                "set in the preferences."),
                             dialog);
    intro->setWordWrap(true);
    auto* list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("skippedList"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({tr("Path"), tr("Reason")});
    list->setAccessibleName(tr("Skipped items"));
    QList<QTreeWidgetItem*> items;
    items.reserve(report->skipped.size());
    for (const auto& entry : report->skipped) {
        // Paths come from someone's tree: shown with their invisible characters made visible.
        items << new QTreeWidgetItem(
            {visibleText(QDir::toNativeSeparators(entry.path)), visibleText(report->render(entry.reason))});
    }
    list->addTopLevelItems(items);
    list->setItemDelegateForColumn(0, new MiddleElideDelegate(list));
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    dialog->open();
    list->setFocus();
}

void ResultsPage::fillMenu(QMenu* menu, const QString& rowId)
{
    const auto catalog = m_session->catalog();
    const auto language = m_session->language();
    if (!catalog->row(rowId)) {
        return;
    }
    const RowLinks found = rowLinks(*m_session, rowId);
    QMenu* platforms = nullptr; // the guides of every platform, when the evidence names none
    for (const auto& link : found.links) {
        const QString kind = link.kind;
        if (isSupportRequest(*catalog, kind)) {
            menu->addAction(tr("Contact support…"), this, [this, kind] { triggerRemediation(kind, QString()); });
            continue;
        }
        if (link.url.isEmpty()) {
            continue; // a statement: nothing to open
        }
        const auto open = [this, kind, url = link.url] { triggerRemediation(kind, url); };
        if (found.everyPlatform && isPerPlatform(*catalog, kind)) {
            if (!platforms || platforms->objectName() != kind) {
                platforms = menu->addMenu(
                    withoutMnemonic(tr("Open: %1").arg(catalog->remediations().value(kind).label.get(language))));
                platforms->setObjectName(kind);
            }
            platforms->addAction(withoutMnemonic(platformName(link.platform, language, catalog.get())), this, open);
            continue;
        }
        menu->addAction(withoutMnemonic(tr("Open: %1").arg(link.label)), this, open);
    }
    if (!menu->isEmpty()) {
        menu->addSeparator();
    }
    menu->addAction(tr("Show evidence"), this, [this, rowId] { emit evidenceRequested(rowId); });
}

void ResultsPage::triggerRemediation(const QString& kind, const QString& url)
{
    if (isSupportRequest(*m_session->catalog(), kind)) {
        emit contactSupportRequested();
        return;
    }
    if (!url.isEmpty()) {
        m_session->openExternal(QUrl(url));
    }
}

} // namespace sig2rtm::ui
