// Replaces a filing's computed due date, or whether it is required at all, with the officer's value and a
// mandatory reason (ObligationRepository::addOverride). The computed value stays visible for comparison.
#pragma once

#include "decision.h"
#include "requiredfiling.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace bd {

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    // `today` is where the date fields start when the filing has no due date.
    explicit OverrideDialog(const RequiredFiling& filing, const QDate& today, QWidget* parent = nullptr);

    enum class Choice
    {
        None,
        DueOn, // a date (due by the end of that day)
        DueAt, // an instant (like the GDPR 72 hours)
        NotRequired,
        Required
    };
    void choose(Choice choice);
    void setDate(const QDate& date);
    void setDateTime(const QDateTime& at);
    void setReason(const QString& reason);

    // The override as entered (who and when are filled in when it is stored).
    Override result() const;
    bool isComplete() const;

    // Shows the dialog; nullopt when cancelled. Tests answer in advance with setNextAnswer().
    static std::optional<Override> ask(QWidget* parent, const RequiredFiling& filing, const QDate& today);
    // Test seam: the next ask() returns this (nullopt = cancelled) without showing the dialog.
    static void setNextAnswer(const std::optional<Override>& answer);

private:
    void updateOk();

    QString m_key;
    QRadioButton* m_dueOn;
    QRadioButton* m_dueAt;
    QRadioButton* m_notRequired;
    QRadioButton* m_required;
    QDateEdit* m_date;
    QDateTimeEdit* m_dateTime;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace bd
