// A date (or date and time) that may be unknown: a "known" check box beside a calendar-popup editor.
#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateTimeEdit;

namespace bd {

class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,
        DateTime
    };
    // `now` gives the date the editor offers while the value is unknown (ticking "known" adopts it, at
    // 09:00): today, never a date left over from another incident.
    OptionalDateEdit(Mode mode, std::function<QDateTime()> now, QWidget* parent = nullptr);

    // A null QDate / QDateTime means unknown.
    QVariant value() const;
    void setValue(const QVariant& value);
    bool isKnown() const;
    QCheckBox* knownCheckBox() const { return m_known; }
    QDateTimeEdit* editor() const { return m_edit; }

signals:
    void valueEdited(const QVariant& value); // by the user only

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void emitEdited();
    void offerToday();
    Mode m_mode;
    std::function<QDateTime()> m_now;
    QCheckBox* m_known;
    QDateTimeEdit* m_edit;
    bool m_updating = false;
};

} // namespace bd
