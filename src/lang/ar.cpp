// Arabic: the words of a General Assembly resolution in Arabic, as one Language table.
//
// "إن الجمعية العامة،" opens the body. The first recital opens with "إذ" and every later one with
// "وإذ" ("and while"), nothing in italics; recitals end with the Arabic comma "،", operative
// paragraphs with the Arabic semicolon "؛". Operative paragraphs are numbered "1 -", sub-paragraphs
// "(أ)", "(ب)", "(ج)" in the old abjad order. The script runs right to left. Sessions are named in
// words after the noun ("الدورة السادسة والسبعون", "في دورتها السابعة والسبعين"), meetings in
// digits ("الجلسة العامة 45"), months by their Levantine and their Latin names at once
// ("كانون الأول/ديسمبر").
//
// An ordinal agrees with its noun in gender (the session, الدورة, is feminine; a summit, مؤتمر
// القمة, masculine) and its tens in case ("السبعون" after a subject, "السبعين" after a
// preposition). Every form from 1 to 199 is written once and looked up, hamza forms of alif
// read alike ("الاولى" is "الأولى"):
//
//   ordinal_words(76)  "السادسة والسبعون"      ordinal_in_words("الحادية والثمانين") 81
#include <array>
#include <string>
#include <unordered_map>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

constexpr std::array kRecitalOpeners = {"إذ"sv, "وإذ"sv};

constexpr std::array kOperativeOpeners = {
    "تهيب"sv, "تحث"sv, "تطلب"sv, "تقرر"sv, "تشجع"sv, "تدعو"sv, "ترحب"sv, "تؤكد"sv, "تحيط"sv, "تعرب"sv,
    "تشدد"sv, "توصي"sv, "تناشد"sv, "تسلم"sv, "تلاحظ"sv, "تعيد"sv, "تدين"sv, "تؤيد"sv, "تقر"sv, "تعترف"sv,
    "تكرر"sv, "تطالب"sv, "تأذن"sv, "تعلن"sv, "تعتمد"sv, "تشير"sv, "تقدر"sv, "تثني"sv,
};

// Levantine and Latin names together, as the United Nations writes them in dates; then the Latin
// names alone.
constexpr std::array kMonths = {
    "كانون الثاني/يناير"sv, "شباط/فبراير"sv, "آذار/مارس"sv, "نيسان/أبريل"sv, "أيار/مايو"sv,
    "حزيران/يونيه"sv, "تموز/يوليه"sv, "آب/أغسطس"sv, "أيلول/سبتمبر"sv, "تشرين الأول/أكتوبر"sv,
    "تشرين الثاني/نوفمبر"sv, "كانون الأول/ديسمبر"sv,
    "يناير"sv, "فبراير"sv, "مارس"sv, "أبريل"sv, "مايو"sv, "يونيه"sv,
    "يوليه"sv, "أغسطس"sv, "سبتمبر"sv, "أكتوبر"sv, "نوفمبر"sv, "ديسمبر"sv,
};

constexpr std::array kItemLetters = {"أ"sv, "ب"sv, "ج"sv, "د"sv, "هـ"sv, "و"sv, "ز"sv, "ح"sv, "ط"sv, "ي"sv,
                                     "ك"sv, "ل"sv, "م"sv, "ن"sv, "س"sv, "ع"sv, "ف"sv, "ص"sv, "ق"sv, "ر"sv,
                                     "ش"sv, "ت"sv, "ث"sv, "خ"sv, "ذ"sv, "ض"sv, "ظ"sv, "غ"sv};

constexpr std::array kReferenceWords = {"القرار"sv, "قرارها"sv, "الفقرة"sv, "المادة"sv, "المرفق"sv, "المقرر"sv,
                                        "الهدف"sv, "البند"sv, "العدد"sv, "المجلد"sv};
constexpr std::array kQuantityWords = {"في"sv, "من"sv, "إلى"sv, "و"sv, "على"sv, "بين"sv};
constexpr std::array kRangeWords = {"إلى"sv, "و"sv, "أو"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"المرفق"sv};
constexpr std::array kReportOpenings = {"[بناء على تقرير "sv};
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv};
constexpr std::array kClauseMarks = {"،"sv, "؛"sv, ":"sv, "."sv, "؟"sv, "!"sv, ","sv, ";"sv};

