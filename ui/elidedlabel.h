#pragma once

#include <QLabel>

namespace bd {

// A one-line label that shortens its text with "…" when there is not enough room (so that a long workspace
// path never widens the window), and shows the whole text as its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideMiddle, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateElided();

    Qt::TextElideMode m_mode;
    QString m_fullText;
};

} // namespace bd
