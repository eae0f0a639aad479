// Spanish: the words of a General Assembly resolution in Spanish, as one Language table.
//
// "La Asamblea General," opens the body; recitals open with gerunds and adjectives in italics
// ("Recordando", "Profundamente preocupada"); operative paragraphs with a verb in the present
// ("Exhorta", "Solicita", "Decide"). Sub-paragraphs are labelled "a)", "b)"; sessions are named in
// words ("Septuagésimo sexto período de sesiones"), meetings in digits ("45ª sesión plenaria") and
// dates with "de" between their parts ("6 de diciembre de 2021").
//
// Ordinals in words are one word per order of magnitude, each agreeing in gender: "septuagésimo
// sexto" (76), "septuagésima sexta", "octogésimo primer período" (81, "primer" and "tercer" lose
// their "o" before a masculine noun), "undécimo", "decimotercero". Each word is read by its stem
// (the word without its -o, -a, -os, -as) and the values add up from the largest down.
//
//   ordinal_words(81)  "octogésimo primer"     ordinal_in_words("Septuagésima Séptima") 77
#include <array>
#include <string>
#include <vector>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

constexpr std::array kCommonWords = {"de"sv, "la"sv, "los"sv, "las"sv, "el"sv, "y"sv, "del"sv, "en"sv, "su"sv};

constexpr std::array kRecitalOpeners = {
    "acogiendo"sv, "afirmando"sv, "alarmada"sv, "alentada"sv, "celebrando"sv, "condenando"sv,
    "consciente"sv, "considerando"sv, "convencida"sv, "decidida"sv, "deplorando"sv, "deseosa"sv,
    "destacando"sv, "encomiando"sv, "expresando"sv, "gravemente"sv, "guiada"sv, "habiendo"sv,
    "haciendo"sv, "lamentando"sv, "observando"sv, "poniendo"sv, "preocupada"sv, "profundamente"sv,
    "reafirmando"sv, "recalcando"sv, "reconociendo"sv, "recordando"sv, "reiterando"sv, "resuelta"sv,
    "señalando"sv, "subrayando"sv, "teniendo"sv, "tomando"sv,
};

constexpr std::array kOperativeOpeners = {
    "acoge"sv, "afirma"sv, "alienta"sv, "apoya"sv, "aprecia"sv, "aprueba"sv, "autoriza"sv, "celebra"sv,
    "condena"sv, "considera"sv, "decide"sv, "declara"sv, "deplora"sv, "destaca"sv, "encarga"sv,
    "encomia"sv, "estima"sv, "exhorta"sv, "exige"sv, "expresa"sv, "hace"sv, "insta"sv, "invita"sv,
    "lamenta"sv, "observa"sv, "pide"sv, "pone"sv, "proclama"sv, "reafirma"sv, "recomienda"sv,
    "reconoce"sv, "recuerda"sv, "reitera"sv, "señala"sv, "solicita"sv, "subraya"sv, "toma"sv,
};

constexpr std::array kItemOpeners = {
    "fortalecer"sv, "promover"sv, "apoyar"sv, "alentar"sv, "invitar"sv, "velar"sv, "adoptar"sv,
};

constexpr std::array kMonths = {
    "enero"sv, "febrero"sv, "marzo"sv, "abril"sv, "mayo"sv, "junio"sv,
    "julio"sv, "agosto"sv, "septiembre"sv, "octubre"sv, "noviembre"sv, "diciembre"sv,
};

constexpr std::array kReferenceWords = {
    "anexo"sv, "artículo"sv, "artículos"sv, "capítulo"sv, "decisión"sv, "decisiones"sv, "meta"sv,
    "Objetivo"sv, "objetivo"sv, "núm."sv, "párr."sv, "párrafo"sv, "párrafos"sv, "principio"sv,
    "resolución"sv, "resoluciones"sv, "sección"sv, "tema"sv, "temas"sv, "vol."sv, "Suplemento"sv,
};

constexpr std::array kQuantityWords = {
    "el"sv, "la"sv, "los"sv, "las"sv, "de"sv, "del"sv, "al"sv, "en"sv, "y"sv, "a"sv, "por"sv, "para"sv,
    "con"sv, "entre"sv, "o"sv, "un"sv, "una"sv, "unos"sv,
};