constexpr std::array kSessionWords = {"الدورة"sv, "دورتها"sv, "ودورتها"sv, "لدورتها"sv, "للدورة"sv,
                                      "والدورة"sv, "بالدورة"sv, "دورته"sv, "دورة"sv};
constexpr std::array kNumberedBodies = {"اللجنة"sv, "لجنتها"sv, "للجنة"sv, "واللجنة"sv};
constexpr std::array kEventWords = {"الجلسة"sv, "الذكرى"sv, "الدورة العادية"sv, "دورتها العادية"sv};
constexpr std::array kEventQualifiers = {"العادية"sv};
constexpr std::array kDateLinks = {"المؤرخ"sv, "المؤرخة"sv};
constexpr std::array kDayConjunctions = {"و"sv, "إلى"sv, "أو"sv};

constexpr std::array kParagraphWords = {"الفقرة"sv, "الفقرتين"sv, "الفقرتان"sv, "الفقرات"sv, "للفقرة"sv,
                                        "بالفقرة"sv, "والفقرة"sv, "الفقرة الفرعية"sv};
constexpr std::array kParagraphJoiners = {"و"sv, "إلى"sv, "أو"sv};
constexpr std::array kOwnQualifiers = {"أعلاه"sv, "أدناه"sv, "من هذا القرار"sv, "من هذا المقرر"sv, "من هذا المرفق"sv};

constexpr std::array kGlueWords = {"في"sv, "من"sv, "إلى"sv, "على"sv, "عن"sv, "و"sv, "أو"sv, "التي"sv, "الذي"sv,
                                   "هذا"sv, "هذه"sv, "مع"sv, "بين"sv, "كما"sv, "أن"sv, "إن"sv, "قد"sv, "ما"sv};

constexpr std::array kUnitsFeminine = {""sv, "الأولى"sv, "الثانية"sv, "الثالثة"sv, "الرابعة"sv, "الخامسة"sv,
                                       "السادسة"sv, "السابعة"sv, "الثامنة"sv, "التاسعة"sv, "العاشرة"sv};
constexpr std::array kUnitsMasculine = {""sv, "الأول"sv, "الثاني"sv, "الثالث"sv, "الرابع"sv, "الخامس"sv,
                                        "السادس"sv, "السابع"sv, "الثامن"sv, "التاسع"sv, "العاشر"sv};
constexpr std::array kTensNominative = {""sv, ""sv, "العشرون"sv, "الثلاثون"sv, "الأربعون"sv, "الخمسون"sv,
                                        "الستون"sv, "السبعون"sv, "الثمانون"sv, "التسعون"sv};
constexpr std::array kTensOblique = {""sv, ""sv, "العشرين"sv, "الثلاثين"sv, "الأربعين"sv, "الخمسين"sv,
                                     "الستين"sv, "السبعين"sv, "الثمانين"sv, "التسعين"sv};

/// One ordinal from 1 to 199 in one of its four forms.
std::string form(int n, bool feminine, bool oblique) {
  const auto& units = feminine ? kUnitsFeminine : kUnitsMasculine;
  std::string_view one = feminine ? "الحادية"sv : "الحادي"sv;  // "one" inside a compound
  if (n >= 100) {
    std::string hundred = "المائة";
    if (n == 100) return hundred;
    return (n == 101 ? std::string(one) : form(n - 100, feminine, oblique)) + " بعد " + hundred;
  }
  if (n <= 10) return std::string(units[static_cast<size_t>(n)]);
  if (n < 20) return std::string(n == 11 ? one : units[static_cast<size_t>(n - 10)]) + (feminine ? " عشرة" : " عشر");
  std::string tens(oblique ? kTensOblique[static_cast<size_t>(n / 10)] : kTensNominative[static_cast<size_t>(n / 10)]);
  if (n % 10 == 0) return tens;
  return std::string(n % 10 == 1 ? one : units[static_cast<size_t>(n % 10)]) + " و" + tens;
}

