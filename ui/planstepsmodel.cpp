// SPDX-License-Identifier: MIT
#include "planstepsmodel.h"

#include "presentation.h"

#include <QApplication>
#include <QStyle>

namespace sig2rtm::ui {

namespace {
// internalId: 0 for a step, 1 + the step's row for a file of a removal step.
constexpr quintptr kStepId = 0;

bool sameSteps(const Plan& a, const Plan& b)
{
    if (a.steps.size() != b.steps.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const auto& x = a.steps[i];
        const auto& y = b.steps[i];
        if (x.kind != y.kind || x.client != y.client || x.row != y.row || x.files != y.files) {
            return false;
        }
    }
    return true;
}
} // namespace

PlanStepsModel::PlanStepsModel(QObject* parent) : QAbstractItemModel(parent) {}

void PlanStepsModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_plan = m_report ? buildPlan(*m_report) : Plan();
    endResetModel();
}

void PlanStepsModel::retranslate(std::shared_ptr<const Report> report)
{
    Plan plan = report ? buildPlan(*report) : Plan();
    if (!report || !m_report || !sameSteps(plan, m_plan)) {
        setReport(std::move(report));
        return;
    }
    m_report = std::move(report);
    m_plan = std::move(plan);
    const int steps = rowCount();
    if (steps > 0) {
        emit dataChanged(index(0, 0), index(steps - 1, ColumnCount - 1));
        for (int i = 0; i < steps; ++i) {
            const QModelIndex parent = index(i, 0);
            if (const int files = rowCount(parent); files > 0) {
                emit dataChanged(index(0, 0, parent), index(files - 1, ColumnCount - 1, parent));
            }
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString PlanStepsModel::pointsText(int points)
{
    return points == 1 ? tr("1 point") : tr("%1 points").arg(points);
}

const PlanStep* PlanStepsModel::step(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const auto row = index.internalId() == kStepId ? static_cast<std::size_t>(index.row())
                                                   : static_cast<std::size_t>(index.internalId() - 1);
    return row < m_plan.steps.size() ? &m_plan.steps[row] : nullptr;
}

QModelIndex PlanStepsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kStepId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PlanStepsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kStepId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kStepId);
}

int PlanStepsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_plan.steps.size());
    }
    if (parent.column() != 0 || parent.internalId() != kStepId) {
        return 0;
    }
    const auto* s = step(parent);
    return s && s->kind == PlanStep::Kind::RemoveSdk ? static_cast<int>(s->files.size()) : 0;
}

int PlanStepsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString PlanStepsModel::clientName(const QString& clientId) const
{
    const auto* client = m_report ? m_report->client(clientId) : nullptr;
    return client ? client->name : clientId;
}

QVariant PlanStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PlanStep* s = step(index);
    if (!s) {
        return {};
    }
    switch (role) {
    case KindRole:
        return static_cast<int>(s->kind);
    case ClientIdRole:
        return s->client;
    case RowIdRole:
        return s->row;
    default:
        break;
    }
    if (index.internalId() != kStepId) {
        const QString file = s->files.value(index.row());
        if (role == FileRole) {
            return file;
        }
        if (index.column() == StepColumn) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
                return file;
            }
            if (role == Qt::DecorationRole) {
                const bool folder =
                    !file.section(u'/', -1).contains(u'.') || file.endsWith(QLatin1String(".framework"));
                return QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
            }
        }
        return {};
    }
    if (role == FileRole) {
        return QString();
    }
    return stepData(*s, index.row() + 1, index.column(), role);
}

QVariant PlanStepsModel::stepData(const PlanStep& s, int number, int column, int role) const
{
    const auto language = m_report->language;
    const auto* row = s.kind == PlanStep::Kind::Blocker && m_report->catalog ? m_report->catalog->row(s.row) : nullptr;
    switch (column) {
    case StepColumn:
        if (role == Qt::DisplayRole) {
            switch (s.kind) {
            case PlanStep::Kind::Blocker:
                return tr("%1. Fix an interop blocker").arg(number);
            case PlanStep::Kind::Port:
                return tr("%1. Port the API uses").arg(number);
            case PlanStep::Kind::RemoveSdk:
                return tr("%1. Remove the legacy SDK").arg(number);
            }
        }
        if (role == Qt::DecorationRole) {
            switch (s.kind) {
            case PlanStep::Kind::Blocker:
                return Presentation::statusIcon(RowStatus::Fail);
            case PlanStep::Kind::Port:
                return QApplication::style()->standardIcon(QStyle::SP_ArrowForward);
            case PlanStep::Kind::RemoveSdk:
                return QApplication::style()->standardIcon(QStyle::SP_TrashIcon);
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (s.kind) {
            case PlanStep::Kind::Blocker:
                return tr("Old and new clients cannot talk while this fails: fix it first, or switch every client at "
                          "once. Enter or double-click shows its evidence.");
            case PlanStep::Kind::Port:
                return tr("Replace each legacy API use with its RTM counterpart; the exported report lists them use "
                          "by use.");
            case PlanStep::Kind::RemoveSdk:
                return tr("Once nothing calls it: delete the SDK's files and take it out of the build files listed.");
            }
        }
        break;
    case ClientColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return clientName(s.client);
        }
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (s.kind) {
            case PlanStep::Kind::Blocker:
                if (role == Qt::ToolTipRole && row) {
                    return row->recommendation.get(language);
                }
                return row ? row->title.get(language) : s.row;
            case PlanStep::Kind::Port: {
                QString text = tr("%1 uses of %2 legacy APIs").arg(s.uses).arg(s.apis);
                if (s.gaps > 0) {
                    text += tr("; %1 with no RTM equivalent").arg(s.gaps);
                }
                return text;
            }
            case PlanStep::Kind::RemoveSdk:
                return role == Qt::ToolTipRole ? s.files.join(u'\n') : s.files.join(QStringLiteral(", "));
            }
        }
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole) {
            switch (s.kind) {
            case PlanStep::Kind::Blocker:
                return s.findings == 1 ? tr("1 blocking finding") : tr("%1 blocking findings").arg(s.findings);
            case PlanStep::Kind::Port:
                return pointsText(s.points);
            case PlanStep::Kind::RemoveSdk:
                return s.files.size() == 1 ? tr("1 file") : tr("%1 files").arg(s.files.size());
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StepColumn:
        return tr("Step");
    case ClientColumn:
        return tr("Client");
    case DetailColumn:
        return tr("What");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace sig2rtm::ui
