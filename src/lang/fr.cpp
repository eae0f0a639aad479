// French: the words of a General Assembly resolution in French, as one Language table.
//
// "L’Assemblée générale," opens the body; recitals open with participles and adjectives in
// italics, feminine because the Assembly is ("Rappelant", "Profondément préoccupée"); operative
// paragraphs with a verb in the present ("Demande", "Prie", "Décide"). Sub-paragraphs are labelled
// "a)", "b)" (no opening bracket), sessions are named in words ("Soixante-seizième session"),
// meetings in digits ("45e séance plénière") and dates day first, month in lower case, the first
// of a month "1er" ("1er décembre 2025").
//
// Ordinals in words follow the cardinal: "soixante-seize" (76) gives "soixante-seizième", "soixante
// et onze" gives "soixante et onzième", "quatre-vingts" gives "quatre-vingtième"; "premier" and
// "première" stand alone. They are read by writing every ordinal from 1 to 999 once and looking the
// text up, with spaces and hyphens alike ("soixante-et-onzième" is the 1990 spelling): what this
// file writes, it reads.
//
//   ordinal_words(77)  "soixante-dix-septième"     ordinal_in_words("Quatre-vingt-unième") 81
#include <array>
#include <string>
#include <unordered_map>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

constexpr std::array kCommonWords = {"de"sv, "la"sv, "les"sv, "des"sv, "et"sv, "du"sv, "le"sv, "à"sv, "sa"sv};

constexpr std::array kRecitalOpeners = {
    "accueillant"sv, "affirmant"sv, "alarmée"sv, "appréciant"sv, "ayant"sv, "conduite"sv, "condamnant"sv,
    "considérant"sv, "consciente"sv, "constatant"sv, "convaincue"sv, "déplorant"sv, "désireuse"sv,
    "déterminée"sv, "encouragée"sv, "estimant"sv, "exprimant"sv, "gardant"sv, "gravement"sv, "guidée"sv,
    "inquiète"sv, "insistant"sv, "mettant"sv, "notant"sv, "observant"sv, "préoccupée"sv, "prenant"sv,
    "profondément"sv, "rappelant"sv, "réaffirmant"sv, "reconnaissant"sv, "regrettant"sv, "réitérant"sv,
    "résolue"sv, "sachant"sv, "saluant"sv, "se"sv, "soucieuse"sv, "soulignant"sv, "tenant"sv, "vivement"sv,
};

constexpr std::array kOperativeOpeners = {
    "accueille"sv, "adopte"sv, "affirme"sv, "appelle"sv, "apprécie"sv, "approuve"sv, "appuie"sv, "autorise"sv,
    "charge"sv, "condamne"sv, "confirme"sv, "considère"sv, "constate"sv, "convient"sv, "décide"sv,
    "déclare"sv, "demande"sv, "déplore"sv, "encourage"sv, "engage"sv, "entérine"sv, "estime"sv,
    "exhorte"sv, "exige"sv, "exprime"sv, "félicite"sv, "insiste"sv, "invite"sv, "lance"sv, "note"sv,
    "prend"sv, "prie"sv, "proclame"sv, "rappelle"sv, "réaffirme"sv, "recommande"sv, "reconnaît"sv,
    "regrette"sv, "réitère"sv, "remercie"sv, "renouvelle"sv, "salue"sv, "se"sv, "souligne"sv,
    "souscrit"sv,
};

constexpr std::array kItemOpeners = {
    "d’appuyer"sv, "de"sv, "d’encourager"sv, "d’inviter"sv, "encourager"sv, "inviter"sv, "promouvoir"sv,
    "renforcer"sv, "appuyer"sv, "veiller"sv,
};

constexpr std::array kMonths = {
    "janvier"sv, "février"sv, "mars"sv, "avril"sv, "mai"sv, "juin"sv,
    "juillet"sv, "août"sv, "septembre"sv, "octobre"sv, "novembre"sv, "décembre"sv,
};

constexpr std::array kReferenceWords = {
    "annexe"sv, "Annexe"sv, "article"sv, "Article"sv, "articles"sv, "chapitre"sv, "décision"sv,
    "décisions"sv, "objectif"sv, "Objectif"sv, "point"sv, "points"sv, "no"sv, "nº"sv, "p."sv, "par."sv,
    "paragraphe"sv, "paragraphes"sv, "principe"sv, "résolution"sv, "résolutions"sv, "règle"sv,
    "section"sv, "cible"sv, "vol."sv, "Supplément"sv,
};

