// Where the user's signing key lives: the folder named by BREACHDESK_KEY_DIR (tests, or a user who keeps the
// key on a removable drive), else "keys" in the user's configuration folder
// (QStandardPaths::AppConfigLocation, ~/.config/BreachDesk/BreachDesk/keys on Linux). Never the workspace's
// folder: a workspace folder that is copied, backed up or shared must not carry the key with it.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd {

inline constexpr auto KeyFolderVariable = "BREACHDESK_KEY_DIR";

class KeyFolder
{
    Q_DECLARE_TR_FUNCTIONS(bd::KeyFolder)
public:
    static QString path();

    // Why `folder` may not hold the key of a user of the workspace at `workspacePath` (translated), or empty:
    // it is the workspace's folder or inside it. Where the workspace's folder holds the user's home folder (a
    // workspace kept directly in ~), a folder inside the home folder is allowed: the configuration folder is
    // there by nature.
    static QString insideWorkspace(const QString& folder, const QString& workspacePath);

    // Checks `folder`: a folder of this user that no other user can change (no group or other write bit).
    // With `create`, a missing folder is made 0700 (and its missing parents too); without, `*exists` says
    // whether it is there. Returns why not (translated), or empty.
    static QString prepare(const QString& folder, bool create, bool* exists);
};

} // namespace bd
