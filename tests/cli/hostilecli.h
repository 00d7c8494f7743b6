// For the command-line tests of hostile files: the largest resident memory of any `breachdesk` run so far
// (getrusage of the waited-for children), and a cap on the address space that the runs inherit, so that a
// regression fails with an allocation error instead of taking the machine's memory.
#pragma once

#include <sys/resource.h>

namespace test {

inline long childrenPeakRssKiB()
{
    rusage usage{};
    return getrusage(RUSAGE_CHILDREN, &usage) == 0 ? usage.ru_maxrss : -1;
}

inline bool capAddressSpace(rlim_t bytes)
{
    const rlimit limit{bytes, bytes};
    return setrlimit(RLIMIT_AS, &limit) == 0;
}

} // namespace test