constexpr std::array kQuantityWords = {
    "le"sv, "la"sv, "les"sv, "de"sv, "du"sv, "des"sv, "au"sv, "aux"sv, "en"sv, "et"sv, "à"sv, "sur"sv,
    "par"sv, "pour"sv, "dans"sv, "avec"sv, "entre"sv, "ou"sv, "un"sv, "une"sv,
};

constexpr std::array kRangeWords = {"à"sv, "et"sv, "ou"sv, "au"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"annexe"sv};
constexpr std::array kReportOpenings = {"[sur la base du rapport de la "sv, "[sur la base des rapports de la "sv};
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv, "par."sv, "vol."sv, "chap."sv};
constexpr std::array kClauseMarks = {","sv, ";"sv, ":"sv, "."sv, "?"sv, "!"sv};

constexpr std::array kMarkerBlockers = {
    "résolution"sv, "résolutions"sv, "paragraphe"sv, "paragraphes"sv, "par"sv, "article"sv, "articles"sv,
    "point"sv, "points"sv, "annexe"sv, "chapitre"sv, "décision"sv, "objectif"sv, "cible"sv, "principe"sv,
    "règle"sv, "section"sv, "vol"sv, "nº"sv,
};
constexpr std::array kCountNouns = {"milliards"sv, "millions"sv, "ans"sv, "années"sv, "mois"sv, "jours"sv, "pour"sv};

constexpr std::array kSessionWords = {"session"sv};
constexpr std::array kNumberedBodies = {"commission"sv, "commissions"sv};
constexpr std::array kEventWords = {"sessions"sv, "séance"sv, "séances"sv, "réunion"sv, "réunions"sv, "anniversaire"sv};
constexpr std::array kEventQualifiers = {"ordinaire"sv, "annuelle"sv, "plénière"sv};
constexpr std::array kDateLinks = {"du"sv, "en date du"sv};
constexpr std::array kDayConjunctions = {"et"sv, "au"sv, "ou"sv};

constexpr std::array kParagraphWords = {"paragraphe"sv, "paragraphes"sv, "alinéa"sv, "alinéas"sv};
constexpr std::array kParagraphJoiners = {"et"sv, "ou"sv, "à"sv};
constexpr std::array kOwnQualifiers = {
    "ci-dessus"sv, "ci-dessous"sv, "de la présente résolution"sv, "de la présente décision"sv,
    "de la présente annexe"sv,
};

constexpr std::array kGlueWords = {
    "le"sv,  "la"sv,  "les"sv, "l"sv,   "de"sv,   "des"sv,  "du"sv,    "d"sv,   "et"sv,    "ou"sv,  "à"sv,
    "au"sv,  "aux"sv, "en"sv,  "sur"sv, "par"sv,  "pour"sv, "dans"sv,  "avec"sv, "sa"sv,   "son"sv, "ses"sv,
    "leur"sv, "leurs"sv, "qui"sv, "que"sv, "ce"sv, "cette"sv, "ces"sv, "est"sv, "sont"sv, "a"sv, "ont"sv,
    "été"sv, "un"sv, "une"sv, "également"sv,
};

constexpr std::array kOpenerContinuations = {
    "également"sv, "en"sv, "outre"sv, "aussi"sv, "de"sv, "nouveau"sv, "préoccupée"sv, "note"sv, "acte"sv,
    "à"sv, "l’esprit"sv, "compte"sv, "avec"sv, "satisfaction"sv, "inquiétude"sv, "préoccupation"sv,
};
constexpr std::array kOpenerAdverbs = {"Profondément"sv, "Gravement"sv, "Vivement"sv, "Prenant"sv, "Tenant"sv, "Ayant"sv};
constexpr std::array kAdverbEndings = {"ment"sv};

// Cardinals 0–16, then the tens from 20 to 60 (70 and 90 are written on 60 and 80).
constexpr std::array kUnits = {"zéro"sv, "un"sv, "deux"sv, "trois"sv, "quatre"sv, "cinq"sv, "six"sv,
                               "sept"sv, "huit"sv, "neuf"sv, "dix"sv, "onze"sv, "douze"sv, "treize"sv,
                               "quatorze"sv, "quinze"sv, "seize"sv};
