/* Wine 8 (Debian 12) has no bcryptprimitives.dll, whose ProcessPrng Rust's standard library
 * calls for random bytes on Windows. This stand-in, put in the Wine prefix that runs the
 * Windows tests (`cargo xtask test`), forwards it to advapi32's RtlGenRandom
 * (SystemFunction036), which Wine has. Never shipped: only the tests' prefix holds it. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
