// Russian: the words of a General Assembly resolution in Russian, as one Language table.
//
// "Генеральная Ассамблея," opens the body, and every clause after it starts in lower case:
// recitals with a gerund or a participle in italics ("ссылаясь", "будучи глубоко обеспокоена"),
// operative paragraphs with a verb ("1. призывает", "5. просит"). Sub-paragraphs are labelled with
// Cyrillic letters, "а)", "б)", "в)"; sessions are named in words ("Семьдесят шестая сессия"),
// meetings in digits ("45-е пленарное заседание") and dates with the month in the genitive and
// "года" after the year ("6 декабря 2021 года").
//
// An ordinal in words is a cardinal for the tens and hundreds and an ordinal adjective for the
// rest, which alone is declined: "семьдесят шестая сессия", "на ее семьдесят седьмой сессии",
// "семьдесят седьмую сессию". The adjective is read by its stem ("седьм" 7) and any adjective
// ending ("-ая", "-ой", "-ую", "-ого" …; "третий" has its own: "-ья", "-ьей" …).
//
//   ordinal_words(76) "семьдесят шестая"     ordinal_in_words("восемьдесят первой") 81
#include <array>
#include <string>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

constexpr std::array kCommonWords = {"и"sv, "в"sv, "на"sv, "по"sv, "с"sv};

constexpr std::array kRecitalOpeners = {
    "будучи"sv, "вновь"sv, "выражая"sv, "высоко"sv, "глубоко"sv, "желая"sv, "заявляя"sv, "исходя"sv,
    "констатируя"sv, "напоминая"sv, "отдавая"sv, "отмечая"sv, "памятуя"sv, "подтверждая"sv,
    "подчеркивая"sv, "полагая"sv, "приветствуя"sv, "признавая"sv, "принимая"sv, "руководствуясь"sv,
    "с"sv, "серьезно"sv, "сознавая"sv, "ссылаясь"sv, "считая"sv, "учитывая"sv, "осуждая"sv,
};

constexpr std::array kOperativeOpeners = {
    "вновь"sv, "высоко"sv, "выражает"sv, "заявляет"sv, "настоятельно"sv, "одобряет"sv, "осуждает"sv,
    "отмечает"sv, "обращается"sv, "поддерживает"sv, "подтверждает"sv, "подчеркивает"sv,
    "постановляет"sv, "поощряет"sv, "предлагает"sv, "призывает"sv, "признает"sv, "приветствует"sv,
    "принимает"sv, "просит"sv, "рекомендует"sv, "решает"sv, "считает"sv, "требует"sv, "уполномочивает"sv,
    "утверждает"sv, "напоминает"sv,
};

constexpr std::array kItemOpeners = {"укрепление"sv, "содействие"sv, "поддержка"sv, "обеспечение"sv};

// Genitive (in dates), then nominative, then prepositional ("в мае 2024 года").
constexpr std::array kMonths = {
    "января"sv, "февраля"sv, "марта"sv, "апреля"sv, "мая"sv, "июня"sv,
    "июля"sv, "августа"sv, "сентября"sv, "октября"sv, "ноября"sv, "декабря"sv,
    "январь"sv, "февраль"sv, "март"sv, "апрель"sv, "май"sv, "июнь"sv,
    "июль"sv, "август"sv, "сентябрь"sv, "октябрь"sv, "ноябрь"sv, "декабрь"sv,
    "январе"sv, "феврале"sv, "марте"sv, "апреле"sv, "мае"sv, "июне"sv,
    "июле"sv, "августе"sv, "сентябре"sv, "октябре"sv, "ноябре"sv, "декабре"sv,
};

constexpr std::array kItemLetters = {"а"sv, "б"sv, "в"sv, "г"sv, "д"sv, "е"sv, "ж"sv, "з"sv, "и"sv, "к"sv,
                                     "л"sv, "м"sv, "н"sv, "о"sv, "п"sv, "р"sv, "с"sv, "т"sv, "у"sv, "ф"sv,
                                     "х"sv, "ц"sv, "ч"sv, "ш"sv, "щ"sv, "э"sv, "ю"sv, "я"sv};

