// English: the words of a General Assembly resolution in English, as one Language table.
//
// A resolution in English opens its body with "The General Assembly,", its recitals with
// participles and adjectives in italics ("Recalling", "Deeply concerned"), its operative
// paragraphs with verbs in the present tense ("Decides", "Calls upon"), and names its session in
// words ("Seventy-sixth session"), its meetings in digits ("45th plenary meeting") and its dates
// day first ("6 December 2021"). Everything below is data, except the two small functions that
// read and write ordinals in words.
//
// Ordinals in words are tens + unit: "seventy-seventh" is "seventy" (70) and "seventh" (7);
// "twentieth" … "ninetieth" and "first" … "nineteenth" stand alone. Hyphens may be ASCII or
// Unicode (U+2010, U+2011), letters of any case: "Eighty‑First" → 81. Above 99 they are written
// "one hundredth", "one hundred and first".
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

// First words of recitals (participles and adjectives: "Recalling", "Deeply concerned").
constexpr std::array kRecitalOpeners = {
    "acknowledging"sv, "acting"sv, "affirming"sv, "alarmed"sv, "also"sv, "anxious"sv, "appreciating"sv,
    "aware"sv, "bearing"sv, "believing"sv, "cognizant"sv, "commending"sv, "committed"sv, "concerned"sv,
    "confident"sv, "conscious"sv, "considering"sv, "convinced"sv, "deeply"sv, "deploring"sv, "desiring"sv,
    "determined"sv, "disturbed"sv, "emphasizing"sv, "emphasising"sv, "encouraged"sv, "encouraging"sv,
    "expressing"sv, "further"sv, "fully"sv, "gravely"sv, "guided"sv, "having"sv, "highlighting"sv,
    "inspired"sv, "keeping"sv, "looking"sv, "mindful"sv, "noting"sv, "observing"sv, "persuaded"sv,
    "profoundly"sv, "reaffirming"sv, "realizing"sv, "recalling"sv, "recognizing"sv, "recognising"sv,
    "referring"sv, "regretting"sv, "reiterating"sv, "reminding"sv, "seized"sv, "seriously"sv, "sharing"sv,
    "stressing"sv, "strongly"sv, "taking"sv, "underlining"sv, "underscoring"sv, "welcoming"sv, "wishing"sv,
};

// First words of operative paragraphs (present tense: "Decides", "Calls upon", "Also requests").
constexpr std::array kOperativeOpeners = {
    "acknowledges"sv, "adopts"sv, "affirms"sv, "again"sv, "agrees"sv, "also"sv, "appeals"sv, "approves"sv,
    "authorizes"sv, "calls"sv, "commends"sv, "condemns"sv, "confirms"sv, "considers"sv, "decides"sv,
    "declares"sv, "demands"sv, "deplores"sv, "designates"sv, "emphasizes"sv, "encourages"sv, "endorses"sv,
    "expresses"sv, "further"sv, "highlights"sv, "invites"sv, "notes"sv, "once"sv, "proclaims"sv,
    "reaffirms"sv, "recalls"sv, "recognizes"sv, "recommends"sv, "regrets"sv, "reiterates"sv, "renews"sv,
    "requests"sv, "resolves"sv, "stresses"sv, "strongly"sv, "supports"sv, "takes"sv, "underlines"sv,
    "underscores"sv, "urges"sv, "welcomes"sv,
};

// First words of sub-paragraphs (gerunds and bare verbs of "(a) Strengthening …", "(b) Invite …").
constexpr std::array kItemOpeners = {
    "accelerating"sv, "achieving"sv, "addressing"sv, "adopting"sv, "advancing"sv, "assisting"sv,
    "bridging"sv, "building"sv, "calling"sv, "combating"sv, "continue"sv, "continuing"sv, "creating"sv,
    "developing"sv, "encourage"sv, "enforcing"sv, "enhancing"sv, "ensuring"sv,
    "establishing"sv, "expanding"sv, "exploring"sv, "facilitating"sv, "fostering"sv, "harnessing"sv,
    "implementing"sv, "improving"sv, "increasing"sv, "integrating"sv, "invite"sv, "investing"sv,
    "inviting"sv, "leveraging"sv, "may"sv, "mobilizing"sv, "preventing"sv, "proceed"sv, "promoting"sv,
    "protecting"sv, "providing"sv, "reaffirm"sv, "reducing"sv, "reinforcing"sv, "request"sv,
    "requesting"sv, "responding"sv, "scaling"sv, "strengthen"sv, "strengthening"sv, "support"sv,
    "supporting"sv, "upholding"sv,
};