constexpr std::array kRangeWords = {"a"sv, "y"sv, "o"sv, "al"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"anexo"sv};
constexpr std::array kReportOpenings = {"[sobre la base del informe de la "sv, "[sobre la base de los informes de la "sv};
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv, "párr."sv, "vol."sv, "núm."sv};
constexpr std::array kClauseMarks = {","sv, ";"sv, ":"sv, "."sv, "?"sv, "!"sv};

constexpr std::array kMarkerBlockers = {
    "resolución"sv, "resoluciones"sv, "párrafo"sv, "párrafos"sv, "párr"sv, "artículo"sv, "artículos"sv,
    "tema"sv, "temas"sv, "anexo"sv, "capítulo"sv, "decisión"sv, "objetivo"sv, "meta"sv, "principio"sv,
    "sección"sv, "vol"sv, "núm"sv,
};
constexpr std::array kCountNouns = {"millones"sv, "años"sv, "meses"sv, "días"sv, "por"sv};

constexpr std::array kSessionWords = {"período de sesiones"sv, "periodo de sesiones"sv};
constexpr std::array kNumberedBodies = {"comisión"sv, "comisiones"sv};
constexpr std::array kEventWords = {"período ordinario de sesiones"sv, "reunión"sv, "sesión"sv, "sesiones"sv, "aniversario"sv};
constexpr std::array kEventQualifiers = {"ordinario"sv, "ordinaria"sv, "anual"sv, "plenaria"sv};
constexpr std::array kDateLinks = {"de"sv};
constexpr std::array kDayConjunctions = {"y"sv, "al"sv, "o"sv};
constexpr std::array kDateJoiners = {"de"sv};

constexpr std::array kParagraphWords = {"párrafo"sv, "párrafos"sv, "apartado"sv, "apartados"sv};
constexpr std::array kParagraphJoiners = {"y"sv, "o"sv, "a"sv};
constexpr std::array kOwnQualifiers = {
    "supra"sv, "infra"sv, "de la presente resolución"sv, "de la presente decisión"sv, "del presente anexo"sv,
};

constexpr std::array kGlueWords = {
    "el"sv, "la"sv, "los"sv, "las"sv, "lo"sv, "de"sv, "del"sv, "y"sv, "e"sv, "o"sv, "u"sv, "a"sv, "al"sv,
    "en"sv, "por"sv, "para"sv, "con"sv, "su"sv, "sus"sv, "que"sv, "este"sv, "esta"sv, "estos"sv,
    "estas"sv, "es"sv, "son"sv, "ha"sv, "han"sv, "sido"sv, "un"sv, "una"sv, "también"sv,
};

constexpr std::array kOpenerContinuations = {
    "también"sv, "además"sv, "asimismo"sv, "nota"sv, "presente"sv, "en"sv, "cuenta"sv, "con"sv,
    "beneplácito"sv, "preocupación"sv, "satisfacción"sv, "de"sv, "relieve"sv, "hincapié"sv, "preocupada"sv,
};
constexpr std::array kOpenerAdverbs = {"Tomando"sv, "Teniendo"sv, "Acogiendo"sv, "Poniendo"sv, "Haciendo"sv};
constexpr std::array kAdverbEndings = {"mente"sv};

/// A stem of an ordinal word and its value.
struct Stem {
  std::string_view stem;
  int value;
};

