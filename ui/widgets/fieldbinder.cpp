#include "fieldbinder.h"

#include "fields.h"
#include "incidentdocument.h"
#include "optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace bd {

namespace {
QList<FieldBinder*>& allBinders()
{
    static QList<FieldBinder*> binders;
    return binders;
}
} // namespace

FieldBinder::FieldBinder(IncidentDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    allBinders().append(this);
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &FieldBinder::flush);
    connect(document, &IncidentDocument::loaded, this, &FieldBinder::refresh);
    connect(document, &IncidentDocument::incidentFieldChanged, this, &FieldBinder::refresh);
    connect(document, &IncidentDocument::narrativeChanged, this, &FieldBinder::refresh);
}

FieldBinder::~FieldBinder()
{
    flush();
    allBinders().removeAll(this);
}

void FieldBinder::flushAll()
{
    for (FieldBinder* b : allBinders())
        b->flush();
}

FieldAccess FieldBinder::incidentField(const QString& key) const
{
    IncidentDocument* doc = m_document;
    const IncidentFieldSpec* spec = bd::incidentField(key);
    Q_ASSERT(spec);
    return FieldAccess{[doc, spec] { return spec->get(doc->incident()); },
                       [doc, key](const QVariant& v) { return doc->setIncidentField(key, v); }};
}

void FieldBinder::add(QWidget* widget, Binding binding)
{
    m_bindings.insert(widget, binding);
    m_updating = true;
    binding.show(binding.access.get());
    m_updating = false;
    connect(widget, &QObject::destroyed, this, [this, widget] {
        m_bindings.remove(widget);
        m_pending.removeAll(widget);
    });
}

void FieldBinder::bind(QLineEdit* edit, const FieldAccess& access)
{
    edit->installEventFilter(this);
    add(edit, Binding{edit, access,
                      [edit](const QVariant& v) {
                          if (edit->text() != v.toString())
                              edit->setText(v.toString());
                      },
                      [edit] { return QVariant(edit->text()); }});
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { textEdited(edit); });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit); });
}

void FieldBinder::bind(QPlainTextEdit* edit, const FieldAccess& access)
{
    edit->installEventFilter(this);
    edit->setUndoRedoEnabled(false); // undo is the application's, across all fields
    add(edit,
        Binding{edit, access,
                [edit](const QVariant& v) {
                    if (edit->toPlainText() != v.toString()) {
                        const int position = edit->textCursor().position();
                        edit->setPlainText(v.toString());
                        QTextCursor cursor = edit->textCursor();
                        cursor.setPosition(std::min<int>(position, edit->document()->characterCount() - 1));
                        edit->setTextCursor(cursor);
                    }
                },
                [edit] { return QVariant(edit->toPlainText()); }});
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (!m_updating)
            textEdited(edit);
    });
}

void FieldBinder::bind(QCheckBox* box, const FieldAccess& access)
{
    add(box, Binding{box, access, [box](const QVariant& v) { box->setChecked(v.toBool()); },
                     [box] { return QVariant(box->isChecked()); }});
    connect(box, &QCheckBox::toggled, this, [this, box] {
        if (!m_updating)
            commit(box);
    });
}

void FieldBinder::bind(QComboBox* combo, const FieldAccess& access)
{
    add(combo, Binding{combo, access,
                       [combo](const QVariant& v) {
                           const int index = combo->findData(v);
                           if (index >= 0)
                               combo->setCurrentIndex(index);
                       },
                       [combo] { return combo->currentData(); }});
    connect(combo, &QComboBox::activated, this, [this, combo] { commit(combo); });
}

void FieldBinder::bind(OptionalDateEdit* edit, const FieldAccess& access)
{
    add(edit, Binding{edit, access, [edit](const QVariant& v) { edit->setValue(v); },
                      [edit] { return edit->value(); }});
    connect(edit, &OptionalDateEdit::valueEdited, this, [this, edit] {
        if (!m_updating)
            commit(edit);
    });
}

void FieldBinder::textEdited(QWidget* widget)
{
    if (!m_pending.contains(widget))
        m_pending.append(widget);
    // Each key puts the save off until the next pause, but never more than MaxSaveDelayMs after the first.
    if (!m_saveTimer.isActive())
        m_unsavedSince.start();
    const qint64 left = MaxSaveDelayMs - m_unsavedSince.elapsed();
    m_saveTimer.start(int(std::clamp<qint64>(left, 0, SaveDelayMs)));
}

void FieldBinder::commit(QWidget* widget)
{
    m_pending.removeAll(widget);
    const auto it = m_bindings.constFind(widget);
    if (it == m_bindings.constEnd() || m_updating)
        return;
    const Binding binding = *it;
    if (!binding.access.set(binding.read()))
        refresh(); // refused or failed: show what is stored
}

void FieldBinder::flush()
{
    m_saveTimer.stop();
    const QList<QWidget*> pending = m_pending;
    for (QWidget* w : pending)
        commit(w);
}

void FieldBinder::refresh()
{
    m_updating = true;
    for (auto it = m_bindings.begin(); it != m_bindings.end(); ++it)
        if (it.value().widget && !m_pending.contains(it.key()))
            it.value().show(it.value().access.get());
    m_updating = false;
}

bool FieldBinder::eventFilter(QObject* watched, QEvent* event)
{
    // Text widgets claim Ctrl+Z for their own undo; leave it to the application's undo across all fields.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            flushAll();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        if (auto* w = qobject_cast<QWidget*>(watched); w && m_pending.contains(w))
            commit(w);
    return QObject::eventFilter(watched, event);
}

} // namespace bd
