// SPDX-License-Identifier: MIT
#include "planclientsmodel.h"

#include "planstepsmodel.h"
#include "presentation.h"

namespace sig2rtm::ui {

namespace {
bool isMigrated(const PlanClient& client)
{
    return client.stage == QLatin1String("migrated");
}

QStringList clientIds(const Plan& plan)
{
    QStringList ids;
    for (const auto& c : plan.clients) {
        ids << c.client->id;
    }
    return ids;
}
} // namespace

PlanClientsModel::PlanClientsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlanClientsModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_plan = m_report ? buildPlan(*m_report) : Plan();
    endResetModel();
}

void PlanClientsModel::retranslate(std::shared_ptr<const Report> report)
{
    Plan plan = report ? buildPlan(*report) : Plan();
    if (!report || !m_report || clientIds(plan) != clientIds(m_plan)) {
        setReport(std::move(report));
        return;
    }
    // The plan points into its report: both change together.
    m_report = std::move(report);
    m_plan = std::move(plan);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PlanClientsModel::rowOf(const QString& clientId) const
{
    for (std::size_t i = 0; i < m_plan.clients.size(); ++i) {
        if (m_plan.clients[i].client->id == clientId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int PlanClientsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.clients.size());
}

int PlanClientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanClientsModel::stageWord(const QString& stage)
{
    if (stage == QLatin1String("legacy")) {
        return tr("Legacy SDK");
    }
    if (stage == QLatin1String("mixed")) {
        return tr("Both SDKs");
    }
    if (stage == QLatin1String("migrated")) {
        return tr("Migrated");
    }
    return tr("No SDK found");
}

QString PlanClientsModel::rowTitles(const QStringList& rowIds) const
{
    QStringList titles;
    for (const auto& id : rowIds) {
        const auto* row = m_report->catalog ? m_report->catalog->row(id) : nullptr;
        titles << (row ? row->title.get(m_report->language) : id);
    }
    return titles.join(u'\n');
}

QVariant PlanClientsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanClient& pc = m_plan.clients[static_cast<std::size_t>(index.row())];
    const ClientResult& c = *pc.client;
    const bool migrated = isMigrated(pc);
    switch (role) {
    case ClientIdRole:
        return c.id;
    case StageRole:
        return pc.stage;
    case IndependentRole:
        return pc.independent;
    case PointsRole:
        return pc.points;
    case MaxPointsRole:
        return m_plan.maxPoints;
    default:
        break;
    }

    switch (index.column()) {
    case ClientColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            // The folder only when the name does not already say it.
            return c.folder.isEmpty() || c.folder == c.name ? c.name : tr("%1 (%2)").arg(c.name, c.folder);
        }
        if (role == Qt::ToolTipRole) {
            QStringList platforms;
            for (const auto& p : c.platforms) {
                platforms << Presentation::platformName(p);
            }
            QString tip = c.folder.isNull()
                              ? tr("Declared in the project description")
                              : tr("Folder: %1").arg(c.folder.isEmpty() ? tr("the project's root") : c.folder);
            if (!platforms.isEmpty()) {
                tip += u'\n' + tr("Platforms: %1").arg(platforms.join(QStringLiteral(", ")));
            }
            if (!c.markers.isEmpty()) {
                tip += u'\n' + tr("Found by: %1").arg(c.markers.join(QStringLiteral(", ")));
            }
            return tip;
        }
        break;
    case StageColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return stageWord(pc.stage);
        }
        if (role == Qt::ToolTipRole) {
            if (pc.stage == QLatin1String("mixed")) {
                return tr("The code uses both the legacy SDK and RTM: the move has started.");
            }
            if (migrated) {
                return tr("Only RTM: this client has moved.");
            }
            return tr("Only the legacy SDK: the move has not started.");
        }
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole) {
            if (migrated) {
                return tr("Done");
            }
            if (!pc.blockers.isEmpty()) {
                return pc.blockers.size() == 1 ? tr("1 blocker") : tr("%1 blockers").arg(pc.blockers.size());
            }
            if (!pc.reviews.isEmpty()) {
                return tr("%1 to review").arg(pc.reviews.size());
            }
            return tr("No blocker");
        }
        if (role == Qt::DecorationRole) {
            return migrated                 ? Presentation::statusIcon(RowStatus::Pass)
                   : !pc.blockers.isEmpty() ? Presentation::statusIcon(RowStatus::Fail)
                   : !pc.reviews.isEmpty()  ? Presentation::statusIcon(RowStatus::Review)
                                            : Presentation::statusIcon(RowStatus::Pass);
        }
        if (role == Qt::ToolTipRole) {
            QString tip = Presentation::verdictText(c.verdict);
            if (!pc.blockers.isEmpty()) {
                tip += u'\n' + tr("Blockers:") + u'\n' + rowTitles(pc.blockers);
            }
            if (!pc.reviews.isEmpty()) {
                tip += u'\n' + tr("To review:") + u'\n' + rowTitles(pc.reviews);
            }
            return tip;
        }
        break;
    case MoveColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return migrated ? tr("Done") : pc.independent ? tr("On its own") : tr("Together");
        }
        if (role == Qt::ToolTipRole) {
            if (migrated) {
                return tr("Already on RTM.");
            }
            return pc.independent ? tr("No interop blocker: it can move to RTM on its own while the other clients "
                                       "still run the legacy SDK.")
                                  : tr("An interop blocker: until it is fixed, this client can only switch at the "
                                       "same time as the clients it talks to.");
        }
        break;
    case UsesColumn:
    case GapsColumn: {
        const int value = index.column() == UsesColumn ? pc.uses : pc.gaps;
        if (role == Qt::DisplayRole || role == SortRole) {
            return value;
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::ToolTipRole) {
            return index.column() == UsesColumn ? tr("Uses of legacy APIs in the code")
                                                : tr("Legacy APIs used that have no RTM equivalent");
        }
        break;
    }
    case EffortColumn:
        if (role == Qt::DisplayRole) {
            return PlanStepsModel::pointsText(pc.points);
        }
        if (role == SortRole) {
            return pc.points;
        }
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
            return tr("%1 of %2 effort points in all").arg(pc.points).arg(m_plan.points);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == EffortColumn) {
        return tr("Effort points of the API port: each legacy API's points for each file that uses it");
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case StageColumn:
        return tr("Stage");
    case VerdictColumn:
        return tr("Interop");
    case MoveColumn:
        return tr("Moves");
    case UsesColumn:
        return tr("Uses");
    case GapsColumn:
        return tr("Gaps");
    case EffortColumn:
        return tr("Effort");
    default:
        return {};
    }
}

} // namespace sig2rtm::ui
