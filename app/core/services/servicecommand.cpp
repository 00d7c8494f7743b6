#include "servicecommand.h"

#include "storageerror.h"
#include "workspace.h"

#include <QUndoStack>

namespace bd {

ServiceCommand::ServiceCommand(Workspace& workspace, const QString& text, Write undo, Write redo)
    : QUndoCommand(text), m_workspace(workspace), m_undo(std::move(undo)), m_redo(std::move(redo))
{
}

void ServiceCommand::undo()
{
    run(m_undo);
}

void ServiceCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    run(m_redo);
}

void ServiceCommand::run(const Write& write)
{
    StorageError error;
    if (!write(&error))
        emit m_workspace.failed(error);
}

void ServiceCommand::push(Workspace& workspace, const QString& text, Write undo, Write redo)
{
    if (QUndoStack* stack = workspace.undoStack())
        stack->push(new ServiceCommand(workspace, text, std::move(undo), std::move(redo)));
}

} // namespace bd
