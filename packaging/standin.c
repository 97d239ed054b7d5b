/*
 * A stand-in for the program in the installers CI builds without Qt for the
 * target system (COMMONPLACE_INSTALLER_CHECK). When COMMONPLACE_STANDIN_LOG
 * names a file, it appends to it, in UTF-8, a line with its own path and a
 * line for each argument it was started with: that is how the check sees
 * what a file association passed. Otherwise it does nothing.
 */
#ifdef _WIN32

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <shellapi.h>

static int writeLine(HANDLE file, const wchar_t *text)
{
    char utf8[3 * 32768 + 1];
    int size = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, text, -1, utf8,
                                   (int)sizeof utf8 - 1, NULL, NULL);
    DWORD written = 0;
    if (size <= 0)
        return 0;
    utf8[size - 1] = '\n'; /* in place of the terminating zero */
    return WriteFile(file, utf8, (DWORD)size, &written, NULL) && written == (DWORD)size;
}

/* The arguments as Windows passed them, in UTF-16: WinMain's ANSI command
 * line would lose what the code page cannot spell. */
int WINAPI WinMain(HINSTANCE instance, HINSTANCE previous, LPSTR ansiCommandLine, int show)
{
    wchar_t logPath[32768];
    wchar_t program[32768];
    DWORD length = GetEnvironmentVariableW(L"COMMONPLACE_STANDIN_LOG", logPath, 32768);
    LPWSTR *argv;
    HANDLE log;
    int argc = 0;
    int ok;
    (void)instance;
    (void)previous;
    (void)ansiCommandLine;
    (void)show;
    if (length == 0 || length >= 32768)
        return 0;
    length = GetModuleFileNameW(NULL, program, 32768);
    argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (length == 0 || length >= 32768 || argv == NULL)
        return 1;
    log = CreateFileW(logPath, FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                      OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (log == INVALID_HANDLE_VALUE)
        return 1;
    ok = writeLine(log, program);
    for (int i = 1; ok && i < argc; ++i)
        ok = writeLine(log, argv[i]);
    CloseHandle(log);
    LocalFree(argv);
    return ok ? 0 : 1;
}

#else

#include <stdio.h>
#include <stdlib.h>

/* Elsewhere the arguments arrive as bytes, already in the system's UTF-8. */
int main(int argc, char **argv)
{
    const char *logPath = getenv("COMMONPLACE_STANDIN_LOG");
    FILE *log;
    int ok = 1;
    if (logPath == NULL || *logPath == '\0')
        return 0;
    log = fopen(logPath, "a");
    if (log == NULL)
        return 1;
    for (int i = 0; ok && i < argc; ++i)
        ok = fprintf(log, "%s\n", argv[i]) >= 0;
    return fclose(log) == 0 && ok ? 0 : 1;
}

#endif