// Frequent words that tell English from French and Spanish.
constexpr std::array kCommonWords = {"the"sv, "of"sv, "and"sv, "to"sv, "in"sv, "its"sv, "with"sv, "for"sv};

constexpr std::array kMonths = {
    "January"sv, "February"sv, "March"sv, "April"sv, "May"sv, "June"sv,
    "July"sv, "August"sv, "September"sv, "October"sv, "November"sv, "December"sv,
};

// "paragraph 5", "resolution 2200", "No. 39", "Goal 16": numbers that refer, never markers. Matched
// with their case: "action 25 of the Pact" refers, "Programme of Action 9 and" cites footnote 9.
constexpr std::array kReferenceWords = {
    "action"sv, "actions"sv, "annex"sv, "Annex"sv, "art."sv, "Art."sv, "article"sv, "Article"sv,
    "articles"sv, "Articles"sv, "chap."sv, "chapter"sv, "Chapter"sv, "chapters"sv, "decision"sv,
    "Decision"sv, "decisions"sv, "goal"sv, "Goal"sv, "goals"sv, "Goals"sv, "item"sv, "Item"sv, "items"sv,
    "No."sv, "no."sv, "Nos."sv, "nos."sv, "p."sv, "page"sv, "pages"sv, "para."sv, "paragraph"sv,
    "Paragraph"sv, "paragraphs"sv, "paras."sv, "part"sv, "Part"sv, "pp."sv, "principle"sv, "Principle"sv,
    "principles"sv, "resolution"sv, "Resolution"sv, "resolutions"sv, "rule"sv, "Rule"sv, "rules"sv,
    "section"sv, "Section"sv, "sections"sv, "Supplement"sv, "supplement"sv, "target"sv, "Target"sv,
    "targets"sv, "vol."sv, "vols."sv,
};

// "the 13 steps", "of 2 December", "over 1 billion": a bare number after these counts or dates.
constexpr std::array kQuantityWords = {
    "a"sv, "about"sv, "all"sv, "an"sv, "and"sv, "at"sv, "between"sv, "by"sv, "from"sv, "in"sv,
    "least"sv, "nearly"sv, "of"sv, "on"sv, "or"sv, "over"sv, "per"sv, "some"sv, "than"sv, "the"sv,
    "to"sv, "with"sv,
};

constexpr std::array kRangeWords = {"to"sv, "and"sv, "or"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"annex"sv};
constexpr std::array kReportOpenings = {"[on the report of the "sv, "[on the reports of the "sv};

// A draft's masthead names what it is after its sponsors: "Brazil:* amendment to draft resolution
// A/80/L.22", "Albania, …  and Uruguay: draft resolution".
constexpr std::array kDraftLines = {"draft resolution"sv, "draft decision"sv, "revised draft resolution"sv,
                                    "amendment"sv, "amendments"sv};

// Abbreviations a footnote number glued after its full stop never follows ("para.2" is no marker).
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv, "para."sv, "paras."sv, "vol."sv, "vols."sv, "chap."sv};
constexpr std::array kClauseMarks = {","sv, ";"sv, ":"sv, "."sv, "?"sv, "!"sv};