// Longest stems first, so that "decimoséptim" is tried before "décim" would fail.
constexpr std::array kStems = {
    Stem{"noningentésim", 900}, Stem{"octingentésim", 800}, Stem{"septingentésim", 700},
    Stem{"sexcentésim", 600},   Stem{"quingentésim", 500},  Stem{"cuadringentésim", 400},
    Stem{"tricentésim", 300},   Stem{"ducentésim", 200},    Stem{"centésim", 100},
    Stem{"nonagésim", 90},      Stem{"octogésim", 80},      Stem{"septuagésim", 70},
    Stem{"sexagésim", 60},      Stem{"quincuagésim", 50},   Stem{"cuadragésim", 40},
    Stem{"trigésim", 30},       Stem{"vigésim", 20},        Stem{"decimonoven", 19},
    Stem{"decimoctav", 18},     Stem{"decimooctav", 18},    Stem{"decimoséptim", 17},
    Stem{"decimosext", 16},     Stem{"decimoquint", 15},    Stem{"decimocuart", 14},
    Stem{"decimotercer", 13},   Stem{"duodécim", 12},       Stem{"decimosegund", 12},
    Stem{"undécim", 11},        Stem{"decimoprimer", 11},   Stem{"décim", 10},
    Stem{"noven", 9},           Stem{"octav", 8},           Stem{"séptim", 7},
    Stem{"sétim", 7},           Stem{"sext", 6},            Stem{"quint", 5},
    Stem{"cuart", 4},           Stem{"tercer", 3},          Stem{"segund", 2},
    Stem{"primer", 1},
};

/// The value of one ordinal word of any gender and number, or 0.
int word_value(std::string w) {
  for (std::string_view ending : {"os"sv, "as"sv, "o"sv, "a"sv}) {
    if (w.size() > ending.size() + 3 && w.compare(w.size() - ending.size(), ending.size(), ending) == 0) {
      w.resize(w.size() - ending.size());
      break;
    }
  }
  for (const Stem& s : kStems)
    if (w == s.stem) return s.value;
  return 0;
}

std::optional<int> ordinal_in_words(std::string_view words) {
  std::string all = fold(words);
  int total = 0, last = 1000;
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find_first_of(" -", start);
    if (end == std::string::npos) end = all.size();
    if (end > start) {
      int v = word_value(all.substr(start, end - start));
      // Values fall from word to word by order of magnitude: hundreds, then tens, then units.
      int magnitude = v >= 100 ? 100 : v >= 10 ? 10 : 1;
      if (v == 0 || magnitude >= last) return std::nullopt;
      last = v >= 10 && v < 20 ? 1 : magnitude;  // "undécimo" takes no unit after it
      total += v;
    }
    start = end + 1;
  }
  if (total == 0) return std::nullopt;
  return total;
}

// "45ª", "45.ª", "45º", "45a", "1er".
std::optional<int> ordinal_in_digits(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 6) return std::nullopt;
  std::string_view suffix = word.substr(digits);
  if (suffix.starts_with(".")) suffix.remove_prefix(1);
  if (suffix != "ª" && suffix != "º" && suffix != "a" && suffix != "o" && suffix != "er") return std::nullopt;
  return std::stoi(std::string(word.substr(0, digits)));
}

constexpr std::array kUnitWords = {""sv, "primer"sv, "segundo"sv, "tercer"sv, "cuarto"sv, "quinto"sv,
                                   "sexto"sv, "séptimo"sv, "octavo"sv, "noveno"sv};
constexpr std::array kTeenWords = {"décimo"sv, "undécimo"sv, "duodécimo"sv, "decimotercer"sv, "decimocuarto"sv,
                                   "decimoquinto"sv, "decimosexto"sv, "decimoséptimo"sv, "decimoctavo"sv,
                                   "decimonoveno"sv};
constexpr std::array kTenWords = {""sv, ""sv, "vigésimo"sv, "trigésimo"sv, "cuadragésimo"sv, "quincuagésimo"sv,
                                  "sexagésimo"sv, "septuagésimo"sv, "octogésimo"sv, "nonagésimo"sv};
constexpr std::array kHundredWords = {""sv, "centésimo"sv, "ducentésimo"sv, "tricentésimo"sv, "cuadringentésimo"sv,
                                      "quingentésimo"sv, "sexcentésimo"sv, "septingentésimo"sv, "octingentésimo"sv,
                                      "noningentésimo"sv};

