// What went wrong with the workspace database, in a form the GUI shows as a dialog and the CLI as an exit
// code.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd {

struct StorageError
{
    Q_DECLARE_TR_FUNCTIONS(bd::StorageError)
public:
    enum Kind
    {
        None,
        Locked,       // another process holds the write lock
        ReadOnly,     // the file or its folder cannot be written
        Corrupt,      // not a database, or damaged
        NewerVersion, // made by a newer BreachDesk
        NotFound,     // a record that should exist does not
        NoWorkspace,  // the workspace file does not exist (and was not to be created)
        Invalid,      // the data breaks a rule (duplicate code, …)
        Failed,       // any other SQL error
    };
    Kind kind = None;
    QString message; // translated, for people
    QString detail;  // the driver's text, for support

    bool ok() const { return kind == None; }
    explicit operator bool() const { return kind != None; }
    QString text() const { return detail.isEmpty() ? message : message + QStringLiteral("\n\n") + detail; }
    // The process exit code for the command line: 0 none, 2 no workspace, 3 locked, 4 read-only, 5 corrupt,
    // 6 newer, 7 other.
    int exitCode() const;

    static StorageError make(Kind kind, const QString& message, const QString& detail = {})
    {
        return StorageError{kind, message, detail};
    }
};

} // namespace bd
