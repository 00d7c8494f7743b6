// Stable text keys for the incident enums, shared by the database and the JSON format.
#pragma once

#include "incident.h"

#include <QString>

namespace bd {

QString toKey(IncidentStatus v);
QString toKey(EventCertainty v);
QString toKey(CauseKind v);
QString toKey(GdprRisk v);
QString toKey(Holder v);

bool fromKey(const QString& key, IncidentStatus* out);
bool fromKey(const QString& key, EventCertainty* out);
bool fromKey(const QString& key, CauseKind* out);
bool fromKey(const QString& key, GdprRisk* out);
bool fromKey(const QString& key, Holder* out);

// All keys of an enum, for error messages ("expected one of …") and combo boxes.
QStringList eventCertaintyKeys(); // "occurred", "possible", "no"
QStringList causeKindKeys();
QStringList gdprRiskKeys();

} // namespace bd