constexpr std::array kReferenceWords = {
    "резолюция"sv, "резолюции"sv, "резолюцию"sv, "резолюций"sv, "пункт"sv, "пункта"sv, "пункте"sv,
    "пункты"sv, "пунктов"sv, "п."sv, "статья"sv, "статьи"sv, "статье"sv, "приложение"sv, "приложения"sv,
    "решение"sv, "решения"sv, "цель"sv, "цели"sv, "глава"sv, "главы"sv, "раздел"sv, "том"sv, "№"sv,
};

constexpr std::array kQuantityWords = {"в"sv, "на"sv, "с"sv, "по"sv, "от"sv, "до"sv, "и"sv, "из"sv, "к"sv, "за"sv};
constexpr std::array kRangeWords = {"и"sv, "или"sv, "по"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"приложение"sv};
constexpr std::array kReportOpenings = {"[по докладу "sv};
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv, "п."sv, "т."sv};
constexpr std::array kClauseMarks = {","sv, ";"sv, ":"sv, "."sv, "?"sv, "!"sv};

constexpr std::array kMarkerBlockers = {
    "резолюция"sv, "резолюции"sv, "резолюцию"sv, "пункт"sv, "пункта"sv, "пункте"sv, "пункты"sv,
    "статья"sv, "статьи"sv, "приложение"sv, "решение"sv, "цель"sv, "цели"sv, "глава"sv, "раздел"sv, "том"sv,
};
constexpr std::array kCountNouns = {"млн"sv, "млрд"sv, "лет"sv, "года"sv, "месяцев"sv, "дней"sv, "процентов"sv};

constexpr std::array kSessionWords = {"сессия"sv, "сессии"sv, "сессию"sv, "сессией"sv, "сессиях"sv, "сессий"sv};
constexpr std::array kNumberedBodies = {"комитет"sv, "комитета"sv, "комитету"sv, "комитетом"sv, "комитете"sv, "комитеты"sv};
constexpr std::array kEventWords = {"заседание"sv, "заседании"sv, "заседания"sv, "годовщина"sv, "годовщины"sv, "годовщину"sv, "годовщиной"sv};
constexpr std::array kEventQualifiers = {"очередной"sv, "очередная"sv, "очередную"sv, "пленарное"sv, "пленарном"sv};
constexpr std::array kDateLinks = {"от"sv};
constexpr std::array kDayConjunctions = {"и"sv, "по"sv, "или"sv};

constexpr std::array kParagraphWords = {
    "пункт"sv, "пункта"sv, "пункте"sv, "пунктом"sv, "пункту"sv, "пункты"sv, "пунктах"sv, "пунктов"sv,
    "пунктами"sv, "пунктам"sv, "подпункт"sv, "подпункта"sv, "подпункте"sv, "подпункты"sv, "подпунктах"sv,
};
constexpr std::array kParagraphJoiners = {"и"sv, "или"sv, "–"sv};
constexpr std::array kOwnQualifiers = {
    "выше"sv, "ниже"sv, "настоящей резолюции"sv, "настоящего решения"sv, "настоящего приложения"sv,
};

constexpr std::array kGlueWords = {
    "и"sv, "или"sv, "в"sv, "во"sv, "на"sv, "с"sv, "со"sv, "к"sv, "по"sv, "о"sv, "об"sv, "от"sv, "для"sv,
    "из"sv, "за"sv, "что"sv, "его"sv, "ее"sv, "их"sv, "свою"sv, "своей"sv, "свои"sv, "своего"sv, "этот"sv,
    "эта"sv, "эти"sv, "был"sv, "была"sv, "были"sv, "также"sv, "а"sv, "не"sv,
};

