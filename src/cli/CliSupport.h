#pragma once
// Small helpers shared by the command-line commands.

#include <QString>
#include <QTextStream>

namespace thp::cli {

QTextStream &out();
QTextStream &err();
// Writes UTF-8 bytes to stdout as is (JSON documents).
void writeStdout(const QByteArray &bytes);

} // namespace thp::cli
