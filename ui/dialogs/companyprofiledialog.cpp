#include "companyprofiledialog.h"
#include "ui_companyprofiledialog.h"

#include "companyprofileservice.h"
#include "dialogs.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

CompanyProfileDialog::CompanyProfileDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompanyProfileDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("companyProfileDialog"));
    fillDateStyles();
    for (const CompanyProfileFieldSpec& field : companyProfileFields())
        if (auto* edit = findChild<QLineEdit*>(field.name()))
            edit->setMaxLength(field.maxLength > 0 ? field.maxLength : 32767);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CompanyProfileDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CompanyProfileDialog::reject);
    StorageError error;
    if (const std::optional<CompanyProfile> stored = workspace.profile().profile(&error))
        setProfile(*stored);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!workspace.isReadOnly());
}

CompanyProfileDialog::~CompanyProfileDialog() = default;

void CompanyProfileDialog::fillDateStyles()
{
    QComboBox* combo = findChild<QComboBox*>(QStringLiteral("letter_date_style"));
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Western years (2024年10月1日)"), QStringLiteral("seireki"));
    combo->addItem(tr("Japanese era years (令和6年10月1日)"), QStringLiteral("wareki"));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

CompanyProfile CompanyProfileDialog::profile() const
{
    CompanyProfile p;
    for (const CompanyProfileFieldSpec& field : companyProfileFields()) {
        if (const auto* edit = findChild<QLineEdit*>(field.name()))
            field.set(p, edit->text().trimmed());
        else if (const auto* check = findChild<QCheckBox*>(field.name()))
            field.set(p, check->isChecked());
        else if (const auto* combo = findChild<QComboBox*>(field.name()))
            field.set(p, combo->currentData());
    }
    return p;
}

void CompanyProfileDialog::setProfile(const CompanyProfile& profile)
{
    for (const CompanyProfileFieldSpec& field : companyProfileFields()) {
        const QVariant value = field.get(profile);
        if (auto* edit = findChild<QLineEdit*>(field.name()))
            edit->setText(value.toString());
        else if (auto* check = findChild<QCheckBox*>(field.name()))
            check->setChecked(value.toBool());
        else if (auto* combo = findChild<QComboBox*>(field.name()))
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
    }
}

bool CompanyProfileDialog::save()
{
    StorageError error;
    if (!m_workspace.profile().setProfile(profile(), &error)) {
        Dialogs::warning(this, windowTitle(), tr("The company profile was not saved."), error.text());
        return false;
    }
    return true;
}

void CompanyProfileDialog::accept()
{
    if (save())
        QDialog::accept();
}

void CompanyProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillDateStyles();
    }
    QDialog::changeEvent(event);
}

} // namespace bd
