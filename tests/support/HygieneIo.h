#pragma once

#include <QByteArray>
#include <QStringList>

class QCoreApplication;

// The line protocol of the memory-hygiene helpers (leadscope-hygiene-client,
// leadscope-hygiene-window) with TestMemoryHygiene: secrets and commands in
// on stdin, one per line; progress out on stdout.
namespace leadscope::test::HygieneIo {

// One line from stdin, read into a buffer that never reallocates (no stray
// copy of a secret left in freed memory); the caller wipes it after use.
QByteArray readLine();

// One line to stdout, flushed at once.
void say(const char* what);

// Names the application as the app does (its settings and data paths) and
// checks the command line: URL CA_FILE EMAIL [OPTION], OPTION one of `options`
// (a helper that takes none refuses any, rather than ignoring it).
bool begin(const QStringList& arguments, const QStringList& options = {});

// Ends the application when the test closes stdin.
void quitWhenStdinCloses(QCoreApplication* app);

} // namespace leadscope::test::HygieneIo