// Page text: words after which a number is never a footnote marker — nouns that take a number
// ("resolution 1", "principle 7") and small words that a marker never follows ("on 4", "all 17").
constexpr std::array kMarkerBlockers = {
    "resolution"sv, "resolutions"sv, "paragraph"sv, "paragraphs"sv, "para"sv, "paras"sv, "article"sv,
    "articles"sv, "art"sv, "principle"sv, "principles"sv, "item"sv, "items"sv, "chapter"sv, "chapters"sv,
    "chap"sv, "goal"sv, "goals"sv, "target"sv, "targets"sv, "section"sv, "sections"sv, "sect"sv, "part"sv,
    "parts"sv, "rule"sv, "rules"sv, "vol"sv, "no"sv, "nos"sv, "page"sv, "pages"sv, "p"sv, "pp"sv, "annex"sv,
    "annexes"sv, "decision"sv, "decisions"sv, "step"sv, "phase"sv, "level"sv, "option"sv, "stage"sv,
    "table"sv, "figure"sv, "fig"sv, "box"sv, "protocol"sv, "number"sv, "category"sv, "tier"sv, "pillar"sv,
    "module"sv, "cluster"sv, "component"sv, "indicator"sv, "objective"sv, "recommendation"sv,
    "recommendations"sv, "action"sv, "amendment"sv, "schedule"sv, "appendix"sv, "supplement"sv, "the"sv,
    "a"sv, "an"sv, "of"sv, "on"sv, "in"sv, "at"sv, "by"sv, "to"sv, "from"sv, "for"sv, "with"sv, "and"sv,
    "or"sv, "between"sv, "than"sv, "under"sv, "over"sv, "about"sv, "some"sv, "all"sv, "its"sv, "their"sv,
    "our"sv, "his"sv, "her"sv, "per"sv, "every"sv, "each"sv, "first"sv, "last"sv, "only"sv, "least"sv,
    "most"sv, "nearly"sv, "almost"sv, "around"sv, "approximately"sv, "within"sv, "after"sv, "before"sv,
    "since"sv, "until"sv, "during"sv,
};

// Page text: words after a number that make it a quantity (month names count too).
constexpr std::array kCountNouns = {
    "billion"sv, "million"sv, "thousand"sv, "hundred"sv, "per"sv, "percent"sv, "years"sv, "year"sv,
    "months"sv, "month"sv, "weeks"sv, "week"sv, "days"sv, "day"sv, "hours"sv, "hour"sv, "times"sv,
};

constexpr std::array kFurnitureLines = {"Please recycle"sv};
constexpr std::array kHyphenKeepers = {"and"sv, "or"sv, "nor"sv, "to"sv};
constexpr std::array kRecitalEndings = {"ing"sv};
constexpr std::array kNotRecitals = {"Beijing"sv, "Nanjing"sv, "Reading"sv};
constexpr std::array kModifierEndings = {"ed"sv, "ly"sv, "ful"sv};
constexpr std::array kRecitalAdjectives = {"Aware"sv, "Conscious"sv, "Cognizant"sv, "Mindful"sv, "Desirous"sv};

constexpr std::array kSessionWords = {"session"sv};
constexpr std::array kNumberedBodies = {"committee"sv, "committees"sv};
constexpr std::array kDayConjunctions = {"and"sv, "to"sv, "or"sv};
constexpr std::array kEventWords = {"sessions"sv, "meeting"sv, "meetings"sv, "anniversary"sv, "observance"sv};
constexpr std::array kEventQualifiers = {"regular"sv, "ordinary"sv, "annual"sv, "plenary"sv};
constexpr std::array kDateLinks = {"of"sv};

constexpr std::array kParagraphWords = {"paragraph"sv, "paragraphs"sv, "subparagraph"sv, "subparagraphs"sv};
constexpr std::array kParagraphJoiners = {"and"sv, "or"sv, "to"sv};
constexpr std::array kOwnQualifiers = {
    "above"sv, "below"sv, "hereof"sv,
    "of the present resolution"sv, "of the present decision"sv, "of the present annex"sv,
    "of this resolution"sv, "of this decision"sv, "of this annex"sv,
};

