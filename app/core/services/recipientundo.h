// The undo steps of RecipientService: each undoes and redoes through the repository's audited writes and
// announces the group's change. A step is pushed after its write succeeded, so its first redo does nothing.
// An undo or redo that cannot be written (the workspace busy past its timeout, an id taken meanwhile by
// another program) is reported through RecipientService::undoFailed and the step leaves the history: the
// history never claims a state the workspace does not hold.
#pragma once

#include "storageerror.h"

#include <QUndoCommand>

#include <functional>

namespace bd {

class RecipientService;

class RecipientStep final : public QUndoCommand
{
public:
    using Write = std::function<bool(StorageError*)>;
    RecipientStep(RecipientService& service, qint64 groupId, const QString& text, Write undo, Write redo)
        : QUndoCommand(text), m_service(service), m_groupId(groupId), m_undo(std::move(undo)),
          m_redo(std::move(redo))
    {
    }

    void undo() override { run(m_undo); }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return; // written before the step was pushed
        run(m_redo);
    }

private:
    void run(const Write& write);

    RecipientService& m_service;
    qint64 m_groupId;
    Write m_undo, m_redo;
    bool m_first = true;
};

} // namespace bd
