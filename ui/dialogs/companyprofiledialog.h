// Edit ▸ Company Profile…: the workspace's company details (companyprofile.h), laid out in Designer
// (companyprofiledialog.ui) with one widget per field, named by the field's key. OK saves through the
// service as one undoable step.
#pragma once

#include "companyprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CompanyProfileDialog;
}

namespace bd {

class Workspace;

class CompanyProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CompanyProfileDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~CompanyProfileDialog() override;

    // The profile as the fields show it now.
    CompanyProfile profile() const;
    void setProfile(const CompanyProfile& profile);
    // Saves; on failure says why and returns false (the dialog stays open).
    bool save();

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillDateStyles();
    std::unique_ptr<Ui::CompanyProfileDialog> m_ui;
    Workspace& m_workspace;
};

} // namespace bd
