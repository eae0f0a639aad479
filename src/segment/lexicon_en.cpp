// English resolution vocabulary, as data: what opens the body, a recital, an operative paragraph
// and a sub-paragraph; months and ordinals for dates and sessions; the words that make a bare
// number a reference rather than a footnote marker; the header and closing lines as patterns.
#include <array>
#include <string_view>

#include "segment/lexicon.hpp"

namespace resdiff::segmenter {
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

constexpr std::array kMonths = {
    "january"sv, "february"sv, "march"sv, "april"sv, "may"sv, "june"sv,
    "july"sv, "august"sv, "september"sv, "october"sv, "november"sv, "december"sv,
};

constexpr std::array kOrdinals = {
    Ordinal{"first", 1}, Ordinal{"second", 2}, Ordinal{"third", 3}, Ordinal{"fourth", 4},
    Ordinal{"fifth", 5}, Ordinal{"sixth", 6}, Ordinal{"seventh", 7}, Ordinal{"eighth", 8},
    Ordinal{"ninth", 9}, Ordinal{"tenth", 10}, Ordinal{"eleventh", 11}, Ordinal{"twelfth", 12},
    Ordinal{"thirteenth", 13}, Ordinal{"fourteenth", 14}, Ordinal{"fifteenth", 15},
    Ordinal{"sixteenth", 16}, Ordinal{"seventeenth", 17}, Ordinal{"eighteenth", 18},
    Ordinal{"nineteenth", 19}, Ordinal{"twentieth", 20}, Ordinal{"thirtieth", 30},
    Ordinal{"fortieth", 40}, Ordinal{"fiftieth", 50}, Ordinal{"sixtieth", 60},
    Ordinal{"seventieth", 70}, Ordinal{"eightieth", 80}, Ordinal{"ninetieth", 90},
    Ordinal{"twenty", 20}, Ordinal{"thirty", 30}, Ordinal{"forty", 40}, Ordinal{"fifty", 50},
    Ordinal{"sixty", 60}, Ordinal{"seventy", 70}, Ordinal{"eighty", 80}, Ordinal{"ninety", 90},
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

constexpr Lexicon kEnglish{
    "en",
    "The General Assembly",
    true,
    kRecitalOpeners,
    kOperativeOpeners,
    kItemOpeners,
    kMonths,
    kOrdinals,
    kReferenceWords,
    kQuantityWords,
    kRangeWords,
    kAnnexWords,
    R"(\b([A-Za-z]+(?:-[A-Za-z]+)?) (?:emergency )?(?:special )?session\b)",
    R"(adopted by the General Assembly on (\d{1,2}) ([A-Za-z]+) (\d{4}))",
    R"(Agenda items? (\d+(?: \([a-z]{1,2}\))?(?:(?:, | and )\d+(?: \([a-z]{1,2}\))?)*))",
    R"(\[(?:on the reports? of the [^\[\]()]*|without reference to a Main Committee) \(([^()]*)\)\])",
    R"(^(\d+(?:st|nd|rd|th) plenary meeting)(?:,? (\d{1,2} [A-Za-z]+ \d{4}))?\.?$)",
    R"((\d{1,2}) ([A-Za-z]+) (\d{4}))",
};

}  // namespace

const Lexicon& english() { return kEnglish; }

}  // namespace resdiff::segmenter