constexpr std::array kOpenerContinuations = {
    "также"sv, "далее"sv, "глубоко"sv, "обеспокоена"sv, "убеждена"sv, "во"sv, "внимание"sv, "к"sv,
    "сведению"sv, "подтверждая"sv, "удовлетворением"sv, "обеспокоенностью"sv, "отмечая"sv, "призывает"sv,
};
constexpr std::array kOpenerAdverbs = {"будучи"sv, "вновь"sv, "с"sv, "принимая"sv, "настоятельно"sv, "высоко"sv,
                                      "глубоко"sv, "серьезно"sv};

/// A stem of an ordinal adjective and its value.
struct Stem {
  std::string_view stem;
  int value;
};

constexpr std::array kStems = {
    Stem{"перв", 1},         Stem{"втор", 2},          Stem{"трет", 3},           Stem{"четверт", 4},
    Stem{"пят", 5},          Stem{"шест", 6},          Stem{"седьм", 7},          Stem{"восьм", 8},
    Stem{"девят", 9},        Stem{"десят", 10},        Stem{"одиннадцат", 11},    Stem{"двенадцат", 12},
    Stem{"тринадцат", 13},   Stem{"четырнадцат", 14},  Stem{"пятнадцат", 15},     Stem{"шестнадцат", 16},
    Stem{"семнадцат", 17},   Stem{"восемнадцат", 18},  Stem{"девятнадцат", 19},   Stem{"двадцат", 20},
    Stem{"тридцат", 30},     Stem{"сороков", 40},      Stem{"пятидесят", 50},     Stem{"шестидесят", 60},
    Stem{"семидесят", 70},   Stem{"восьмидесят", 80},  Stem{"девяност", 90},      Stem{"сот", 100},
    Stem{"двухсот", 200},
};

constexpr std::array kEndings = {"ый"sv, "ой"sv, "ий"sv, "ая"sv, "яя"sv, "ое"sv, "ее"sv, "ую"sv, "юю"sv, "ые"sv,
                                 "ие"sv, "ого"sv, "его"sv, "ому"sv, "ему"sv, "ым"sv, "им"sv, "ом"sv, "ем"sv,
                                 "ых"sv, "их"sv, "ыми"sv, "ими"sv, "ей"sv};
constexpr std::array kThirdEndings = {"ий"sv, "ья"sv, "ье"sv, "ьи"sv, "ьего"sv, "ьей"sv, "ьему"sv, "ьим"sv,
                                      "ьем"sv, "ью"sv, "ьих"sv, "ьими"sv};

/// Cardinals that stand before the declined ordinal.
struct Cardinal {
  std::string_view word;
  int value;
};
constexpr std::array kCardinals = {
    Cardinal{"двадцать", 20}, Cardinal{"тридцать", 30},    Cardinal{"сорок", 40},  Cardinal{"пятьдесят", 50},
    Cardinal{"шестьдесят", 60}, Cardinal{"семьдесят", 70}, Cardinal{"восемьдесят", 80}, Cardinal{"девяносто", 90},
    Cardinal{"сто", 100},     Cardinal{"двести", 200},
};

/// Folded, with "ё" read as "е".
std::string key(std::string_view word) {
  std::string k = fold(word);
  for (size_t at = k.find("ё"); at != std::string::npos; at = k.find("ё", at)) k.replace(at, 2, "е");
  return k;
}

/// The value of a declined ordinal adjective, or 0.
int adjective_value(const std::string& w) {
  for (const Stem& s : kStems) {
    if (w.compare(0, s.stem.size(), s.stem) != 0) continue;
    std::string_view ending = std::string_view(w).substr(s.stem.size());
    const auto& endings = s.value == 3 ? std::span<const std::string_view>(kThirdEndings) : std::span<const std::string_view>(kEndings);
    for (std::string_view e : endings)
      if (ending == e) return s.value;
  }
  return 0;
}

