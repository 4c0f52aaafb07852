#include "ReportGenerator.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringBuilder>
#include <QTextStream>

#include <cmath>
#include <optional>

#ifndef THP_GAZETTEER_PROVINCES
#error "THP_GAZETTEER_PROVINCES must name resources/gazetteer/provinces.csv"
#endif

namespace thp::test {

namespace {

struct ProvinceRow {
    QString name;
    bool centralCity = false; // thành phố trực thuộc Trung ương: its Thành ủy is provincial tier
};

QList<ProvinceRow> loadProvinces()
{
    QList<ProvinceRow> rows;
    QFile file(QStringLiteral(THP_GAZETTEER_PROVINCES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("ReportGenerator: cannot read %s: %s", THP_GAZETTEER_PROVINCES, qPrintable(file.errorString()));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine(); // header: name,kind,ascii,aliases,valid_from,valid_to,...
    while (!in.atEnd()) {
        const QStringList cols = in.readLine().split(u',');
        if (cols.size() < 6 || cols.at(0).isEmpty())
            continue;
        if (!cols.at(4).isEmpty()) // units created in 2025 do not exist on the reports' dates
            continue;
        rows.append({cols.at(0), cols.at(1) == QLatin1String("thanh_pho_truc_thuoc_tw")});
    }
    if (rows.isEmpty())
        qFatal("ReportGenerator: no provinces in %s", THP_GAZETTEER_PROVINCES);
    return rows;
}

const QList<ProvinceRow> &provinceRows()
{
    static const QList<ProvinceRow> rows = loadProvinces();
    return rows;
}

QString roman(int n)
{
    static const char *const names[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    return QString::fromLatin1(names[qBound(1, n, 20)]);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

// A period phrase opening a sentence and the period it gives.
struct Lead {
    QString text;
    std::optional<Period> period;
};

struct Draft {
    QString text;
    QList<Fact> facts;
};

// A written number and what it means.
struct Num {
    QString text;
    double value = 0;
    QString qualifier = Qualifier::Exact;
};

} // namespace

QString groupThousands(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return value < 0 ? u'-' + digits : digits;
}

QString toOldTonePlacement(const QString &text)
{
    // first vowel with tone + second vowel → first vowel bare + second vowel with that tone
    static const QHash<QString, QString> clusters = [] {
        QHash<QString, QString> h;
        const QString oTones = QStringLiteral("óòỏõọ");
        const QString aTones = QStringLiteral("áàảãạ");
        const QString eTones = QStringLiteral("éèẻẽẹ");
        const QString uTones = QStringLiteral("úùủũụ");
        const QString UTones = QStringLiteral("ÚÙỦŨỤ");
        const QString yTones = QStringLiteral("ýỳỷỹỵ");
        for (int i = 0; i < 5; ++i) {
            h.insert(oTones.at(i) + QStringLiteral("a"), QStringLiteral("o") + aTones.at(i));
            h.insert(oTones.at(i) + QStringLiteral("e"), QStringLiteral("o") + eTones.at(i));
            h.insert(uTones.at(i) + QStringLiteral("y"), QStringLiteral("u") + yTones.at(i));
            h.insert(UTones.at(i) + QStringLiteral("y"), QStringLiteral("U") + yTones.at(i));
        }
        return h;
    }();
    QString out = text;
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        const bool syllableEnd = i + 2 >= out.size() || !out.at(i + 2).isLetter();
        if (!syllableEnd)
            continue;
        const auto it = clusters.constFind(out.mid(i, 2));
        if (it != clusters.constEnd())
            out.replace(i, 2, *it);
    }
    return out;
}

class ReportGenerator::Impl
{
public:
    explicit Impl(quint32 seed) : rng(seed) {}

    GeneratedReport generate(const GeneratorOptions &options);

private:
    QRandomGenerator rng;

    // the report being written
    QString province;
    bool centralCity = false;
    int year = 2020;
    bool oldTone = false;
    QList<Fact> facts;
    QSet<QString> keys;

    int below(int n) { return int(rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return rng.generateDouble() < p; }
    QString any(const QStringList &l) { return l.at(below(int(l.size()))); }

    // names of the province and its committees
    QString provinceUnit() const { return (centralCity ? QStringLiteral("thành phố ") : QStringLiteral("tỉnh ")) + province; }
    QString committee() const { return (centralCity ? QStringLiteral("Thành ủy ") : QStringLiteral("Tỉnh ủy ")) + province; }
    QString shortCommittee() const { return centralCity ? QStringLiteral("Thành ủy") : QStringLiteral("Tỉnh ủy"); }
    QString partyBody() const
    {
        return centralCity ? QStringLiteral("Đảng bộ Thành phố ") + province : QStringLiteral("Đảng bộ tỉnh ") + province;
    }

    Num count(int lo, int hi, bool allowApprox = true);
    Num smallCount(int lo, int hi, bool words = false);
    Num rate(double lo, double hi);
    Lead chooseLead(bool allowNone = true);
    Lead carryLead(const Lead &first);

    Fact fact(const QString &metric, const Num &n, const Lead &lead, const QString &level = Level::All) const;
    bool plant(const Draft &draft);

    // figure sentences, one family each; false when the draft collided with a planted fact
    Draft inspection(const Lead &lead);
    Draft supervision(const Lead &lead);
    Draft discipline(const Lead &lead);
    Draft violations(const Lead &lead);
    Draft training(const Lead &lead);
    Draft politicalSessions(const Lead &lead);
    Draft cadre(const Lead &lead);
    Draft documents(const Lead &lead);
    Draft models(const Lead &lead);
    // self-contained paragraphs with their own period handling
    Draft review();
    Draft rating();
    Draft organisation();
    Draft disciplineTable();

    QString figureParagraph();
    QString fillerParagraph();
    QString filler();
    QString documentNumber();
    QString date(bool slashes);
    QString title();
    QString leadParagraph();
    QString finish(const QString &paragraph) const { return oldTone ? toOldTonePlacement(paragraph) : paragraph; }
};

ReportGenerator::ReportGenerator(quint32 seed) : d(std::make_unique<Impl>(seed)) {}
ReportGenerator::~ReportGenerator() = default;

GeneratedReport ReportGenerator::generate()
{
    return d->generate({});
}

GeneratedReport ReportGenerator::generate(const GeneratorOptions &options)
{
    return d->generate(options);
}

const QStringList &ReportGenerator::provinces()
{
    static const QStringList names = [] {
        QStringList n;
        for (const ProvinceRow &r : provinceRows())
            n.append(r.name);
        return n;
    }();
    return names;
}

Num ReportGenerator::Impl::count(int lo, int hi, bool allowApprox)
{
    Num n;
    int v = between(lo, hi);
    if (allowApprox && v >= 100 && chance(0.15)) {
        // a round figure with a hedge word: "gần 1.200", "trên 15 nghìn"
        const double magnitude = std::pow(10.0, std::floor(std::log10(double(v))) - 1);
        v = int(std::lround(v / magnitude) * magnitude);
        n.qualifier = Qualifier::Approx;
        const QString hedge = any({QStringLiteral("gần "), QStringLiteral("khoảng "), QStringLiteral("hơn "),
                                   QStringLiteral("trên "), QStringLiteral("xấp xỉ ")});
        if (v >= 10000 && v % 1000 == 0 && chance(0.5))
            n.text = hedge + QString::number(v / 1000) + QStringLiteral(" nghìn");
        else
            n.text = hedge + groupThousands(v);
    } else {
        n.text = groupThousands(v);
    }
    n.value = v;
    return n;
}

Num ReportGenerator::Impl::smallCount(int lo, int hi, bool words)
{
    Num n;
    const int v = between(lo, hi);
    n.value = v;
    static const QHash<int, QString> spelled = {{1, QStringLiteral("một")}, {2, QStringLiteral("hai")},
                                                {3, QStringLiteral("ba")}, {4, QStringLiteral("bốn")},
                                                {7, QStringLiteral("bảy")}, {8, QStringLiteral("tám")}};
    if (words && spelled.contains(v) && chance(0.3))
        n.text = spelled.value(v);
    else if (v < 10 && chance(0.2))
        n.text = u'0' + QString::number(v);
    else
        n.text = QString::number(v);
    return n;
}

Num ReportGenerator::Impl::rate(double lo, double hi)
{
    Num n;
    const int tenths = between(int(lo * 10), int(hi * 10));
    n.value = tenths / 10.0;
    n.text = (tenths % 10 == 0 ? QString::number(tenths / 10) : QString::number(n.value, 'f', 1).replace(u'.', u','))
        + u'%';
    return n;
}

Lead ReportGenerator::Impl::chooseLead(bool allowNone)
{
    const int y = between(2016, year);
    const int a = between(2015, year - 1);
    const int b = between(a + 1, year);
    switch (below(allowNone ? 11 : 8)) {
    case 0: return {QStringLiteral("Năm %1, ").arg(y), Period{y, y}};
    case 1: return {QStringLiteral("Tính riêng năm %1, ").arg(y), Period{y, y}};
    case 2: return {QStringLiteral("Trong năm %1, ").arg(y), Period{y, y}};
    case 3: return {QStringLiteral("6 tháng đầu năm %1, ").arg(y), Period{y, y}};
    case 4: return {QStringLiteral("Từ năm %1 đến năm %2, ").arg(a).arg(b), Period{a, b}};
    case 5: return {QStringLiteral("Giai đoạn %1-%2, ").arg(a).arg(b), Period{a, b}};
    case 6: return {QStringLiteral("Giai đoạn %1 - %2, ").arg(a).arg(b), Period{a, b}};
    case 7:
        if (year >= 2020)
            return {QStringLiteral("Nhiệm kỳ 2015-2020, "), Period{2015, 2020}};
        return {QStringLiteral("Trong các năm %1-%2, ").arg(a).arg(b), Period{a, b}};
    case 8: return {QStringLiteral("Từ đầu nhiệm kỳ đến nay, "), std::nullopt};
    case 9: return {QStringLiteral("Thời gian qua, "), std::nullopt};
    default: return {QString(), std::nullopt};
    }
}

Lead ReportGenerator::Impl::carryLead(const Lead &first)
{
    if (first.period)
        return {any({QStringLiteral("Theo đó, "), QStringLiteral("Qua đó, ")}), first.period};
    return {any({QString(), QStringLiteral("Bên cạnh đó, "), QStringLiteral("Đồng thời, ")}), std::nullopt};
}

Fact ReportGenerator::Impl::fact(const QString &metric, const Num &n, const Lead &lead, const QString &level) const
{
    Fact f;
    f.metric = metric;
    f.value = n.value;
    f.qualifier = n.qualifier;
    f.level = level;
    f.period = lead.period;
    f.text = n.text;
    return f;
}

bool ReportGenerator::Impl::plant(const Draft &draft)
{
    QStringList newKeys;
    for (const Fact &f : draft.facts) {
        const QString key = f.metric % u'|' % f.level % u'|' % QString::number(f.value) % u'|' % f.qualifier % u'|'
            % (f.period ? f.period->toString() : QString());
        if (keys.contains(key) || newKeys.contains(key))
            return false; // the same figure twice would be one fact: draw again
        newKeys.append(key);
    }
    for (const QString &k : newKeys)
        keys.insert(k);
    for (Fact f : draft.facts) {
        f.text = draft.text;
        facts.append(f);
    }
    return true;
}

Draft ReportGenerator::Impl::inspection(const Lead &lead)
{
    Draft d;
    const bool turns = chance(0.3);
    const QString unit = turns ? QStringLiteral("lượt ") : QString();
    const QString subject = any({QStringLiteral("cấp ủy các cấp đã "), QStringLiteral("các cấp ủy đã "),
                                 QStringLiteral("cấp ủy, ủy ban kiểm tra các cấp "), QStringLiteral("toàn Đảng bộ đã ")});
    switch (below(5)) {
    case 0: {
        const Num o = count(20, 6000), m = count(80, 190000), c = count(10, 9000, false);
        const bool withCommittee = chance(0.6);
        d.text = lead.text + subject + QStringLiteral("kiểm tra %1 %2tổ chức đảng và %3 %2đảng viên").arg(o.text, unit, m.text);
        d.facts = {fact(QStringLiteral("inspection.party_orgs"), o, lead), fact(QStringLiteral("inspection.members"), m, lead)};
        if (withCommittee) {
            d.text += QStringLiteral(" (trong đó có %1 %2cấp ủy viên)").arg(c.text, unit);
            d.facts.append(fact(QStringLiteral("inspection.committee_members"), c, lead));
        }
        d.text += u'.';
        break;
    }
    case 1: {
        const Num o = count(5, 300), m = count(10, 900);
        if (chance(0.5)) {
            d.text = lead.text + QStringLiteral("ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm %1 tổ chức đảng và %2 đảng viên.")
                                     .arg(o.text, m.text);
        } else {
            d.text = lead.text + QStringLiteral("ủy ban kiểm tra các cấp kiểm tra %1 tổ chức đảng, %2 đảng viên khi có dấu hiệu vi phạm.")
                                     .arg(o.text, m.text);
        }
        d.facts = {fact(QStringLiteral("inspection_on_signs.party_orgs"), o, lead),
                   fact(QStringLiteral("inspection_on_signs.members"), m, lead)};
        break;
    }
    case 2: {
        // the Lạng Sơn sentence: three clauses with their own verbs
        const Num io = count(100, 900), im = count(300, 3000), to = count(50, 600), tm = count(100, 2000),
                  so = count(3, 40, false), sm = count(10, 120, false);
        d.text = lead.text + subject
            + QStringLiteral("kiểm tra %1 tổ chức đảng và %2 đảng viên; kiểm tra khi có dấu hiệu vi phạm %3 tổ chức đảng, %4 đảng viên; "
                             "giám sát chuyên đề %5 tổ chức đảng và %6 đảng viên.")
                  .arg(io.text, im.text, so.text, sm.text, to.text, tm.text);
        d.facts = {fact(QStringLiteral("inspection.party_orgs"), io, lead), fact(QStringLiteral("inspection.members"), im, lead),
                   fact(QStringLiteral("inspection_on_signs.party_orgs"), so, lead),
                   fact(QStringLiteral("inspection_on_signs.members"), sm, lead),
                   fact(QStringLiteral("supervision_thematic.party_orgs"), to, lead),
                   fact(QStringLiteral("supervision_thematic.members"), tm, lead)};
        break;
    }
    case 3: {
        // breakdown by tier: the total at "all", then one fact per tier
        const Num p = count(5, 60, false), dd = count(50, 400, false), g = count(100, 1500, false);
        const Num total{groupThousands(qint64(p.value + dd.value + g.value)), p.value + dd.value + g.value, Qualifier::Exact};
        d.text = lead.text + subject
            + QStringLiteral("kiểm tra %1 tổ chức đảng (cấp tỉnh %2, cấp huyện %3, cấp cơ sở %4).").arg(total.text, p.text, dd.text, g.text);
        d.facts = {fact(QStringLiteral("inspection.party_orgs"), total, lead),
                   fact(QStringLiteral("inspection.party_orgs"), p, lead, Level::Province),
                   fact(QStringLiteral("inspection.party_orgs"), dd, lead, Level::District),
                   fact(QStringLiteral("inspection.party_orgs"), g, lead, Level::Grassroots)};
        break;
    }
    default: {
        const Num o = count(20, 900, false), m = count(50, 3000, false);
        d.text = lead.text + QStringLiteral("số tổ chức đảng được kiểm tra là %1, số đảng viên được kiểm tra là %2.").arg(o.text, m.text);
        d.facts = {fact(QStringLiteral("inspection.party_orgs"), o, lead), fact(QStringLiteral("inspection.members"), m, lead)};
        break;
    }
    }
    return d;
}

Draft ReportGenerator::Impl::supervision(const Lead &lead)
{
    Draft d;
    const QString unit = chance(0.3) ? QStringLiteral("lượt ") : QString();
    const QString subject = any({QStringLiteral("cấp ủy các cấp đã "), QStringLiteral("các cấp ủy "),
                                 QStringLiteral("ủy ban kiểm tra các cấp đã ")});
    if (chance(0.5)) {
        const Num o = count(20, 5000), m = count(50, 40000), c = count(10, 9000, false);
        d.text = lead.text + subject + QStringLiteral("giám sát %1 %2tổ chức đảng và %3 %2đảng viên").arg(o.text, unit, m.text);
        d.facts = {fact(QStringLiteral("supervision.party_orgs"), o, lead), fact(QStringLiteral("supervision.members"), m, lead)};
        if (chance(0.6)) {
            d.text += QStringLiteral(" (trong đó, có %1 %2cấp ủy viên)").arg(c.text, unit);
            d.facts.append(fact(QStringLiteral("supervision.committee_members"), c, lead));
        }
        d.text += u'.';
    } else {
        const Num o = count(10, 800), m = count(20, 2500);
        d.text = lead.text + subject + QStringLiteral("giám sát chuyên đề %1 tổ chức đảng và %2 đảng viên.").arg(o.text, m.text);
        d.facts = {fact(QStringLiteral("supervision_thematic.party_orgs"), o, lead),
                   fact(QStringLiteral("supervision_thematic.members"), m, lead)};
    }
    return d;
}

Draft ReportGenerator::Impl::discipline(const Lead &lead)
{
    Draft d;
    const QString subject = any({QStringLiteral("cấp ủy các cấp đã "), QStringLiteral("các cấp ủy đã "),
                                 QStringLiteral("ủy ban kiểm tra các cấp đã "), QStringLiteral("toàn Đảng bộ đã ")});
    switch (below(4)) {
    case 0:
    case 1: {
        // by form, in a random order; the total is their sum
        struct Form { QString word; QString metric; Num n; };
        QList<Form> forms = {{QStringLiteral("khiển trách"), QStringLiteral("discipline.members.reprimand"), count(5, 400, false)},
                             {QStringLiteral("cảnh cáo"), QStringLiteral("discipline.members.warning"), count(2, 150, false)},
                             {QStringLiteral("cách chức"), QStringLiteral("discipline.members.removal"), count(1, 30, false)},
                             {QStringLiteral("khai trừ"), QStringLiteral("discipline.members.expulsion"), count(1, 60, false)}};
        for (qsizetype i = forms.size() - 1; i > 0; --i)
            forms.swapItemsAt(i, below(int(i) + 1));
        double total = 0;
        for (const Form &f : forms)
            total += f.n.value;
        const Num t{groupThousands(qint64(total)), total, Qualifier::Exact};
        const bool numberFirst = chance(0.3);
        QStringList parts;
        for (const Form &f : forms)
            parts.append(numberFirst ? f.n.text + u' ' + f.word : f.word + u' ' + f.n.text);
        if (numberFirst) {
            d.text = lead.text + subject + QStringLiteral("kỷ luật %1 đảng viên (%2).").arg(t.text, parts.join(QStringLiteral(", ")));
        } else {
            const QString last = parts.takeLast();
            d.text = lead.text + subject + QStringLiteral("thi hành kỷ luật %1 đảng viên, trong đó %2 và %3 đảng viên.")
                                               .arg(t.text, parts.join(QStringLiteral(", ")), last);
        }
        d.facts.append(fact(QStringLiteral("discipline.members"), t, lead));
        for (const Form &f : forms)
            d.facts.append(fact(f.metric, f.n, lead));
        break;
    }
    case 2: {
        const Num p = count(5, 60, false), dd = count(30, 400, false), g = count(30, 300, false), c = count(20, 300, false);
        const double sum = p.value + dd.value + g.value + c.value;
        const Num t{groupThousands(qint64(sum)), sum, Qualifier::Exact};
        d.text = lead.text + subject
            + QStringLiteral("thi hành kỷ luật đối với %1 đảng viên (cấp tỉnh %2, cấp huyện %3, cấp cơ sở %4, cấp chi bộ %5).")
                  .arg(t.text, p.text, dd.text, g.text, c.text);
        d.facts = {fact(QStringLiteral("discipline.members"), t, lead),
                   fact(QStringLiteral("discipline.members"), p, lead, Level::Province),
                   fact(QStringLiteral("discipline.members"), dd, lead, Level::District),
                   fact(QStringLiteral("discipline.members"), g, lead, Level::Grassroots),
                   fact(QStringLiteral("discipline.members"), c, lead, Level::Cell)};
        break;
    }
    default: {
        const Num o = smallCount(1, 15), m = count(10, 900);
        d.text = lead.text + subject + QStringLiteral("thi hành kỷ luật %1 tổ chức đảng và %2 đảng viên.").arg(o.text, m.text);
        d.facts = {fact(QStringLiteral("discipline.party_orgs"), o, lead), fact(QStringLiteral("discipline.members"), m, lead)};
        break;
    }
    }
    return d;
}

Draft ReportGenerator::Impl::violations(const Lead &lead)
{
    Draft d;
    if (chance(0.7)) {
        const Num a = count(2, 60, false), b = count(2, 80, false), c = count(1, 20, false);
        const QString quotes = chance(0.5) ? QStringLiteral("“tự diễn biến”, “tự chuyển hóa”")
                                           : QStringLiteral("\"tự diễn biến\", \"tự chuyển hóa\"");
        d.text = lead.text
            + QStringLiteral("trong Đảng bộ %1 có %2 đảng viên vi phạm về tư tưởng chính trị; %3 đảng viên vi phạm về đạo đức, lối sống và %4 đảng viên vi phạm %5.")
                  .arg(provinceUnit(), a.text, b.text, c.text, quotes);
        d.facts = {fact(QStringLiteral("violation.members.political_ideology"), a, lead),
                   fact(QStringLiteral("violation.members.ethics_lifestyle"), b, lead),
                   fact(QStringLiteral("violation.members.self_evolution"), c, lead)};
    } else {
        const Num a = count(3, 300, false);
        d.text = lead.text + QStringLiteral("qua thanh tra, kiểm tra đã phát hiện %1 trường hợp sai phạm trong công tác tuyển dụng cán bộ, công chức, viên chức.")
                                 .arg(a.text);
        d.facts = {fact(QStringLiteral("cadre.recruitment_violations"), a, lead)};
    }
    return d;
}

Draft ReportGenerator::Impl::training(const Lead &lead)
{
    Draft d;
    const Num classes = count(10, 2000);
    const int eligible = between(2000, 120000);
    const int attended = eligible - between(0, eligible / 20);
    const double r = std::round(1000.0 * attended / eligible) / 10.0;
    const Num e{groupThousands(eligible), double(eligible), Qualifier::Exact};
    const Num p{groupThousands(attended), double(attended), Qualifier::Exact};
    const Num rt{(r == std::floor(r) ? QString::number(int(r)) : QString::number(r, 'f', 1).replace(u'.', u',')) + u'%', r,
                 Qualifier::Exact};
    const QString who = lead.text.isEmpty() ? partyBody() + u' ' : QStringLiteral("toàn Đảng bộ ");
    switch (below(3)) {
    case 0:
        d.text = lead.text + who + QStringLiteral("đã tổ chức %1 lớp với %2/%3 đảng viên dự học, đạt tỷ lệ %4.").arg(classes.text, p.text, e.text, rt.text);
        d.facts = {fact(QStringLiteral("training.classes"), classes, lead), fact(QStringLiteral("training.participants"), p, lead),
                   fact(QStringLiteral("training.eligible"), e, lead), fact(QStringLiteral("training.rate"), rt, lead)};
        break;
    case 1:
        d.text = lead.text + who + QStringLiteral("tổ chức %1 hội nghị quán triệt với %2 đảng viên tham gia học tập, đạt %3.").arg(classes.text, p.text, rt.text);
        d.facts = {fact(QStringLiteral("training.classes"), classes, lead), fact(QStringLiteral("training.participants"), p, lead),
                   fact(QStringLiteral("training.rate"), rt, lead)};
        break;
    default:
        d.text = lead.text + who + QStringLiteral("tổ chức %1 lớp học tập, quán triệt Nghị quyết; tỷ lệ đảng viên tham gia học tập đạt %2.").arg(classes.text, rt.text);
        d.facts = {fact(QStringLiteral("training.classes"), classes, lead), fact(QStringLiteral("training.rate"), rt, lead)};
        break;
    }
    return d;
}

Draft ReportGenerator::Impl::politicalSessions(const Lead &lead)
{
    Draft d;
    const Num n = count(100, 6000), m = count(2000, 300000);
    d.text = lead.text + QStringLiteral("toàn %1 tổ chức được %2 cuộc sinh hoạt chính trị, cho %3 lượt người dự.")
                             .arg(centralCity ? QStringLiteral("thành phố") : QStringLiteral("tỉnh"), n.text, m.text);
    d.facts = {fact(QStringLiteral("political_sessions.count"), n, lead),
               fact(QStringLiteral("political_sessions.participants"), m, lead)};
    return d;
}

Draft ReportGenerator::Impl::cadre(const Lead &lead)
{
    Draft d;
    switch (below(3)) {
    case 0: {
        const Num a = count(10, 400), t = count(5, 150);
        d.text = lead.text + QStringLiteral("đã bổ nhiệm %1 lượt cán bộ; điều động, luân chuyển %2 trường hợp giữ các chức danh thuộc diện Ban Thường vụ %3 quản lý.")
                                 .arg(a.text, t.text, shortCommittee());
        d.facts = {fact(QStringLiteral("cadre.appointed"), a, lead), fact(QStringLiteral("cadre.transferred"), t, lead)};
        break;
    }
    case 1: {
        const Num n = count(500, 90000);
        d.text = lead.text + QStringLiteral("%1 có %2 lượt cán bộ, công chức, viên chức được cử đào tạo, bồi dưỡng ở trong và ngoài nước.")
                                 .arg(centralCity ? QStringLiteral("thành phố") : QStringLiteral("tỉnh"), n.text);
        d.facts = {fact(QStringLiteral("cadre.trained"), n, lead)};
        break;
    }
    default: {
        const Num t = count(5, 120, false);
        d.text = lead.text + QStringLiteral("Ban Thường vụ %1 đã điều động, luân chuyển %2 cán bộ lãnh đạo, quản lý.").arg(shortCommittee(), t.text);
        d.facts = {fact(QStringLiteral("cadre.transferred"), t, lead)};
        break;
    }
    }
    return d;
}

Draft ReportGenerator::Impl::documents(const Lead &lead)
{
    Draft d;
    const Num n = count(3, 200);
    d.text = lead.text + QStringLiteral("Ban Thường vụ %1 đã ban hành %2 văn bản lãnh đạo, chỉ đạo thực hiện Nghị quyết.").arg(shortCommittee(), n.text);
    d.facts = {fact(QStringLiteral("documents.issued"), n, lead)};
    return d;
}

Draft ReportGenerator::Impl::models(const Lead &lead)
{
    Draft d;
    const Num all = count(200, 8000, false), prov = count(20, 190, false);
    d.text = lead.text + QStringLiteral("toàn %1 có %2 mô hình điển hình được tuyên dương, khen thưởng; %3 mô hình điển hình được khen thưởng cấp tỉnh.")
                             .arg(centralCity ? QStringLiteral("thành phố") : QStringLiteral("tỉnh"), all.text, prov.text);
    d.facts = {fact(QStringLiteral("exemplary_models.commended"), all, lead),
               fact(QStringLiteral("exemplary_models.commended"), prov, lead, Level::Province)};
    if (chance(0.4)) {
        const Num central = smallCount(1, 9);
        d.text.chop(1);
        d.text += QStringLiteral(" và %1 mô hình điển hình được tuyên dương cấp Trung ương.").arg(central.text);
        d.facts.append(fact(QStringLiteral("exemplary_models.commended"), central, lead, Level::Central));
    }
    return d;
}

Draft ReportGenerator::Impl::review()
{
    Draft d;
    const int y = between(2016, year);
    const Lead lead = chance(0.5) ? Lead{QStringLiteral("Trong đợt kiểm điểm, tự phê bình và phê bình cuối năm %1, ").arg(y), Period{y, y}}
                                  : Lead{QStringLiteral("Từ năm %1 đến nay, ").arg(between(2016, year)), std::nullopt};
    const QString top = QStringLiteral("Ban Thường vụ ") + shortCommittee();
    if (chance(0.3)) {
        const Num t = count(5, 90, false);
        d.text = lead.text + top + QStringLiteral(" đã gợi ý kiểm điểm đối với %1 tập thể, cá nhân.").arg(t.text);
        d.facts = {fact(QStringLiteral("review_suggestion.total"), t, lead, Level::Province)};
        return d;
    }
    const Num a = smallCount(1, 20, true), b = smallCount(1, 30, true), c = count(10, 120, false), e = count(10, 150, false);
    const QString lower = centralCity ? QStringLiteral("Ban Thường vụ các quận ủy, huyện ủy, thị ủy")
                                      : any({QStringLiteral("BTV cấp ủy cấp huyện"), QStringLiteral("Ban Thường vụ các huyện ủy, thị ủy, thành ủy")});
    d.text = lead.text + top
        + QStringLiteral(" đã gợi ý kiểm điểm sâu đối với %1 tập thể và %2 cá nhân cán bộ lãnh đạo diện Ban Thường vụ %3 quản lý; chỉ đạo %4 gợi ý kiểm điểm đối với %5 tập thể và %6 cá nhân.")
              .arg(a.text, b.text, shortCommittee(), lower, c.text, e.text);
    d.facts = {fact(QStringLiteral("review_suggestion.collectives"), a, lead, Level::Province),
               fact(QStringLiteral("review_suggestion.individuals"), b, lead, Level::Province),
               fact(QStringLiteral("review_suggestion.collectives"), c, lead, Level::District),
               fact(QStringLiteral("review_suggestion.individuals"), e, lead, Level::District)};
    return d;
}

Draft ReportGenerator::Impl::rating()
{
    Draft d;
    switch (below(3)) {
    case 0: {
        const int y = between(2016, year);
        const Lead lead{QStringLiteral("Năm %1, ").arg(y), Period{y, y}};
        const Num o = rate(80, 99.5), m = rate(80, 99.5);
        d.text = lead.text + QStringLiteral("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt %1; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt %2.")
                                 .arg(o.text, m.text);
        d.facts = {fact(QStringLiteral("rating.orgs_good.rate"), o, lead), fact(QStringLiteral("rating.members_good.rate"), m, lead)};
        break;
    }
    case 1: {
        // "năm 2021, 2022 đều đạt từ 95% trở lên": one fact per year and per subject
        const int y = between(2016, year - 1);
        Num x = rate(85, 95);
        x.value = std::floor(x.value);
        x.text = QString::number(int(x.value)) + u'%';
        x.qualifier = Qualifier::AtLeast;
        d.text = QStringLiteral("Kết quả đánh giá, xếp loại tổ chức đảng, đảng viên hoàn thành tốt nhiệm vụ trở lên năm %1, %2 đều đạt từ %3 trở lên.")
                     .arg(y).arg(y + 1).arg(x.text);
        for (int yy : {y, y + 1}) {
            const Lead lead{QString(), Period{yy, yy}};
            d.facts.append(fact(QStringLiteral("rating.orgs_good.rate"), x, lead));
            d.facts.append(fact(QStringLiteral("rating.members_good.rate"), x, lead));
        }
        break;
    }
    default: {
        const int y = year;
        const Lead lead{QStringLiteral("Năm %1, ").arg(y), Period{y, y}};
        Num x = rate(88, 96);
        x.value = std::floor(x.value);
        x.text = QString::number(int(x.value)) + u'%';
        x.qualifier = Qualifier::Projected;
        d.text = lead.text + any({QStringLiteral("dự kiến"), QStringLiteral("phấn đấu")})
            + QStringLiteral(" tỷ lệ tổ chức đảng, đảng viên hoàn thành tốt nhiệm vụ trở lên đạt từ %1 trở lên.").arg(x.text);
        d.facts = {fact(QStringLiteral("rating.orgs_good.rate"), x, lead), fact(QStringLiteral("rating.members_good.rate"), x, lead)};
        break;
    }
    }
    return d;
}

Draft ReportGenerator::Impl::organisation()
{
    Draft d;
    const Lead none;
    const Num orgs = count(40, 1500, false), members = count(2000, 300000);
    d.text = partyBody() + QStringLiteral(" hiện có %1 tổ chức cơ sở đảng với %2 đảng viên.").arg(orgs.text, members.text);
    d.facts = {fact(QStringLiteral("org.grassroots_orgs"), orgs, none), fact(QStringLiteral("org.members"), members, none)};
    return d;
}

Draft ReportGenerator::Impl::disciplineTable()
{
    Draft d;
    const Lead none;
    const Num r = count(3, 80, false), w = count(1, 30, false), m = count(1, 9, false), e = count(1, 15, false);
    const double total = r.value + w.value + m.value + e.value;
    const Num t{QString::number(qint64(total)), total, Qualifier::Exact};
    d.text = QStringLiteral("Kết quả thi hành kỷ luật đảng viên:\n- Kỷ luật: %1 đảng viên\n- Khiển trách: %2 đảng viên\n- Cảnh cáo: %3 đảng viên\n- Cách chức: %4 đảng viên\n- Khai trừ: %5 đảng viên")
                 .arg(t.text, r.text, w.text, m.text, e.text);
    d.facts = {fact(QStringLiteral("discipline.members"), t, none), fact(QStringLiteral("discipline.members.reprimand"), r, none),
               fact(QStringLiteral("discipline.members.warning"), w, none), fact(QStringLiteral("discipline.members.removal"), m, none),
               fact(QStringLiteral("discipline.members.expulsion"), e, none)};
    return d;
}

QString ReportGenerator::Impl::figureParagraph()
{
    using Maker = Draft (Impl::*)(const Lead &);
    static const Maker makers[] = {&Impl::inspection, &Impl::supervision, &Impl::discipline, &Impl::violations,
                                   &Impl::training,   &Impl::politicalSessions, &Impl::cadre, &Impl::documents,
                                   &Impl::models};
    const int kind = below(13);
    if (kind >= 9) {
        // self-contained paragraphs that handle their own period
        for (int attempt = 0; attempt < 8; ++attempt) {
            Draft d;
            switch (kind) {
            case 9: d = review(); break;
            case 10: d = rating(); break;
            case 11: d = organisation(); break;
            default: d = disciplineTable(); break;
            }
            if (plant(d))
                return capitalised(d.text);
        }
        return QString();
    }
    QStringList sentences;
    const Lead first = chooseLead();
    const int n = between(1, 3);
    for (int i = 0; i < n; ++i) {
        const Lead lead = i == 0 ? first : carryLead(first);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const Draft d = (this->*makers[i == 0 ? kind : below(9)])(lead);
            if (plant(d)) {
                sentences.append(capitalised(d.text));
                break;
            }
        }
    }
    if (chance(0.4))
        sentences.append(filler());
    return sentences.join(u' ');
}

QString ReportGenerator::Impl::documentNumber()
{
    const QString kinds[] = {QStringLiteral("Kế hoạch số %1-KH/TU"), QStringLiteral("Chương trình hành động số %1-CTr/TU"),
                             QStringLiteral("Chỉ thị số %1-CT/TU"), QStringLiteral("Quy định số %1-QĐ/TW"),
                             QStringLiteral("Kết luận số %1-KL/TW"), QStringLiteral("Hướng dẫn số %1-HD/BTCTW"),
                             QStringLiteral("Nghị quyết số %1-NQ/TU"), QStringLiteral("Quy định số %1-QĐi/TW")};
    const int n = between(1, 250);
    return kinds[below(8)].arg(n < 10 ? u'0' + QString::number(n) : QString::number(n));
}

QString ReportGenerator::Impl::date(bool slashes)
{
    const int dd = between(1, 28), mm = between(1, 12), yy = between(2010, year);
    return slashes ? QStringLiteral("%1/%2/%3").arg(dd).arg(mm).arg(yy) : QStringLiteral("%1-%2-%3").arg(dd).arg(mm).arg(yy);
}

QString ReportGenerator::Impl::filler()
{
    switch (below(16)) {
    case 0: return QStringLiteral("Ban Thường vụ %1 đã ban hành %2 ngày %3 về tổ chức học tập, quán triệt, tuyên truyền Nghị quyết.")
            .arg(shortCommittee(), documentNumber(), date(false));
    case 1: return QStringLiteral("Thực hiện %1 ngày %2 của Bộ Chính trị về tăng cường kỷ luật, kỷ cương trong Đảng.").arg(documentNumber(), date(true));
    case 2: return QStringLiteral("Căn cứ 27 biểu hiện được nêu trong Nghị quyết, cấp ủy, bí thư chi bộ cơ sở phổ biến cho từng cán bộ, đảng viên nhận diện các biểu hiện suy thoái.");
    case 3: return QStringLiteral("Công tác quy hoạch cán bộ bảo đảm phương châm “động” và “mở”, cơ cấu 3 độ tuổi.");
    case 4: return QStringLiteral("%1 là, tăng cường kiểm tra, giám sát, xử lý nghiêm tổ chức đảng, đảng viên vi phạm.")
            .arg(any({QStringLiteral("Hai"), QStringLiteral("Ba"), QStringLiteral("Bốn"), QStringLiteral("Thứ hai")}));
    case 5: return QStringLiteral("Nghị quyết Đại hội Đảng bộ %1 lần thứ %2 tiếp tục khẳng định quyết tâm xây dựng, chỉnh đốn Đảng.")
            .arg(provinceUnit(), roman(between(15, 20)));
    case 6: return QStringLiteral("Tổ chức sơ kết %1 năm thực hiện Chỉ thị số 05-CT/TW nhân dịp kỷ niệm %2 năm Ngày sinh Chủ tịch Hồ Chí Minh.")
            .arg(between(2, 5)).arg(any({QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("133")}));
    case 7: return QStringLiteral("Chương trình hành động xác định %1 nhiệm vụ thực hiện ngay, tập trung vào %2 nhóm: (1) công tác chính trị tư tưởng; (2) kiểm tra, giám sát, kỷ luật đảng.")
            .arg(between(8, 16)).arg(between(3, 5));
    case 8: return QStringLiteral("Liên hệ tòa soạn: 0%1.3%2.%3.").arg(between(203, 299)).arg(between(100, 999)).arg(between(100, 999));
    case 9: return QStringLiteral("Hội nghị lần thứ %1 Ban Chấp hành Đảng bộ %2 khóa %3 đã thảo luận, cho ý kiến.")
            .arg(between(2, 20)).arg(provinceUnit(), roman(between(15, 20)));
    case 10: return QStringLiteral("Năm %1 là năm có ý nghĩa quan trọng trong việc thực hiện Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025.").arg(year);
    case 11: return QStringLiteral("Việc triển khai thực hiện Nghị quyết Trung ương 4 (khóa %1) gắn với %2 ngày %3 được thực hiện nghiêm túc.")
            .arg(year <= 2021 ? QStringLiteral("XII") : QStringLiteral("XIII"), documentNumber(), date(false));
    case 12: return QStringLiteral("Quy định có %1 điều, tăng 0%2 điều so với Quy định số 08 của Trung ương.").arg(between(8, 15)).arg(between(1, 4));
    case 13: return QStringLiteral("Các cấp ủy, tổ chức đảng tập trung hướng dẫn, kiểm tra, giám sát, đôn đốc việc thực hiện Nghị quyết từ cấp ủy cấp tỉnh xuống chi bộ.");
    case 14: return QStringLiteral("Việc kiểm điểm, tự phê bình và phê bình được gắn với đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm.");
    default: return QStringLiteral("Công tác dân vận của Đảng và của chính quyền được quan tâm; vai trò giám sát của Mặt trận Tổ quốc được phát huy.");
    }
}

QString ReportGenerator::Impl::fillerParagraph()
{
    QStringList s;
    const int n = between(2, 4);
    for (int i = 0; i < n; ++i)
        s.append(filler());
    return s.join(u' ');
}

QString ReportGenerator::Impl::title()
{
    const QString term = year <= 2021 ? QStringLiteral("XII") : QStringLiteral("XIII");
    switch (below(4)) {
    case 0: return QStringLiteral("%1: kết quả %2 năm thực hiện Nghị quyết Trung ương 4 (khóa %3)").arg(committee()).arg(between(2, 5)).arg(term);
    case 1: return QStringLiteral("Kinh nghiệm của %1 trong thực hiện Nghị quyết Trung ương 4 (khóa %2)").arg(province, term);
    case 2: return QStringLiteral("%1 đẩy mạnh xây dựng, chỉnh đốn Đảng").arg(partyBody());
    default: return QStringLiteral("%1: nâng cao chất lượng công tác kiểm tra, giám sát").arg(province);
    }
}

QString ReportGenerator::Impl::leadParagraph()
{
    return QStringLiteral("Thời gian qua, Ban Thường vụ %1 đã tập trung lãnh đạo, chỉ đạo thực hiện nghiêm túc Nghị quyết Trung ương 4 "
                          "(khóa %2) về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, "
                          "đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.")
        .arg(committee(), year <= 2021 ? QStringLiteral("XII") : QStringLiteral("XIII"));
}

GeneratedReport ReportGenerator::Impl::generate(const GeneratorOptions &options)
{
    const ProvinceRow &row = provinceRows().at(below(int(provinceRows().size())));
    province = row.name;
    centralCity = row.centralCity;
    year = between(2017, 2024);
    oldTone = options.oldTones && chance(0.35);
    facts.clear();
    keys.clear();

    GeneratedReport report;
    report.title = finish(title());
    report.province = province;
    report.year = year;

    const QString separator = options.singleLine ? QStringLiteral(" ") : QStringLiteral("\n\n");
    QString text = report.title + (options.singleLine ? QStringLiteral(". ") : QStringLiteral("\n")) + finish(leadParagraph());
    qsizetype bytes = text.toUtf8().size();
    const int ordinaryParagraphs = between(8, 16);
    for (int i = 0; options.minBytes > 0 ? bytes < options.minBytes : i < ordinaryParagraphs; ++i) {
        QString paragraph = finish(chance(0.6) ? figureParagraph() : fillerParagraph());
        if (paragraph.isEmpty())
            continue;
        if (options.singleLine)
            paragraph.replace(u'\n', u' ');
        text += separator + paragraph;
        bytes += separator.size() + paragraph.toUtf8().size();
    }
    report.text = text;
    report.facts = facts;
    return report;
}

} // namespace thp::test