// Words too common to stand alone between two changes in a word diff.
constexpr std::array kGlueWords = {
    "a"sv,     "an"sv,    "and"sv,   "or"sv,    "nor"sv,   "the"sv,   "of"sv,    "to"sv,
    "in"sv,    "on"sv,    "at"sv,    "by"sv,    "for"sv,   "with"sv,  "from"sv,  "as"sv,
    "its"sv,   "their"sv, "his"sv,   "her"sv,   "that"sv,  "which"sv, "this"sv,  "these"sv,
    "those"sv, "be"sv,    "is"sv,    "are"sv,   "was"sv,   "were"sv,  "has"sv,   "have"sv,
    "been"sv,  "it"sv,    "also"sv,  "further"sv,
};

// Words that continue a clause opener in italics: "Recalling also", "Bearing in mind".
constexpr std::array kOpenerContinuations = {
    "also"sv,  "further"sv, "furthermore"sv, "moreover"sv, "again"sv, "upon"sv, "in"sv, "mind"sv, "note"sv, "with"sv,
    "concern"sv, "appreciation"sv, "satisfaction"sv, "regret"sv, "alarm"sv, "deep"sv};
constexpr std::array kOpenerAdverbs = {"Also"sv, "Further"sv, "Once"sv};
constexpr std::array kAdverbEndings = {"ly"sv};

/// "first" … "nineteenth": index + 1 is the value.
constexpr std::array kSmallOrdinals = {
    "first"sv,    "second"sv,    "third"sv,      "fourth"sv,     "fifth"sv,     "sixth"sv,     "seventh"sv,
    "eighth"sv,   "ninth"sv,     "tenth"sv,      "eleventh"sv,   "twelfth"sv,   "thirteenth"sv, "fourteenth"sv,
    "fifteenth"sv, "sixteenth"sv, "seventeenth"sv, "eighteenth"sv, "nineteenth"sv};

/// "twenty" … "ninety": (index + 2) · 10 is the value.
constexpr std::array kTens = {"twenty"sv, "thirty"sv, "forty"sv, "fifty"sv, "sixty"sv, "seventy"sv, "eighty"sv, "ninety"sv};

/// "twentieth" … "ninetieth": (index + 2) · 10 is the value.
constexpr std::array kTensOrdinals = {"twentieth"sv, "thirtieth"sv, "fortieth"sv, "fiftieth"sv,
                                      "sixtieth"sv,  "seventieth"sv, "eightieth"sv, "ninetieth"sv};

/// Position of word in table, if it is there.
template <size_t N>
std::optional<int> position(const std::array<std::string_view, N>& table, std::string_view word) {
  auto it = std::find(table.begin(), table.end(), word);
  if (it == table.end()) return std::nullopt;
  return static_cast<int>(it - table.begin());
}

std::optional<int> ordinal_in_words(std::string_view word) {
  std::string w = fold(word);
  if (auto k = position(kSmallOrdinals, w)) return *k + 1;
  if (auto k = position(kTensOrdinals, w)) return (*k + 2) * 10;
  size_t dash = w.find('-');
  if (dash == std::string::npos) return std::nullopt;
  auto tens = position(kTens, std::string_view(w).substr(0, dash));
  auto unit = position(kSmallOrdinals, std::string_view(w).substr(dash + 1));
  if (!tens || !unit || *unit >= 9) return std::nullopt;  // "seventy-tenth" is no ordinal
  return (*tens + 2) * 10 + *unit + 1;
}

std::optional<int> ordinal_in_digits(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  if (digits == 0 || digits > 6 || word.size() != digits + 2) return std::nullopt;
  std::string suffix = fold(word.substr(digits));
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  return std::stoi(std::string(word.substr(0, digits)));
}

std::string ordinal_words(int n) {
  std::string out;
  if (n >= 100) {
    out = n % 100 == 0 ? "one hundredth" : "one hundred and ";
    n %= 100;
    if (n == 0) return out;
  }
  if (n < 1) return out;
  if (n < 20) return out + std::string(kSmallOrdinals[static_cast<size_t>(n - 1)]);
  if (n % 10 == 0) return out + std::string(kTensOrdinals[static_cast<size_t>(n / 10 - 2)]);
  return out + std::string(kTens[static_cast<size_t>(n / 10 - 2)]) + "-" + std::string(kSmallOrdinals[static_cast<size_t>(n % 10 - 1)]);
}

