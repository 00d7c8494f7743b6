// The placeholders a template may use, from the one catalogue, grouped (incident, organisation, contact desk,
// data sets, recipient, dates, narrative) with descriptions in the interface language and the other language
// in the tooltip. Double-click inserts (insertRequested); dragging carries the snippet as text, which the
// editors accept.
#pragma once

#include <QTreeWidget>

namespace bd {

class PlaceholderPalette : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPalette(QWidget* parent = nullptr);

    // Fills the tree again (after a language change); `japanese` chooses the description language.
    void populate(bool japanese);
    // The item of a catalogue key ("recipient.name", "items/label"), or nullptr.
    QTreeWidgetItem* itemFor(const QString& key) const;

signals:
    void insertRequested(const QString& snippet);

protected:
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

} // namespace bd
