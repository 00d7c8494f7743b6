// Small layout helpers shared by the incident pages.
#pragma once

#include <QString>

class QGridLayout;
class QLineEdit;
class QWidget;

namespace bd {

class FieldBinder;

// Adds a row "label | Japanese | English" to `grid`, bound to the fields `keyJa` and `keyEn`; returns the
// editors.
std::pair<QLineEdit*, QLineEdit*> addBilingualRow(QGridLayout* grid, FieldBinder* binder,
                                                  const QString& label, const QString& keyJa,
                                                  const QString& keyEn, const QString& objectName);
// The "日本語 | English" header row of a bilingual grid.
void addBilingualHeader(QGridLayout* grid);

} // namespace bd
