// Binds editor widgets to fields of the open incident: edits are saved as they are made (text after a short
// pause, everything else at once) and the widgets follow the document when it changes (undo, redo, reload).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bd {

class IncidentDocument;
class OptionalDateEdit;

struct FieldAccess
{
    std::function<QVariant()> get;
    std::function<bool(const QVariant&)> set;
};

class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(IncidentDocument* document, QObject* parent = nullptr);
    ~FieldBinder() override;

    // Access to an incident field by key (fields.h).
    FieldAccess incidentField(const QString& key) const;

    void bind(QLineEdit* edit, const FieldAccess& access);
    void bind(QPlainTextEdit* edit, const FieldAccess& access);
    void bind(QCheckBox* box, const FieldAccess& access);
    void bind(QComboBox* combo, const FieldAccess& access); // item data holds the stored value
    void bind(OptionalDateEdit* edit, const FieldAccess& access);

    // Re-reads every bound widget that has no unsaved typing.
    void refresh();
    // Saves typing that is still waiting for its pause.
    void flush();
    // Saves the pending typing of every binder (before undo/redo, before closing).
    static void flushAll();

    // How long typing must pause before it is saved (the crash guarantee is "half a second"), and how long
    // typing that goes on without such a pause waits at most: someone writing a paragraph is saved at least
    // once a second, not only when they stop.
    static constexpr int SaveDelayMs = 300;
    static constexpr int MaxSaveDelayMs = 1000;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        FieldAccess access;
        std::function<void(const QVariant&)> show;
        std::function<QVariant()> read;
    };
    void add(QWidget* widget, Binding binding);
    void textEdited(QWidget* widget);
    void commit(QWidget* widget);

    IncidentDocument* m_document;
    QHash<QWidget*, Binding> m_bindings;
    QList<QWidget*> m_pending;
    QTimer m_saveTimer;
    QElapsedTimer m_unsavedSince; // the first key of the typing that waits for the timer
    bool m_updating = false;
};

} // namespace bd