// Masculine, as it stands before "período de sesiones": "septuagésimo sexto", "octogésimo primer".
std::string ordinal_words(int n) {
  if (n < 1 || n > 999) return {};
  std::vector<std::string_view> parts;
  if (n >= 100) parts.push_back(kHundredWords[static_cast<size_t>(n / 100)]);
  int rest = n % 100;
  if (rest >= 10 && rest < 20) {
    parts.push_back(kTeenWords[static_cast<size_t>(rest - 10)]);
  } else {
    if (rest >= 20) parts.push_back(kTenWords[static_cast<size_t>(rest / 10)]);
    if (rest % 10 != 0) parts.push_back(kUnitWords[static_cast<size_t>(rest % 10)]);
  }
  std::string out;
  for (std::string_view p : parts) out += (out.empty() ? "" : " ") + std::string(p);
  return out;
}

// The words of a Spanish committee report (include/resdiff/report_words.hpp), as the reports of
// the Main Committees write them: the impersonal passive ("se sustituyó", "se suprimieron") with
// the verb first, párrafos of the preamble by ordinal words after the noun ("el párrafo quinto del
// preámbulo", "los párrafos octavo y noveno del preámbulo"), paragraphs of the operative part by
// number, "a)" labels, “ ” quotes. "de el" and "a el" contract, so a paragraph after which
// something is put, or which owns a footnote, has its own form ("después del párrafo 3 de la
// parte dispositiva", "correspondiente al párrafo 3"): "En el párrafo quinto del preámbulo, se
// sustituyó la palabra “resolución” por “resoluciones”."; "Se insertó un nuevo párrafo después
// del párrafo 3 de la parte dispositiva, que dice: “…”, y se renumeraron en consecuencia los
// párrafos siguientes."
std::string cardinal_words(int n) {
  static constexpr std::array<const char*, 11> kWords = {"ningún", "un",   "dos",   "tres",  "cuatro", "cinco",
                                                         "seis",   "siete", "ocho", "nueve", "diez"};
  return n >= 0 && n <= 10 ? kWords[static_cast<size_t>(n)] : std::to_string(n);
}

// After its noun an ordinal takes its full form: "párrafo primero", "párrafo tercero".
std::string ordinal_after_noun(int n) {
  std::string out = ordinal_words(n);
  if (out.ends_with("primer") || out.ends_with("tercer")) out += "o";
  return out;
}

// "78º".
std::string ordinal_digits(int n) { return std::to_string(n) + "º"; }

