#pragma once
// Fonts with full Vietnamese glyphs for rendered documents (PDF, charts).

#include <QFont>

namespace thp::render {

// Noto Sans when installed (fonts-noto-core), else DejaVu Sans, else the default sans.
QFont documentFont(qreal pointSize = 10);

} // namespace thp::render
