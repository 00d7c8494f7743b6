#include "integritybanner.h"

#include "dialogs.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bd {

IntegrityBanner::IntegrityBanner(QWidget* parent)
    : QFrame(parent), m_label(new QLabel), m_detailsButton(new QPushButton)
{
    setObjectName(QStringLiteral("integrityBanner"));
    // Fixed colours, not the palette: it must look like an alarm in every theme.
    setStyleSheet(QStringLiteral("#integrityBanner { background: #b00020; border-bottom: 2px solid #6d0014; }"
                                 "#integrityBanner QLabel { color: white; }"));
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("integrityBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("integrityDetailsButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    connect(m_detailsButton, &QPushButton::clicked, this, &IntegrityBanner::showDetails);
    retranslateUi();
    hide();
}

void IntegrityBanner::setIntegrity(const WorkspaceIntegrity& integrity)
{
    m_integrity = integrity;
    retranslateUi();
    setVisible(!integrity.ok());
}

QString IntegrityBanner::text() const
{
    return m_label->text();
}

void IntegrityBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void IntegrityBanner::retranslateUi()
{
    m_detailsButton->setText(tr("Details…"));
    if (m_integrity.ok()) {
        m_label->clear();
        return;
    }
    // The problems' sentences are made now, so they follow the language too.
    m_label->setText(tr("This workspace has been altered outside BreachDesk and its record no longer proves "
                        "itself. %1 BreachDesk has repaired nothing. Keep a copy of the file as it is, and "
                        "compare it with a backup or an exported archive before relying on it.")
                         .arg(m_integrity.summary()));
}

void IntegrityBanner::showDetails()
{
    Dialogs::warning(window(), tr("The workspace has been altered"),
                     tr("These checks of the workspace's record failed when it was opened:"),
                     m_integrity.details());
}

} // namespace bd
