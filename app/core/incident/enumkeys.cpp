#include "enumkeys.h"

#include <array>
#include <utility>

namespace bd {

namespace {
template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [e, k] : table)
        if (e == v)
            return QString::fromLatin1(k);
    return {};
}

template<typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& key, E* out)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k)) {
            *out = e;
            return true;
        }
    }
    return false;
}

template<typename E, std::size_t N>
QStringList keysOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList keys;
    for (const auto& entry : table)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

constexpr std::array<std::pair<IncidentStatus, const char*>, 2> statusKeys{
    {{IncidentStatus::Open, "open"}, {IncidentStatus::Archived, "archived"}}};
constexpr std::array<std::pair<EventCertainty, const char*>, 3> certaintyKeys{
    {{EventCertainty::Occurred, "occurred"},
     {EventCertainty::Possible, "possible"},
     {EventCertainty::No, "no"}}};
constexpr std::array<std::pair<CauseKind, const char*>, 7> causeKeys{
    {{CauseKind::Unknown, "unknown"},
     {CauseKind::UnauthorisedAccess, "unauthorised_access"},
     {CauseKind::Ransomware, "ransomware"},
     {CauseKind::Misdelivery, "misdelivery"},
     {CauseKind::LossOrTheft, "loss_or_theft"},
     {CauseKind::Insider, "insider"},
     {CauseKind::Other, "other"}}};
constexpr std::array<std::pair<GdprRisk, const char*>, 4> riskKeys{{{GdprRisk::Unassessed, "unassessed"},
                                                                    {GdprRisk::Unlikely, "unlikely"},
                                                                    {GdprRisk::Risk, "risk"},
                                                                    {GdprRisk::HighRisk, "high_risk"}}};
constexpr std::array<std::pair<Holder, const char*>, 2> holderKeys{
    {{Holder::Own, "own"}, {Holder::Consignor, "consignor"}}};
} // namespace

QString toKey(IncidentStatus v)
{
    return keyOf(statusKeys, v);
}
QString toKey(EventCertainty v)
{
    return keyOf(certaintyKeys, v);
}
QString toKey(CauseKind v)
{
    return keyOf(causeKeys, v);
}
QString toKey(GdprRisk v)
{
    return keyOf(riskKeys, v);
}
QString toKey(Holder v)
{
    return keyOf(holderKeys, v);
}

bool fromKey(const QString& key, IncidentStatus* out)
{
    return valueOf(statusKeys, key, out);
}
bool fromKey(const QString& key, EventCertainty* out)
{
    return valueOf(certaintyKeys, key, out);
}
bool fromKey(const QString& key, CauseKind* out)
{
    return valueOf(causeKeys, key, out);
}
bool fromKey(const QString& key, GdprRisk* out)
{
    return valueOf(riskKeys, key, out);
}
bool fromKey(const QString& key, Holder* out)
{
    return valueOf(holderKeys, key, out);
}

QStringList eventCertaintyKeys()
{
    return keysOf(certaintyKeys);
}
QStringList causeKindKeys()
{
    return keysOf(causeKeys);
}
QStringList gdprRiskKeys()
{
    return keysOf(riskKeys);
}

} // namespace bd
