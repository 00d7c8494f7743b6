// What the process does before it touches personal data: files and folders it creates are private to the
// user (umask 077: 0600 and 0700), no core dump carries recipients' data out of the process, and a file-size
// limit makes writes fail with an error instead of killing the process half-way (SIGXFSZ).
#pragma once

namespace bd {

// Applies the protections above. BREACHDESK_ALLOW_CORE_DUMPS=1 keeps core dumps for debugging.
void protectProcess();

} // namespace bd