/// Folded, with the hamza forms of alif (أ إ آ) read as bare alif and "المئة" as "المائة".
std::string key(std::string_view words) {
  std::string k = fold(words);
  for (std::string_view hamza : {"أ"sv, "إ"sv, "آ"sv})
    for (size_t at = k.find(hamza); at != std::string::npos; at = k.find(hamza, at)) k.replace(at, hamza.size(), "ا");
  const std::string_view short_hundred = "المئة";
  for (size_t at = k.find(short_hundred); at != std::string::npos; at = k.find(short_hundred, at + 1))
    k.replace(at, short_hundred.size(), "المائة");
  return k;
}

std::optional<int> ordinal_in_words(std::string_view words) {
  static const std::unordered_map<std::string, int> kTable = [] {
    std::unordered_map<std::string, int> t;
    for (int n = 1; n <= 199; ++n)
      for (bool feminine : {true, false})
        for (bool oblique : {false, true}) t.emplace(key(form(n, feminine, oblique)), n);
    t.emplace(key("الأولى بعد المائة"), 101);
    t.emplace(key("الأول بعد المائة"), 101);
    return t;
  }();
  auto it = kTable.find(key(words));
  if (it == kTable.end()) return std::nullopt;
  return it->second;
}

std::optional<int> ordinal_in_digits(std::string_view) { return std::nullopt; }

// Feminine, nominative: the session line "الدورة السادسة والسبعون".
std::string ordinal_words(int n) {
  if (n < 1 || n > 199) return {};
  return form(n, true, false);
}

// The words of an Arabic committee report (include/resdiff/report_words.hpp), as the reports of the
// Main Committees write them: the passive with the verb first ("حُذفت", "أُدرجت", "استُعيض عن"),
// paragraphs of the preamble by feminine ordinal words ("الفقرة الخامسة من الديباجة"), of the operative
// part by number ("الفقرة 3 من المنطوق"), "(ب)" labels, the Arabic comma. The ordinal is nominative
// where the paragraph is what happened ("حُذفت الفقرة الحادية والعشرون") and genitive after a
// preposition ("في الفقرة الحادية والعشرين"); "الفقرة" is feminine, singular or plural, so every verb
// agrees alike: "في الفقرة الثالثة من الديباجة، استُعيض عن عبارة “تدمير التراث” بعبارة “التدمير
// المتعمد للتراث”."; "أُدرجت فقرة جديدة في المنطوق بعد الفقرة 3 من المنطوق، نصها كما يلي: “…”،
// وأُعيد ترقيم الفقرات اللاحقة تبعا لذلك."
std::string ordinal_in_role(int n, NameRole role) {
  if (n < 1 || n > 199) return std::to_string(n);
  return form(n, true, role != NameRole::Subject);
}

std::string ordinal_subject(int n) { return ordinal_in_role(n, NameRole::Subject); }

// A count before a feminine noun ("ثلاث فقرات").
std::string cardinal_words(int n) {
  static constexpr std::array<const char*, 11> kWords = {"صفر", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس",
                                                         "ست",  "سبع",   "ثماني",  "تسع",  "عشر"};
  return n >= 0 && n <= 10 ? kWords[static_cast<size_t>(n)] : std::to_string(n);
}

std::string digits(int n) { return std::to_string(n); }

// Nested items: "’1‘", "’2‘" (or "(1)") where English writes "(i)", "(ii)".
constexpr std::array kItemNumerals = {"1"sv,  "2"sv,  "3"sv,  "4"sv,  "5"sv,  "6"sv,  "7"sv,  "8"sv,  "9"sv,  "10"sv,
                                      "11"sv, "12"sv, "13"sv, "14"sv, "15"sv, "16"sv, "17"sv, "18"sv, "19"sv, "20"sv};
constexpr std::array kLabelBrackets = {"’"sv, "‘"sv};