constexpr ReportWords kReportWords = {
    .one = {"el párrafo {} del preámbulo", "el párrafo {} de la parte dispositiva",
            "el apartado {} del párrafo {} de la parte dispositiva", "el párrafo {} del anexo", "el párrafo {}"},
    .many = {"los párrafos {} del preámbulo", "los párrafos {} de la parte dispositiva",
             "los apartados {} del párrafo {} de la parte dispositiva", "los párrafos {} del anexo", "los párrafos {}"},
    .by_ordinal = {true, false, false, false, true},
    .one_new = {"el nuevo párrafo {} del preámbulo", "el nuevo párrafo {} de la parte dispositiva",
                "el nuevo apartado {} del párrafo {} de la parte dispositiva", "el nuevo párrafo {} del anexo", "el nuevo párrafo {}"},
    .noun = {"un nuevo párrafo", "un nuevo párrafo", "un nuevo apartado", "un nuevo párrafo", "un nuevo párrafo"},
    .nouns = {"párrafos", "párrafos", "apartados", "párrafos", "párrafos"},
    .one_as = {{
        // In: "en el …"
        {"en el párrafo {} del preámbulo", "en el párrafo {} de la parte dispositiva",
         "en el apartado {} del párrafo {} de la parte dispositiva", "en el párrafo {} del anexo", "en el párrafo {}"},
        // After and Before: "después del …", "antes del …"
        {"del párrafo {} del preámbulo", "del párrafo {} de la parte dispositiva",
         "del apartado {} del párrafo {} de la parte dispositiva", "del párrafo {} del anexo", "del párrafo {}"},
        {"del párrafo {} del preámbulo", "del párrafo {} de la parte dispositiva",
         "del apartado {} del párrafo {} de la parte dispositiva", "del párrafo {} del anexo", "del párrafo {}"},
        // Of: "la nota correspondiente al …"
        {"al párrafo {} del preámbulo", "al párrafo {} de la parte dispositiva",
         "al apartado {} del párrafo {} de la parte dispositiva", "al párrafo {} del anexo", "al párrafo {}"},
    }},
    .many_as = {{
        {"en los párrafos {} del preámbulo", "en los párrafos {} de la parte dispositiva",
         "en los apartados {} del párrafo {} de la parte dispositiva", "en los párrafos {} del anexo", "en los párrafos {}"},
        {"de los párrafos {} del preámbulo", "de los párrafos {} de la parte dispositiva",
         "de los apartados {} del párrafo {} de la parte dispositiva", "de los párrafos {} del anexo", "de los párrafos {}"},
        {"de los párrafos {} del preámbulo", "de los párrafos {} de la parte dispositiva",
         "de los apartados {} del párrafo {} de la parte dispositiva", "de los párrafos {} del anexo", "de los párrafos {}"},
        {"a los párrafos {} del preámbulo", "a los párrafos {} de la parte dispositiva",
         "a los apartados {} del párrafo {} de la parte dispositiva", "a los párrafos {} del anexo", "a los párrafos {}"},
    }},
    .list_comma = ", ",
    .list_and = " y ",

    .in_clause = "{}, {}",
    .word_replaced = "se sustituyó la palabra {} por {}",
    .words_replaced = "se sustituyeron las palabras {} por {}",
    .word_inserted_after = "se insertó la palabra {} después de {}",
    .words_inserted_after = "se insertaron las palabras {} después de {}",
    .word_inserted_before = "se insertó la palabra {} antes de {}",
    .words_inserted_before = "se insertaron las palabras {} antes de {}",
    .word_deleted = "se suprimió la palabra {}",
    .words_deleted = "se suprimieron las palabras {}",
    .word_deleted_after = "se suprimió la palabra {} que figuraba después de {}",
    .words_deleted_after = "se suprimieron las palabras {} que figuraban después de {}",
    .technical_mark = "{} (actualización técnica)",

    .inserted_after = "se insertó {} después {}, que dice: {}",
    .inserted_after_many = "se insertaron {} nuevos {} después {}, que dicen: {}",
    .inserted_before = "se insertó {} antes {}, que dice: {}",
    .inserted_before_many = "se insertaron {} nuevos {} antes {}, que dicen: {}",
    .inserted = "se insertó {}, que dice: {}",
    .inserted_many = "se insertaron {} nuevos {}, que dicen: {}",
    .deleted = "se suprimió {}",
    .deleted_many = "se suprimieron {}",
    .moved_after = "se trasladó {} después {}",
    .moved_before = "se trasladó {} antes {}",
    .split = "se dividió {} en {} párrafos",
    .split_begins = "{} comienza con {}",
    .split_then = "{}; {}",
    .merged = "se fusionaron {} en un solo párrafo",
    .and_edits = "{} y, en él, {}",
    .renumbered = "{}, y se renumeraron en consecuencia los párrafos siguientes",
    .sentence = "{}.",

    .fields = {{{"symbol", "en la signatura"},
                {"session", "en el período de sesiones"},
                {"date", "en la fecha de aprobación"},
                {"title", "en el título"},
                {"agenda_item", "en el tema del programa"},
                {"report", "en la referencia del informe"},
                {"closing", "en la indicación de la sesión plenaria"},
                {"committee", "en el nombre de la comisión"},
                {"sponsors", "en la lista de patrocinadores"}}},
    .field_replaced = "{}, se sustituyó {} por {}",
    .field_added = "{}, se añadió {}",
    .field_removed = "{}, se suprimió {}",
    .footnote_added = "se añadió una nota de pie de página correspondiente {}, que dice: {}",
    .footnote_added_free = "se añadió una nota de pie de página que dice: {}",
    .footnote_removed = "se suprimió la nota de pie de página correspondiente {}, {}",
    .footnote_removed_free = "se suprimió la nota de pie de página {}",
    .footnote_replaced = "en la nota de pie de página correspondiente {}, se sustituyó {} por {}",
    .footnote_replaced_free = "en una nota de pie de página, se sustituyó {} por {}",

    .title = "Cambios de {} a {}",
    .compared = "{} comparada con {}.",
    .no_differences = "No hay diferencias.",
    .technical_only = "Solo actualizaciones técnicas (períodos de sesiones, fechas, signaturas): no hay cambios sustantivos.",
    .substantive_heading = "Cambios sustantivos",
    .technical_heading = "Actualizaciones técnicas",
    .counts_heading = "Recuento",
    .open_quote = "“",
    .close_quote = "”",

    .cardinal = cardinal_words,
    .ordinal = ordinal_after_noun,
    .label = "{})",
    .session_detail = "{} período de sesiones",
    .ordinal_digits = ordinal_digits,
    .changes_heading = "Cambios",
    .count_columns = {"Parte", "Sin cambios", "Modificados", "Trasladados", "Insertados", "Suprimidos", "Divididos",
                      "Fusionados", "Técnicos", "Sustantivos"},
    .part_names = {"Preámbulo", "Parte dispositiva", "Apartados", "Anexo", "Texto"},
};