std::optional<int> ordinal_in_words(std::string_view words) {
  std::string all = key(words);
  std::vector<std::string> parts;
  for (size_t start = 0; start < all.size();) {
    size_t end = all.find_first_of(" -", start);
    if (end == std::string::npos) end = all.size();
    if (end > start) parts.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  if (parts.empty()) return std::nullopt;
  int total = adjective_value(parts.back());
  if (total == 0) return std::nullopt;
  int below = total < 10 ? 10 : total < 100 ? 100 : 1000;  // what the cardinals before it may not reach
  for (size_t k = parts.size() - 1; k-- > 0;) {
    auto it = std::find_if(kCardinals.begin(), kCardinals.end(), [&](const Cardinal& c) { return c.word == parts[k]; });
    if (it == kCardinals.end() || it->value < below) return std::nullopt;
    total += it->value;
    below = it->value >= 100 ? 1000 : 100;
  }
  return total;
}

// "45-е", "45-й", "45-го", "45-м".
std::optional<int> ordinal_in_digits(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 6 || digits + 1 >= word.size() || word[digits] != '-') return std::nullopt;
  std::string_view suffix = word.substr(digits + 1);
  for (std::string_view s : {"е"sv, "й"sv, "я"sv, "го"sv, "м"sv, "му"sv, "х"sv, "ю"sv, "ое"sv, "ая"sv, "ой"sv})
    if (suffix == s) return std::stoi(std::string(word.substr(0, digits)));
  return std::nullopt;
}

constexpr std::array kUnitsFeminine = {""sv, "первая"sv, "вторая"sv, "третья"sv, "четвертая"sv, "пятая"sv,
                                       "шестая"sv, "седьмая"sv, "восьмая"sv, "девятая"sv, "десятая"sv,
                                       "одиннадцатая"sv, "двенадцатая"sv, "тринадцатая"sv, "четырнадцатая"sv,
                                       "пятнадцатая"sv, "шестнадцатая"sv, "семнадцатая"sv, "восемнадцатая"sv,
                                       "девятнадцатая"sv};
constexpr std::array kTensFeminine = {""sv, ""sv, "двадцатая"sv, "тридцатая"sv, "сороковая"sv, "пятидесятая"sv,
                                      "шестидесятая"sv, "семидесятая"sv, "восьмидесятая"sv, "девяностая"sv};
constexpr std::array kTensCardinal = {""sv, ""sv, "двадцать"sv, "тридцать"sv, "сорок"sv, "пятьдесят"sv,
                                      "шестьдесят"sv, "семьдесят"sv, "восемьдесят"sv, "девяносто"sv};

// Feminine nominative, as it stands before "сессия": "семьдесят шестая".
std::string ordinal_words(int n) {
  if (n < 1 || n > 299) return {};
  std::string out;
  if (n >= 100) {
    if (n == 100) return "сотая";
    if (n == 200) return "двухсотая";
    out = n < 200 ? "сто " : "двести ";
    n %= 100;
  }
  if (n < 20) return out + std::string(kUnitsFeminine[static_cast<size_t>(n)]);
  if (n % 10 == 0) return out + std::string(kTensFeminine[static_cast<size_t>(n / 10)]);
  return out + std::string(kTensCardinal[static_cast<size_t>(n / 10)]) + " " + std::string(kUnitsFeminine[static_cast<size_t>(n % 10)]);
}

// The words of a Russian committee report (include/resdiff/report_words.hpp), as the reports of
// the Main Committees write them: пункты of the preamble by ordinal words ("пятый пункт
// преамбулы"), of the operative part by number ("пункт 3 постановляющей части"), labels in
// brackets ("подпункт (b) пункта 3"), «» quotes. Russian declines, so a name has one form per
// role: the nominative for what happened to it, the prepositional for "в пятом пункте", the
// genitive after "после", the instrumental after "перед" and the dative after "сноска к"; an
// ordinal declines its last word ("двадцать пятом"). Every noun is masculine (пункт, подпункт,
// абзац), so every participle agrees alike: "В пятом пункте преамбулы слово «резолюция» было
// заменено словом «резолюции»."; "Новый пункт следующего содержания был включен после пункта 3
// постановляющей части: «…», и нумерация последующих пунктов была соответствующим образом изменена."
constexpr std::array kUnitsMasculine = {""sv, "первый"sv, "второй"sv, "третий"sv, "четвертый"sv, "пятый"sv,
                                        "шестой"sv, "седьмой"sv, "восьмой"sv, "девятый"sv, "десятый"sv,
                                        "одиннадцатый"sv, "двенадцатый"sv, "тринадцатый"sv, "четырнадцатый"sv,
                                        "пятнадцатый"sv, "шестнадцатый"sv, "семнадцатый"sv, "восемнадцатый"sv,
                                        "девятнадцатый"sv};