constexpr std::array kTens = {""sv, ""sv, "vingt"sv, "trente"sv, "quarante"sv, "cinquante"sv, "soixante"sv};

/// The cardinal below 100, as it stands inside a larger number ("quatre-vingt" without its "s").
std::string cardinal_below_100(int n, bool final) {
  if (n <= 16) return std::string(kUnits[static_cast<size_t>(n)]);
  if (n < 20) return "dix-" + std::string(kUnits[static_cast<size_t>(n - 10)]);
  int tens = n / 10, unit = n % 10;
  if (tens == 7 || tens == 9) {  // soixante-dix, quatre-vingt-onze
    std::string base = tens == 7 ? "soixante" : "quatre-vingt";
    int rest = n - (tens == 7 ? 60 : 80);
    if (tens == 7 && rest == 11) return base + " et onze";
    return base + "-" + cardinal_below_100(rest, final);
  }
  if (tens == 8) return unit == 0 ? (final ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + std::string(kUnits[static_cast<size_t>(unit)]);
  std::string base(kTens[static_cast<size_t>(tens)]);
  if (unit == 0) return base;
  if (unit == 1) return base + " et un";
  return base + "-" + std::string(kUnits[static_cast<size_t>(unit)]);
}

/// The cardinal from 1 to 999.
std::string cardinal(int n) {
  int hundreds = n / 100, rest = n % 100;
  std::string out;
  if (hundreds > 0) {
    out = hundreds == 1 ? "cent" : std::string(kUnits[static_cast<size_t>(hundreds)]) + (rest == 0 ? " cents" : " cent");
    if (rest == 0) return out;
    out += " ";
  }
  return out + cardinal_below_100(rest, true);
}

std::string ordinal_words(int n) {
  if (n < 1 || n > 999) return {};
  if (n == 1) return "premier";
  std::string c = cardinal(n);
  auto ends = [&](std::string_view tail) { return c.size() >= tail.size() && c.compare(c.size() - tail.size(), tail.size(), tail) == 0; };
  if (ends("cinq")) return c + "uième";
  if (ends("neuf")) return c.substr(0, c.size() - 1) + "vième";
  if (ends("ts")) c.pop_back();  // quatre-vingts, deux cents (not trois)
  if (ends("e")) c.pop_back();   // quatre, onze, trente, soixante
  return c + "ième";
}

/// Spaces and hyphens alike, case folded: the key ordinals are looked up by.
std::string key(std::string_view words) {
  std::string k = fold(words);
  for (char& c : k)
    if (c == ' ') c = '-';
  return k;
}

std::optional<int> ordinal_in_words(std::string_view words) {
  static const std::unordered_map<std::string, int> kTable = [] {
    std::unordered_map<std::string, int> t;
    for (int n = 1; n <= 999; ++n) t.emplace(key(ordinal_words(n)), n);
    t.emplace("première", 1);
    t.emplace("second", 2);
    t.emplace("seconde", 2);
    return t;
  }();
  auto it = kTable.find(key(words));
  if (it == kTable.end()) return std::nullopt;
  return it->second;
}

// "45e", "1er", "1re", "2e", "3ème".
std::optional<int> ordinal_in_digits(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 6) return std::nullopt;
  std::string suffix = fold(word.substr(digits));
  if (suffix != "e" && suffix != "er" && suffix != "re" && suffix != "ème" && suffix != "eme") return std::nullopt;
  return std::stoi(std::string(word.substr(0, digits)));
}

// The words of a French committee report (include/resdiff/report_words.hpp), as the reports of the
// Main Committees write them: alinéas of the preamble by ordinal words, paragraphs of the operative
// part by number, "a)" labels, the passive, « » quotes with no-break spaces. "à le" and "à les"
// contract, so a paragraph edited or owning a footnote has its own form: in_clause filled with
// "au cinquième alinéa du préambule" gives "Au cinquième alinéa du préambule, le mot « résolution »
// a été remplacé par « résolutions »."; "Un nouveau paragraphe a été inséré après le paragraphe 3 du
// dispositif, libellé comme suit : « … », et les paragraphes suivants ont été renumérotés en
// conséquence." "Alinéa" and "paragraphe" are both masculine, so every participle agrees alike.
std::string cardinal_words(int n) { return n >= 0 && n <= 10 ? cardinal(n) : std::to_string(n); }

