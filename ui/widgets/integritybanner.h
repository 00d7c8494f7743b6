// The red banner across the top of the main window when the workspace's record does not prove itself
// (WorkspaceVerifier): it names the first failing audit entry or document and says that nothing was
// repaired. It stays for as long as the window is open; "Details" lists every problem.
#pragma once

#include "workspaceverifier.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace bd {

class IntegrityBanner : public QFrame
{
    Q_OBJECT
public:
    explicit IntegrityBanner(QWidget* parent = nullptr);

    // Shows the banner for a damaged workspace, hides it for an intact one.
    void setIntegrity(const WorkspaceIntegrity& integrity);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();

    WorkspaceIntegrity m_integrity;
    QLabel* m_label;
    QPushButton* m_detailsButton;
};

} // namespace bd