constexpr std::array kTensMasculine = {""sv, ""sv, "двадцатый"sv, "тридцатый"sv, "сороковой"sv, "пятидесятый"sv,
                                       "шестидесятый"sv, "семидесятый"sv, "восьмидесятый"sv, "девяностый"sv};

// Masculine, in the case of a role: (5, Subject) "пятый", (5, In) "пятом", (3, After) "третьего",
// (25, Before) "двадцать пятым", (2, Of) "второму".
std::string ordinal_masculine(int n, NameRole role) {
  if (n < 1 || n > 199) return std::to_string(n);
  std::string head = n >= 100 ? (n == 100 ? "" : "сто ") : "";
  int rest = n % 100;
  std::string last;
  if (n == 100) last = "сотый";
  else if (rest < 20) last = kUnitsMasculine[static_cast<size_t>(rest)];
  else if (rest % 10 == 0) last = kTensMasculine[static_cast<size_t>(rest / 10)];
  else {
    head += std::string(kTensCardinal[static_cast<size_t>(rest / 10)]) + " ";
    last = kUnitsMasculine[static_cast<size_t>(rest % 10)];
  }
  if (role == NameRole::Subject) return head + last;
  // "третий" is soft ("третьего"); every other ending is "-ый" or "-ой" ("пятого", "второго")
  bool soft = last == "третий";
  std::string stem = soft ? "треть" : last.substr(0, last.size() - std::string_view("ый").size());
  std::string_view ending;
  switch (role) {
    case NameRole::In: ending = soft ? "ем" : "ом"; break;
    case NameRole::After: ending = soft ? "его" : "ого"; break;
    case NameRole::Before: ending = soft ? "им" : "ым"; break;
    case NameRole::Of: ending = soft ? "ему" : "ому"; break;
    case NameRole::Subject: break;
  }
  return head + stem + std::string(ending);
}

std::string ordinal_subject(int n) { return ordinal_masculine(n, NameRole::Subject); }

std::string cardinal_words(int n) {
  static constexpr std::array<const char*, 11> kWords = {"ни одного", "один", "два",  "три",    "четыре", "пять",
                                                         "шесть",     "семь", "восемь", "девять", "десять"};
  return n >= 0 && n <= 10 ? kWords[static_cast<size_t>(n)] : std::to_string(n);
}

// "78-я" (сессия is feminine).
std::string ordinal_digits(int n) { return std::to_string(n) + "-я"; }

