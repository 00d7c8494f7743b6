#include "pagehelpers.h"

#include "fieldbinder.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace bd {

void addBilingualHeader(QGridLayout* grid)
{
    const int row = grid->rowCount();
    auto* ja = new QLabel(QCoreApplication::translate("bd::Pages", "Japanese"));
    auto* en = new QLabel(QCoreApplication::translate("bd::Pages", "English"));
    ja->setStyleSheet(QStringLiteral("font-weight: bold"));
    en->setStyleSheet(QStringLiteral("font-weight: bold"));
    grid->addWidget(ja, row, 1);
    grid->addWidget(en, row, 2);
}

std::pair<QLineEdit*, QLineEdit*> addBilingualRow(QGridLayout* grid, FieldBinder* binder,
                                                  const QString& label, const QString& keyJa,
                                                  const QString& keyEn, const QString& objectName)
{
    const int row = grid->rowCount();
    auto* ja = new QLineEdit;
    auto* en = new QLineEdit;
    ja->setObjectName(objectName + QStringLiteral("JaLineEdit"));
    en->setObjectName(objectName + QStringLiteral("EnLineEdit"));
    auto* caption = new QLabel(label);
    caption->setBuddy(ja);
    grid->addWidget(caption, row, 0);
    grid->addWidget(ja, row, 1);
    grid->addWidget(en, row, 2);
    binder->bind(ja, binder->incidentField(keyJa));
    binder->bind(en, binder->incidentField(keyEn));
    return {ja, en};
}

} // namespace bd
