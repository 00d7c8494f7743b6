// An undo step of a service's write (workspace.h): the write was done when the step is pushed, so the first
// redo() does nothing; later ones write again. Each direction is a service write of its own (a transaction
// with its audit entry, announced). A direction that fails leaves the data as it was and reports through
// Workspace::failed(); the step stays where it was in the history so that it can be tried again.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace bd {

class Workspace;

class ServiceCommand : public QUndoCommand
{
public:
    using Write = std::function<bool(struct StorageError*)>;
    ServiceCommand(Workspace& workspace, const QString& text, Write undo, Write redo);

    void undo() override;
    void redo() override;

    // Pushes the step onto the workspace's history, when it has one (the command line has none).
    static void push(Workspace& workspace, const QString& text, Write undo, Write redo);

private:
    void run(const Write& write);

    Workspace& m_workspace;
    Write m_undo, m_redo;
    bool m_done = true; // applied before it was pushed
};

} // namespace bd