constexpr ReportWords kReportWords = {
    .one = {"{} пункт преамбулы", "пункт {} постановляющей части", "подпункт {} пункта {} постановляющей части",
            "пункт {} приложения", "{} абзац"},
    .many = {"{} пункты преамбулы", "пункты {} постановляющей части", "подпункты {} пункта {} постановляющей части",
             "пункты {} приложения", "{} абзацы"},
    .by_ordinal = {true, false, false, false, true},
    .one_new = {"новый {} пункт преамбулы", "новый пункт {} постановляющей части",
                "новый подпункт {} пункта {} постановляющей части", "новый пункт {} приложения", "новый {} абзац"},
    .noun = {"новый пункт преамбулы", "новый пункт", "новый подпункт", "новый пункт", "новый абзац"},
    .nouns = {"новых пункта преамбулы", "новых пункта", "новых подпункта", "новых пункта", "новых абзаца"},
    .one_as = {{
        // In (prepositional): "в пятом пункте преамбулы"
        {"{} пункте преамбулы", "пункте {} постановляющей части", "подпункте {} пункта {} постановляющей части",
         "пункте {} приложения", "{} абзаце"},
        // After (genitive): "после пункта 3"
        {"{} пункта преамбулы", "пункта {} постановляющей части", "подпункта {} пункта {} постановляющей части",
         "пункта {} приложения", "{} абзаца"},
        // Before (instrumental): "перед пунктом 3"
        {"{} пунктом преамбулы", "пунктом {} постановляющей части", "подпунктом {} пункта {} постановляющей части",
         "пунктом {} приложения", "{} абзацем"},
        // Of (dative): "сноска к пункту 3"
        {"{} пункту преамбулы", "пункту {} постановляющей части", "подпункту {} пункта {} постановляющей части",
         "пункту {} приложения", "{} абзацу"},
    }},
    .many_as = {{
        {"{} пунктах преамбулы", "пунктах {} постановляющей части", "подпунктах {} пункта {} постановляющей части",
         "пунктах {} приложения", "{} абзацах"},
        {"{} пунктов преамбулы", "пунктов {} постановляющей части", "подпунктов {} пункта {} постановляющей части",
         "пунктов {} приложения", "{} абзацев"},
        {"{} пунктами преамбулы", "пунктами {} постановляющей части", "подпунктами {} пункта {} постановляющей части",
         "пунктами {} приложения", "{} абзацами"},
        {"{} пунктам преамбулы", "пунктам {} постановляющей части", "подпунктам {} пункта {} постановляющей части",
         "пунктам {} приложения", "{} абзацам"},
    }},
    .list_comma = ", ",
    .list_and = " и ",

    .in_clause = "в {} {}",
    .word_replaced = "слово {} было заменено словом {}",
    .words_replaced = "слова {} были заменены словами {}",
    .word_inserted_after = "слово {} было вставлено после {}",
    .words_inserted_after = "слова {} были вставлены после {}",
    .word_inserted_before = "слово {} было вставлено перед {}",
    .words_inserted_before = "слова {} были вставлены перед {}",
    .word_deleted = "слово {} было исключено",
    .words_deleted = "слова {} были исключены",
    .word_deleted_after = "слово {}, стоявшее после {}, было исключено",
    .words_deleted_after = "слова {}, стоявшие после {}, были исключены",
    .technical_mark = "{} (техническое обновление)",

    .inserted_after = "{} следующего содержания был включен после {}: {}",
    .inserted_after_many = "{} {} следующего содержания были включены после {}: {}",
    .inserted_before = "{} следующего содержания был включен перед {}: {}",
    .inserted_before_many = "{} {} следующего содержания были включены перед {}: {}",
    .inserted = "{} следующего содержания был включен: {}",
    .inserted_many = "{} {} следующего содержания были включены: {}",
    .deleted = "{} был исключен",
    .deleted_many = "{} были исключены",
    .moved_after = "{} был перемещен и помещен после {}",
    .moved_before = "{} был перемещен и помещен перед {}",
    .split = "{} был разделен на {} пункта",
    .split_begins = "{} начинается словами {}",
    .split_then = "{}; {}",
    .merged = "{} были объединены в один пункт",
    .and_edits = "{}, и в нем {}",
    .renumbered = "{}, и нумерация последующих пунктов была соответствующим образом изменена",
    .sentence = "{}.",

    .fields = {{{"symbol", "в условном обозначении"},
                {"session", "в номере сессии"},
                {"date", "в дате принятия"},
                {"title", "в названии"},
                {"agenda_item", "в пункте повестки дня"},
                {"report", "в ссылке на доклад"},
                {"closing", "в указании заседания"},
                {"committee", "в названии комитета"},
                {"sponsors", "в списке авторов"}}},
    .field_replaced = "{} {} заменено на {}",
    .field_added = "{} добавлено {}",
    .field_removed = "{} исключено {}",
    .footnote_added = "добавлена новая сноска к {}: {}",
    .footnote_added_free = "добавлена новая сноска: {}",
    .footnote_removed = "сноска к {}, {}, была исключена",
    .footnote_removed_free = "сноска {} была исключена",
    .footnote_replaced = "в сноске к {} {} заменено на {}",
    .footnote_replaced_free = "в одной из сносок {} заменено на {}",

    .title = "Изменения от {} к {}",
    .compared = "{} по сравнению с {}.",
    .no_differences = "Различий нет.",
    .technical_only = "Только технические обновления (сессии, даты, условные обозначения): изменений по существу нет.",
    .substantive_heading = "Изменения по существу",
    .technical_heading = "Технические обновления",
    .counts_heading = "Подсчет",
    .open_quote = "«",
    .close_quote = "»",

    .cardinal = cardinal_words,
    .ordinal = ordinal_subject,
    .ordinal_as = ordinal_masculine,
    .session_detail = "{} сессия",
    .ordinal_digits = ordinal_digits,
    .changes_heading = "Изменения",
    .count_columns = {"Часть", "Без изменений", "Изменено", "Перемещено", "Включено", "Исключено", "Разделено",
                      "Объединено", "Технические", "По существу"},
    .part_names = {"Преамбула", "Постановляющая часть", "Подпункты", "Приложение", "Текст"},
};