// "78e", "1re" (a session is feminine: "1re session").
std::string ordinal_digits(int n) { return std::to_string(n) + (n == 1 ? "re" : "e"); }

constexpr ReportWords kReportWords = {
    .one = {"le {} alinéa du préambule", "le paragraphe {} du dispositif", "l’alinéa {} du paragraphe {} du dispositif",
            "le paragraphe {} de l’annexe", "le {} paragraphe"},
    .many = {"les {} alinéas du préambule", "les paragraphes {} du dispositif",
             "les alinéas {} du paragraphe {} du dispositif", "les paragraphes {} de l’annexe", "les {} paragraphes"},
    .by_ordinal = {true, false, false, false, true},
    .one_new = {"le nouveau {} alinéa du préambule", "le nouveau paragraphe {} du dispositif",
                "le nouvel alinéa {} du paragraphe {} du dispositif", "le nouveau paragraphe {} de l’annexe", "le nouveau {} paragraphe"},
    .noun = {"un nouvel alinéa", "un nouveau paragraphe", "un nouvel alinéa", "un nouveau paragraphe", "un nouveau paragraphe"},
    .nouns = {"alinéas", "paragraphes", "alinéas", "paragraphes", "paragraphes"},
    .one_as = {{
        // In: "au", "à l’"
        {"au {} alinéa du préambule", "au paragraphe {} du dispositif", "à l’alinéa {} du paragraphe {} du dispositif",
         "au paragraphe {} de l’annexe", "au {} paragraphe"},
        {},  // After: "après le …"
        {},  // Before: "avant le …"
        // Of: "la note de bas de page relative au …"
        {"au {} alinéa du préambule", "au paragraphe {} du dispositif", "à l’alinéa {} du paragraphe {} du dispositif",
         "au paragraphe {} de l’annexe", "au {} paragraphe"},
    }},
    .many_as = {{
        {"aux {} alinéas du préambule", "aux paragraphes {} du dispositif",
         "aux alinéas {} du paragraphe {} du dispositif", "aux paragraphes {} de l’annexe", "aux {} paragraphes"},
        {},
        {},
        {"aux {} alinéas du préambule", "aux paragraphes {} du dispositif",
         "aux alinéas {} du paragraphe {} du dispositif", "aux paragraphes {} de l’annexe", "aux {} paragraphes"},
    }},
    .list_comma = ", ",
    .list_and = " et ",

    .in_clause = "{}, {}",
    .word_replaced = "le mot {} a été remplacé par {}",
    .words_replaced = "les mots {} ont été remplacés par {}",
    .word_inserted_after = "le mot {} a été inséré après {}",
    .words_inserted_after = "les mots {} ont été insérés après {}",
    .word_inserted_before = "le mot {} a été inséré avant {}",
    .words_inserted_before = "les mots {} ont été insérés avant {}",
    .word_deleted = "le mot {} a été supprimé",
    .words_deleted = "les mots {} ont été supprimés",
    .word_deleted_after = "le mot {} figurant après {} a été supprimé",
    .words_deleted_after = "les mots {} figurant après {} ont été supprimés",
    .technical_mark = "{} (mise à jour technique)",

    .inserted_after = "{} a été inséré après {}, libellé comme suit\u00a0: {}",
    .inserted_after_many = "{} nouveaux {} ont été insérés après {}, libellés comme suit\u00a0: {}",
    .inserted_before = "{} a été inséré avant {}, libellé comme suit\u00a0: {}",
    .inserted_before_many = "{} nouveaux {} ont été insérés avant {}, libellés comme suit\u00a0: {}",
    .inserted = "{} a été inséré, libellé comme suit\u00a0: {}",
    .inserted_many = "{} nouveaux {} ont été insérés, libellés comme suit\u00a0: {}",
    .deleted = "{} a été supprimé",
    .deleted_many = "{} ont été supprimés",
    .moved_after = "{} a été déplacé après {}",
    .moved_before = "{} a été déplacé avant {}",
    .split = "{} a été scindé en {} paragraphes",
    .split_begins = "{} commence par {}",
    .split_then = "{} ; {}",
    .merged = "{} ont été fusionnés en un seul paragraphe",
    .and_edits = "{} et, dans son texte, {}",
    .renumbered = "{}, et les paragraphes suivants ont été renumérotés en conséquence",
    .sentence = "{}.",

    .fields = {{{"symbol", "dans la cote"},
                {"session", "dans la session"},
                {"date", "dans la date d’adoption"},
                {"title", "dans le titre"},
                {"agenda_item", "dans le point de l’ordre du jour"},
                {"report", "dans la référence du rapport"},
                {"closing", "dans la mention de la séance"},
                {"committee", "dans le nom de la commission"},
                {"sponsors", "dans la liste des auteurs"}}},
    .field_replaced = "{}, {} a été remplacé par {}",
    .field_added = "{}, {} a été ajouté",
    .field_removed = "{}, {} a été supprimé",
    .footnote_added = "une nouvelle note de bas de page relative {} se lit comme suit\u00a0: {}",
    .footnote_added_free = "une nouvelle note de bas de page se lit comme suit\u00a0: {}",
    .footnote_removed = "la note de bas de page relative {}, {}, a été supprimée",
    .footnote_removed_free = "la note de bas de page {} a été supprimée",
    .footnote_replaced = "dans la note de bas de page relative {}, {} a été remplacé par {}",
    .footnote_replaced_free = "dans une note de bas de page, {} a été remplacé par {}",

    .title = "Modifications de {} à {}",
    .compared = "{} comparée à {}.",
    .no_differences = "Aucune différence.",
    .technical_only = "Mises à jour techniques seulement (sessions, dates, cotes)\u00a0: aucune modification de fond.",
    .substantive_heading = "Modifications de fond",
    .technical_heading = "Mises à jour techniques",
    .counts_heading = "Décompte",
    .open_quote = "«\u00a0",
    .close_quote = "\u00a0»",

    .cardinal = cardinal_words,
    .ordinal = ordinal_words,
    .label = "{})",
    .session_detail = "{} session",
    .ordinal_digits = ordinal_digits,
    .changes_heading = "Modifications",
    .count_columns = {"Partie", "Inchangés", "Modifiés", "Déplacés", "Insérés", "Supprimés", "Scindés", "Fusionnés",
                      "Techniques", "De fond"},
    .part_names = {"Préambule", "Dispositif", "Alinéas", "Annexe", "Texte"},
};