constexpr Language kSpanish{
    .code = "es",
    .name = "Spanish",
    .direction = Direction::LeftToRight,
    .script = Script::Latin,
    .common_words = kCommonWords,
    .assembly = "La Asamblea General",
    .capitalised_clauses = true,
    .closing_paren_labels = true,
    .recital_openers = kRecitalOpeners,
    .operative_openers = kOperativeOpeners,
    .item_openers = kItemOpeners,
    .months = kMonths,
    .reference_words = kReferenceWords,
    .quantity_words = kQuantityWords,
    .range_words = kRangeWords,
    .annex_words = kAnnexWords,
    .report_openings = kReportOpenings,
    .unnamed_committee = "Comisión",
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"(([^ \n]+(?: [^ \n]+){0,2}) período (?:extraordinario )?de sesiones)",
    .adopted_pattern = R"(aprobada por la Asamblea General el (\d{1,2}) de ([^ \n\d]+) de (\d{4}))",
    .agenda_pattern = R"(Temas? (\d+(?: [a-z]{1,2}\))?(?:(?:, | y )\d+(?: [a-z]{1,2}\))?)*) del programa)",
    .report_pattern = R"(\[(?:sobre la base del? (?:los )?informes? de la [^\[\]()]*|sin remisión previa a una Comisión Principal) \(([^()]*)\)\])",
    .closing_pattern = R"(^(\d+(?:ª|a) sesión plenaria)(?:,? (\d{1,2} de [^ \d]+ de \d{4}))?\.?$)",
    .date_pattern = R"((\d{1,2}) de ([^ \n\d]+) de (\d{4}))",
    .plenary_meeting = "ª sesión plenaria",
    .adopted_by = "Resolución aprobada por ",
    .marker_blockers = kMarkerBlockers,
    .count_nouns = kCountNouns,
    .session_words = kSessionWords,
    .numbered_bodies = kNumberedBodies,
    .day_conjunctions = kDayConjunctions,
    .event_words = kEventWords,
    .event_qualifiers = kEventQualifiers,
    .date_links = kDateLinks,
    .ordinal_span = 3,
    .phrase_span = 4,
    .date_joiners = kDateJoiners,
    .ordinal_in_words = ordinal_in_words,
    .ordinal_in_digits = ordinal_in_digits,
    .paragraph_words = kParagraphWords,
    .paragraph_joiners = kParagraphJoiners,
    .own_qualifiers = kOwnQualifiers,
    .glue_words = kGlueWords,
    .formula = "La Asamblea General,",
    .annex_heading = "Anexo",
    .opener_continuations = kOpenerContinuations,
    .opener_adverbs = kOpenerAdverbs,
    .adverb_endings = kAdverbEndings,
    .session_line = "{} período de sesiones",
    .agenda_line = "Tema {} del programa",
    .agenda_lines = "Temas {} del programa",
    .adopted_line = "Resolución aprobada por la Asamblea General el {}",
    .report_line = "[sobre la base del informe de la {} ({})]",
    .without_reference_line = "[sin remisión previa a una Comisión Principal ({})]",
    .date_format = "{d} de {m} de {y}",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& spanish() { return kSpanish; }

}  // namespace resdiff::lang