constexpr Language kRussian{
    .code = "ru",
    .name = "Russian",
    .direction = Direction::LeftToRight,
    .script = Script::Cyrillic,
    .common_words = kCommonWords,
    .assembly = "Генеральная Ассамблея",
    .capitalised_clauses = false,
    .closing_paren_labels = true,
    .item_letters = kItemLetters,
    .recital_openers = kRecitalOpeners,
    .operative_openers = kOperativeOpeners,
    .item_openers = kItemOpeners,
    .months = kMonths,
    .reference_words = kReferenceWords,
    .quantity_words = kQuantityWords,
    .range_words = kRangeWords,
    .annex_words = kAnnexWords,
    .report_openings = kReportOpenings,
    .unnamed_committee = "Комитета",
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"(([^ \n]+(?: [^ \n]+)?) (?:специальная )?сессия)",
    .adopted_pattern = R"(принятая Генеральной Ассамблеей (\d{1,2}) ([^ \n\d]+) (\d{4}) года)",
    .agenda_pattern = R"(Пункт(?:ы)? (\d+(?: [a-z]{1,2})?(?:(?:, | и )\d+(?: [a-z]{1,2})?)*) повестки дня)",
    .report_pattern = R"(\[(?:по докладу [^\[\]()]*|без передачи в главный комитет) \(([^()]*)\)\])",
    .closing_pattern = R"(^(\d+-е пленарное заседание)(?:,? (\d{1,2} [^ \d]+ \d{4} года))?\.?$)",
    .date_pattern = R"((\d{1,2}) ([^ \n\d]+) (\d{4}))",
    .plenary_meeting = "-е пленарное заседание",
    .adopted_by = "Резолюция, принятая ",
    .marker_blockers = kMarkerBlockers,
    .count_nouns = kCountNouns,
    .session_words = kSessionWords,
    .numbered_bodies = kNumberedBodies,
    .day_conjunctions = kDayConjunctions,
    .event_words = kEventWords,
    .event_qualifiers = kEventQualifiers,
    .date_links = kDateLinks,
    .ordinal_span = 3,
    .ordinal_in_words = ordinal_in_words,
    .ordinal_in_digits = ordinal_in_digits,
    .paragraph_words = kParagraphWords,
    .paragraph_joiners = kParagraphJoiners,
    .own_qualifiers = kOwnQualifiers,
    .glue_words = kGlueWords,
    .formula = "Генеральная Ассамблея,",
    .annex_heading = "Приложение",
    .opener_continuations = kOpenerContinuations,
    .opener_adverbs = kOpenerAdverbs,
    .session_line = "{} сессия",
    .agenda_line = "Пункт {} повестки дня",
    .agenda_lines = "Пункты {} повестки дня",
    .adopted_line = "Резолюция, принятая Генеральной Ассамблеей {}",
    .report_line = "[по докладу {} ({})]",
    .without_reference_line = "[без передачи в главный комитет ({})]",
    .date_format = "{d} {m} {y} года",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& russian() { return kRussian; }

}  // namespace resdiff::lang