constexpr Language kFrench{
    .code = "fr",
    .name = "French",
    .direction = Direction::LeftToRight,
    .script = Script::Latin,
    .common_words = kCommonWords,
    .assembly = "L’Assemblée générale",
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
    .unnamed_committee = "Commission",
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"(([^ \n]+(?: et [^ \n]+)?) session\b)",
    .adopted_pattern = R"(adoptée par l(?:'|’)Assemblée générale le (\d{1,2})(?:er)? ([^ \n\d]+) (\d{4}))",
    .agenda_pattern = R"(Points? (\d+(?: [a-z]{1,2}\))?(?:(?:, | et )\d+(?: [a-z]{1,2}\))?)*) de l(?:'|’)ordre du jour)",
    .report_pattern = R"(\[(?:sur la base (?:du|des) rapports? de la [^\[\]()]*|sans renvoi à une grande commission) \(([^()]*)\)\])",
    .closing_pattern = R"(^(\d+e séance plénière)(?:,? (\d{1,2}(?:er)? [^ \d]+ \d{4}))?\.?$)",
    .date_pattern = R"((\d{1,2})(?:er)? ([^ \n\d]+) (\d{4}))",
    .plenary_meeting = "e séance plénière",
    .adopted_by = "Résolution adoptée par ",
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
    .formula = "L’Assemblée générale,",
    .annex_heading = "Annexe",
    .opener_continuations = kOpenerContinuations,
    .opener_adverbs = kOpenerAdverbs,
    .adverb_endings = kAdverbEndings,
    .session_line = "{} session",
    .agenda_line = "Point {} de l’ordre du jour",
    .agenda_lines = "Points {} de l’ordre du jour",
    .adopted_line = "Résolution adoptée par l’Assemblée générale le {}",
    .report_line = "[sur la base du rapport de la {} ({})]",
    .without_reference_line = "[sans renvoi à une grande commission ({})]",
    .date_format = "{d} {m} {y}",
    .day_one = "1er",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& french() { return kFrench; }

}  // namespace resdiff::lang
