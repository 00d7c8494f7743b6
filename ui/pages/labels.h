// Translated labels of the incident's coded values, in the interface language.
#pragma once

#include "catalogue.h"
#include "incident.h"

#include <QCoreApplication>

namespace bd {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(bd::Labels)
public:
    static QString cause(const QString& key);
    static QString gdprRisk(const QString& key);
    static QString holder(Holder holder);
    static QString narrativeSection(NarrativeSection section);
    // A data set's group, in the interface language (custom groups use their own labels).
    static QString group(const DataSet& dataSet);
    static QString group(const QString& key);
    static QString item(const DataItem& item);
    static bool interfaceIsJapanese();
};

} // namespace bd