constexpr ReportWords kReportWords = {
    .one = {"الفقرة {} من الديباجة", "الفقرة {} من المنطوق", "الفقرة الفرعية {} من الفقرة {} من المنطوق",
            "الفقرة {} من المرفق", "الفقرة {}"},
    .many = {"الفقرات {} من الديباجة", "الفقرات {} من المنطوق", "الفقرات الفرعية {} من الفقرة {} من المنطوق",
             "الفقرات {} من المرفق", "الفقرات {}"},
    .by_ordinal = {true, false, false, false, true},
    .one_new = {"الفقرة {} الجديدة من الديباجة", "الفقرة {} الجديدة من المنطوق",
                "الفقرة الفرعية {} الجديدة من الفقرة {} من المنطوق", "الفقرة {} الجديدة من المرفق", "الفقرة {} الجديدة"},
    .noun = {"فقرة جديدة في الديباجة", "فقرة جديدة في المنطوق", "فقرة فرعية جديدة", "فقرة جديدة في المرفق", "فقرة جديدة"},
    .nouns = {"فقرات جديدة في الديباجة", "فقرات جديدة في المنطوق", "فقرات فرعية جديدة", "فقرات جديدة في المرفق",
              "فقرات جديدة"},
    .list_comma = "، ",
    .list_and = " و",

    .in_clause = "في {}، {}",
    .word_replaced = "استُعيض عن كلمة {} بكلمة {}",
    .words_replaced = "استُعيض عن عبارة {} بعبارة {}",
    .word_inserted_after = "أُدرجت كلمة {} بعد {}",
    .words_inserted_after = "أُدرجت عبارة {} بعد {}",
    .word_inserted_before = "أُدرجت كلمة {} قبل {}",
    .words_inserted_before = "أُدرجت عبارة {} قبل {}",
    .word_deleted = "حُذفت كلمة {}",
    .words_deleted = "حُذفت عبارة {}",
    .word_deleted_after = "حُذفت كلمة {} الواردة بعد {}",
    .words_deleted_after = "حُذفت عبارة {} الواردة بعد {}",
    .technical_mark = "{} (تحديث تقني)",

    .inserted_after = "أُدرجت {} بعد {}، نصها كما يلي: {}",
    .inserted_after_many = "أُدرجت {} {} بعد {}، نصها كما يلي: {}",
    .inserted_before = "أُدرجت {} قبل {}، نصها كما يلي: {}",
    .inserted_before_many = "أُدرجت {} {} قبل {}، نصها كما يلي: {}",
    .inserted = "أُدرجت {}، نصها كما يلي: {}",
    .inserted_many = "أُدرجت {} {}، نصها كما يلي: {}",
    .deleted = "حُذفت {}",
    .deleted_many = "حُذفت {}",
    .moved_after = "نُقلت {} إلى ما بعد {}",
    .moved_before = "نُقلت {} إلى ما قبل {}",
    .split = "قُسمت {} إلى {} فقرات",
    .split_begins = "تبدأ {} بعبارة {}",
    .split_then = "{}؛ {}",
    .merged = "دُمجت {} في فقرة واحدة",
    .and_edits = "{}، وفيها {}",
    .renumbered = "{}، وأُعيد ترقيم الفقرات اللاحقة تبعا لذلك",
    .sentence = "{}.",

    .fields = {{{"symbol", "الرمز"},
                {"session", "الدورة"},
                {"date", "تاريخ الاتخاذ"},
                {"title", "العنوان"},
                {"agenda_item", "البند من جدول الأعمال"},
                {"report", "الإشارة إلى التقرير"},
                {"closing", "بيان الجلسة"},
                {"committee", "اسم اللجنة"},
                {"sponsors", "قائمة مقدمي مشروع القرار"}}},
    .field_replaced = "في {}، استُعيض عن {} بـ{}",
    .field_added = "في {}، أُضيف {}",
    .field_removed = "في {}، حُذف {}",
    .footnote_added = "أُضيفت حاشية جديدة متعلقة ب{}، نصها: {}",
    .footnote_added_free = "أُضيفت حاشية جديدة نصها: {}",
    .footnote_removed = "حُذفت الحاشية المتعلقة ب{}، {}",
    .footnote_removed_free = "حُذفت الحاشية {}",
    .footnote_replaced = "في الحاشية المتعلقة ب{}، استُعيض عن {} بـ{}",
    .footnote_replaced_free = "في إحدى الحواشي، استُعيض عن {} بـ{}",

    .title = "التغييرات من {} إلى {}",
    .compared = "مقارنة {} بـ{}.",
    .no_differences = "لا توجد اختلافات.",
    .technical_only = "تحديثات تقنية فقط (الدورات والتواريخ والرموز): لا تغيير في المضمون.",
    .substantive_heading = "التغييرات الموضوعية",
    .technical_heading = "التحديثات التقنية",
    .counts_heading = "الأعداد",
    .open_quote = "“",
    .close_quote = "”",

    .cardinal = cardinal_words,
    .ordinal = ordinal_subject,
    .ordinal_as = ordinal_in_role,
    .session_detail = "الدورة {}",
    .detail_separator = "، ",
    .ordinal_digits = digits,
    .changes_heading = "التغييرات",
    .count_columns = {"الجزء", "دون تغيير", "معدلة", "منقولة", "مدرجة", "محذوفة", "مقسمة", "مدمجة", "تقنية",
                      "موضوعية"},
    .part_names = {"الديباجة", "المنطوق", "الفقرات الفرعية", "المرفق", "النص"},
};