// The words of a committee report (include/resdiff/report_words.hpp), in the form the General
// Assembly's committee reports use: preambular paragraphs by ordinal words ("the fifth
// preambular paragraph"), operative paragraphs by number ("operative paragraph 3"), the old
// numbers throughout, the passive voice, full stops. in_clause filled with "the fifth preambular
// paragraph" and word_replaced with “resolution” and “resolutions”, then sentence, gives
// "In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions”."
std::string cardinal_en(int n) {
  static constexpr std::array<const char*, 11> kWords = {"no",  "one",   "two",   "three", "four", "five",
                                                         "six", "seven", "eight", "nine",  "ten"};
  if (n >= 0 && n < static_cast<int>(kWords.size())) return kWords[static_cast<size_t>(n)];
  return std::to_string(n);
}

constexpr ReportWords kReportWords = {
    .one = {"the {} preambular paragraph", "operative paragraph {}", "operative paragraph {}", "paragraph {} of the annex",
            "the {} paragraph"},
    .many = {"the {} preambular paragraphs", "operative paragraphs {}", "operative paragraphs {}",
             "paragraphs {} of the annex", "the {} paragraphs"},
    .by_ordinal = {true, false, false, false, true},
    .one_new = {"the new {} preambular paragraph", "the new operative paragraph {}", "the new operative paragraph {}",
                "the new paragraph {} of the annex", "the new {} paragraph"},
    .noun = {"preambular paragraph", "operative paragraph", "subparagraph", "paragraph of the annex", "paragraph"},
    .nouns = {"preambular paragraphs", "operative paragraphs", "subparagraphs", "paragraphs of the annex", "paragraphs"},
    .list_comma = ", ",
    .list_and = " and ",

    .in_clause = "In {}, {}",
    .word_replaced = "the word {} was replaced by {}",
    .words_replaced = "the words {} were replaced by {}",
    .word_inserted_after = "the word {} was inserted after {}",
    .words_inserted_after = "the words {} were inserted after {}",
    .word_inserted_before = "the word {} was inserted before {}",
    .words_inserted_before = "the words {} were inserted before {}",
    .word_deleted = "the word {} was deleted",
    .words_deleted = "the words {} were deleted",
    .word_deleted_after = "the word {} following {} was deleted",
    .words_deleted_after = "the words {} following {} were deleted",
    .technical_mark = "{} (a technical update)",

    .inserted_after = "a new {} was inserted after {}, reading: {}",
    .inserted_after_many = "{} new {} were inserted after {}, reading: {}",
    .inserted_before = "a new {} was inserted before {}, reading: {}",
    .inserted_before_many = "{} new {} were inserted before {}, reading: {}",
    .inserted = "a new {} was inserted, reading: {}",
    .inserted_many = "{} new {} were inserted, reading: {}",
    .deleted = "{} was deleted",
    .deleted_many = "{} were deleted",
    .moved_after = "{} was moved to follow {}",
    .moved_before = "{} was moved to stand before {}",
    .split = "{} was split into {} paragraphs",
    .split_begins = "{} begins {}",
    .split_then = "{}; {}",
    .merged = "{} were merged into one paragraph",
    .and_edits = "{}, and in it {}",
    .renumbered = "{}, and subsequent paragraphs were renumbered accordingly",
    .sentence = "{}.",

    .fields = {{{"symbol", "the symbol"},
                {"session", "the session"},
                {"date", "the date of adoption"},
                {"title", "the title"},
                {"agenda_item", "the agenda item"},
                {"report", "the report"},
                {"closing", "the closing line"},
                {"committee", "the committee"},
                {"sponsors", "the list of sponsors"}}},
    .field_replaced = "{} {} was replaced by {}",
    .field_added = "{} {} was added",
    .field_removed = "{} {} was removed",
    .footnote_added = "a new footnote to {} reads {}",
    .footnote_added_free = "a new footnote reads {}",
    .footnote_removed = "the footnote to {}, {}, was deleted",
    .footnote_removed_free = "the footnote {} was deleted",
    .footnote_replaced = "in the footnote to {}, {} was replaced by {}",
    .footnote_replaced_free = "in a footnote, {} was replaced by {}",

    .title = "Changes from {} to {}",
    .compared = "{} compared with {}.",
    .no_differences = "No differences.",
    .technical_only = "Technical updates only (sessions, dates, symbols): nothing substantive changed.",
    .substantive_heading = "Substantive changes",
    .technical_heading = "Technical updates",
    .counts_heading = "Counts",
    .open_quote = "“",
    .close_quote = "”",

    .cardinal = cardinal_en,
    .ordinal = ordinal_words,
};

