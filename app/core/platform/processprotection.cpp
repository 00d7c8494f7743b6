#include "processprotection.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace bd {

void protectProcess()
{
    ::umask(S_IRWXG | S_IRWXO);
    const char* allow = std::getenv("BREACHDESK_ALLOW_CORE_DUMPS");
    if (!allow || std::strcmp(allow, "1") != 0) {
        const struct rlimit none = {0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        // Also stops a core_pattern pipe (systemd-coredump), which ignores RLIMIT_CORE.
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace bd