constexpr Language kArabic{
    .code = "ar",
    .name = "Arabic",
    .direction = Direction::RightToLeft,
    .script = Script::Arabic,
    .assembly = "إن الجمعية العامة",
    .capitalised_clauses = false,
    .dash_numbers = true,
    .item_letters = kItemLetters,
    .item_numerals = kItemNumerals,
    .label_brackets = kLabelBrackets,
    .recital_openers = kRecitalOpeners,
    .operative_openers = kOperativeOpeners,
    .months = kMonths,
    .reference_words = kReferenceWords,
    .quantity_words = kQuantityWords,
    .range_words = kRangeWords,
    .annex_words = kAnnexWords,
    .report_openings = kReportOpenings,
    .unnamed_committee = "اللجنة",
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"((?:^|\n| )الدورة ([^\n]+?)(?:\n|$| البند))",
    .adopted_pattern = R"(اتخذته الجمعية العامة في (\d{1,2}) ([^\d\n]+?) (\d{4}))",
    .agenda_pattern = R"(البند(?:ان)? (\d+(?: \([^()\s]{1,4}\))?(?:(?:، | و)\d+(?: \([^()\s]{1,4}\))?)*) من جدول الأعمال)",
    .report_pattern = R"(\[(?:بناء على تقرير [^\[\]()]*|دون إحالة إلى لجنة رئيسية) \(([^()]*)\)\])",
    .closing_pattern = R"(^(الجلسة العامة \d+)(?:(?:،)? (\d{1,2} [^\d]+ \d{4}))?\.?$)",
    .date_pattern = R"((\d{1,2}) ([^\d\n]+?) (\d{4}))",
    .list_separator = "، ",
    .plenary_meeting = {},
    .session_words = kSessionWords,
    .numbered_bodies = kNumberedBodies,
    .day_conjunctions = kDayConjunctions,
    .event_words = kEventWords,
    .event_qualifiers = kEventQualifiers,
    .date_links = kDateLinks,
    .noun_first = true,
    .ordinal_span = 4,
    .phrase_span = 2,
    .ordinal_in_words = ordinal_in_words,
    .ordinal_in_digits = ordinal_in_digits,
    .paragraph_words = kParagraphWords,
    .paragraph_joiners = kParagraphJoiners,
    .own_qualifiers = kOwnQualifiers,
    .glue_words = kGlueWords,
    .formula = "إن الجمعية العامة،",
    .annex_heading = "المرفق",
    .italic_openers = false,
    .session_line = "الدورة {}",
    .agenda_line = "البند {} من جدول الأعمال",
    .agenda_lines = "البندان {} من جدول الأعمال",
    .adopted_line = "قرار اتخذته الجمعية العامة في {}",
    .report_line = "[بناء على تقرير {} ({})]",
    .without_reference_line = "[دون إحالة إلى لجنة رئيسية ({})]",
    .date_format = "{d} {m} {y}",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& arabic() { return kArabic; }

}  // namespace resdiff::lang