constexpr Language kEnglish{
    .code = "en",
    .name = "English",
    .direction = Direction::LeftToRight,
    .script = Script::Latin,
    .common_words = kCommonWords,
    .assembly = "The General Assembly",
    .capitalised_clauses = true,
    .recital_openers = kRecitalOpeners,
    .operative_openers = kOperativeOpeners,
    .item_openers = kItemOpeners,
    .months = kMonths,
    .reference_words = kReferenceWords,
    .quantity_words = kQuantityWords,
    .range_words = kRangeWords,
    .annex_words = kAnnexWords,
    .report_openings = kReportOpenings,
    .unnamed_committee = "Committee",
    .draft_lines = kDraftLines,
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"(\b([A-Za-z]+(?:-[A-Za-z]+)?) (?:emergency )?(?:special )?session\b)",
    .adopted_pattern = R"(adopted by the General Assembly on (\d{1,2}) ([A-Za-z]+) (\d{4}))",
    .agenda_pattern = R"(Agenda items? (\d+(?: \([a-z]{1,2}\))?(?:(?:, | and )\d+(?: \([a-z]{1,2}\))?)*))",
    .report_pattern = R"(\[(?:on the reports? of the [^\[\]()]*|without reference to a Main Committee) \(([^()]*)\)\])",
    .closing_pattern = R"(^(\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting)(?:,? (\d{1,2} [A-Za-z]+ \d{4}))?\.?$)",
    .date_pattern = R"((\d{1,2}) ([A-Za-z]+) (\d{4}))",
    .plenary_meeting = " plenary meeting",
    .adopted_by = "Resolution adopted by ",
    .page_word = "Page ",
    .page_of = " of ",
    .furniture_lines = kFurnitureLines,
    .marker_blockers = kMarkerBlockers,
    .count_nouns = kCountNouns,
    .hyphen_keepers = kHyphenKeepers,
    .recital_endings = kRecitalEndings,
    .not_recitals = kNotRecitals,
    .modifier_endings = kModifierEndings,
    .recital_adjectives = kRecitalAdjectives,
    .session_words = kSessionWords,
    .numbered_bodies = kNumberedBodies,
    .day_conjunctions = kDayConjunctions,
    .event_words = kEventWords,
    .event_qualifiers = kEventQualifiers,
    .date_links = kDateLinks,
    .ordinal_in_words = ordinal_in_words,
    .ordinal_in_digits = ordinal_in_digits,
    .paragraph_words = kParagraphWords,
    .paragraph_joiners = kParagraphJoiners,
    .own_qualifiers = kOwnQualifiers,
    .glue_words = kGlueWords,
    .formula = "The General Assembly,",
    .annex_heading = "Annex",
    .opener_continuations = kOpenerContinuations,
    .opener_adverbs = kOpenerAdverbs,
    .adverb_endings = kAdverbEndings,
    .session_line = "{} session",
    .agenda_line = "Agenda item {}",
    .agenda_lines = "Agenda items {}",
    .adopted_line = "Resolution adopted by the General Assembly on {}",
    .report_line = "[on the report of the {} ({})]",
    .without_reference_line = "[without reference to a Main Committee ({})]",
    .date_format = "{d} {m} {y}",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& english() { return kEnglish; }

}  // namespace resdiff::lang
