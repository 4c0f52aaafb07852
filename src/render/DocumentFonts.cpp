#include "render/DocumentFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace thp::render {

QFont documentFont(qreal pointSize)
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *candidate : {"Noto Sans", "DejaVu Sans", "Liberation Sans"})
            if (families.contains(QLatin1String(candidate)))
                return QString::fromLatin1(candidate);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    QFont f(family);
    f.setPointSizeF(pointSize);
    return f;
}

} // namespace thp::render
