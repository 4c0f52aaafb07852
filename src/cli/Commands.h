#pragma once
// One function per tonghop-cli command; each owns its options and exit status.

#include <QStringList>

namespace thp::cli {

int runExtract(const QStringList &args);
int runImport(const QStringList &args);
int runSearch(const QStringList &args);
int runBackup(const QStringList &args);
int runCompare(const QStringList &args);
int runExport(const QStringList &args);

} // namespace thp::cli
