// Chinese: the words of a General Assembly resolution in Chinese, as one Language table.
//
// "大会，" opens the body. Chinese writes no spaces between words, so the clause openers
// ("回顾", "深为关切", "吁请") are matched as the first characters of a clause, not as its first
// word; nothing is set in italics. Clauses end in full-width punctuation ("，", "；", "。").
// Operative paragraphs are numbered "1."; sub-paragraphs "(a)". Sessions are "第七十六届会议",
// meetings "第45次全体会议", dates "2021年12月6日" (year, month, day), and the closing line puts
// the date before the meeting.
//
// An ordinal in words is "第" and a number in Chinese numerals: "第七十七" (77), "第一百零一" (101).
// "第45次" (a meeting) and "第5段" (a paragraph) are written in digits and read as numbers, so that
// "paragraph 5 of resolution 75/58" does not become a calendar reference. Chinese numerals read as ten-thousands, thousands, hundreds and tens with
// their multipliers ("七十七" = 7×10 + 7, "十七" = 10 + 7, "一百零一" = 100 + 1).
//
//   ordinal_words(77) "第七十七"        ordinal_in_words("第八十一") 81
#include <array>
#include <string>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

namespace resdiff::lang {
namespace {

using namespace std::string_view_literals;

constexpr std::array kRecitalOpeners = {
    "回顾"sv, "又回顾"sv, "还回顾"sv, "认识到"sv, "确认"sv, "深为关切"sv, "严重关切"sv, "关切"sv, "关注"sv,
    "注意到"sv, "又注意到"sv, "满意地注意到"sv, "欣见"sv, "欢迎"sv, "重申"sv, "强调"sv, "又强调"sv,
    "铭记"sv, "考虑到"sv, "深信"sv, "相信"sv, "意识到"sv, "申明"sv, "表示"sv, "赞扬"sv, "承认"sv,
    "忆及"sv, "知悉"sv, "念及"sv, "震惊"sv, "遗憾"sv, "决心"sv, "希望"sv, "鉴于"sv, "深感"sv,
};

constexpr std::array kOperativeOpeners = {
    "吁请"sv, "呼吁"sv, "敦促"sv, "请"sv, "又请"sv, "还请"sv, "决定"sv, "又决定"sv, "鼓励"sv, "邀请"sv,
    "欢迎"sv, "重申"sv, "强调"sv, "注意到"sv, "表示"sv, "建议"sv, "核可"sv, "赞扬"sv, "支持"sv,
    "谴责"sv, "要求"sv, "申明"sv, "促请"sv, "赞赏"sv, "确认"sv, "认识到"sv, "再次"sv, "授权"sv, "宣布"sv,
};

// "12月" in dates, then the month names in numerals.
constexpr std::array kMonths = {
    "1月"sv, "2月"sv, "3月"sv, "4月"sv, "5月"sv, "6月"sv, "7月"sv, "8月"sv, "9月"sv, "10月"sv, "11月"sv, "12月"sv,
    "一月"sv, "二月"sv, "三月"sv, "四月"sv, "五月"sv, "六月"sv,
    "七月"sv, "八月"sv, "九月"sv, "十月"sv, "十一月"sv, "十二月"sv,
};

constexpr std::array kReferenceWords = {"第"sv, "决议"sv, "段"sv, "条"sv, "项"sv, "目标"sv};
constexpr std::array kQuantityWords = {"和"sv, "至"sv, "或"sv};
constexpr std::array kRangeWords = {"至"sv, "和"sv, "或"sv, "-"sv, "–"sv};
constexpr std::array kAnnexWords = {"附件"sv};
constexpr std::array kReportOpenings = {"[根据"sv};
constexpr std::array kAbbreviations = {"Corr."sv, "Rev."sv, "Add."sv};
constexpr std::array kClauseMarks = {"，"sv, "；"sv, "："sv, "。"sv, "？"sv, "！"sv, ","sv, ";"sv, ":"sv, "."sv};

constexpr std::array kSessionWords = {"届会议"sv, "届会"sv};
constexpr std::array kNumberedBodies = {"委员会"sv};
constexpr std::array kEventWords = {"常会"sv, "周年"sv};
constexpr std::array kDateLinks = {"第"sv};
constexpr std::array kDayConjunctions = {"和"sv, "至"sv, "或"sv};
constexpr std::array kDateUnits = {"年"sv, "月"sv, "日"sv};

constexpr std::array kParagraphWords = {"段"sv, "分段"sv};
constexpr std::array kParagraphJoiners = {"和"sv, "至"sv, "或"sv, "、"sv};
constexpr std::array kOwnQualifiers = {"上文"sv, "下文"sv, "本决议"sv, "本决定"sv, "本附件"sv};

constexpr std::array kGlueWords = {"的"sv, "和"sv, "与"sv, "及"sv, "在"sv, "对"sv, "为"sv, "并"sv, "其"sv,
                                   "以"sv, "于"sv, "将"sv, "已"sv, "也"sv, "以及"sv, "或"sv};

/// Value of one Chinese numeral digit, -1 when c is none.
int digit_value(std::string_view c) {
  constexpr std::array kDigits = {"〇"sv, "一"sv, "二"sv, "三"sv, "四"sv, "五"sv, "六"sv, "七"sv, "八"sv, "九"sv};
  for (size_t k = 0; k < kDigits.size(); ++k)
    if (c == kDigits[k]) return static_cast<int>(k);
  if (c == "零") return 0;
  if (c == "两") return 2;
  return -1;
}

/// Value of a multiplier (十 10, 百 100, 千 1000), 0 when c is none.
int multiplier(std::string_view c) {
  if (c == "十") return 10;
  if (c == "百") return 100;
  if (c == "千") return 1000;
  return 0;
}

/// The value of a number in Chinese numerals ("七十七", "一百零一"), or 0.
int numeral_value(std::string_view s) {
  int total = 0, pending = -1, last_multiplier = 100000;
  for (size_t i = 0; i < s.size(); i += 3) {  // every numeral is three bytes in UTF-8
    std::string_view c = s.substr(i, 3);
    if (int d = digit_value(c); d >= 0) {
      if (pending >= 0 && d != 0) return 0;  // two digits in a row: "七七"
      pending = d == 0 ? -1 : d;
      continue;
    }
    int m = multiplier(c);
    if (m == 0 || m >= last_multiplier) return 0;
    total += (pending < 0 ? 1 : pending) * m;
    pending = -1;
    last_multiplier = m;
  }
  if (pending > 0) total += pending;
  return total;
}

std::optional<int> ordinal_in_words(std::string_view words) {
  if (!words.starts_with("第")) return std::nullopt;
  std::string_view number = words.substr(3);
  if (number.empty()) return std::nullopt;
  if (number.size() % 3 != 0) return std::nullopt;
  int v = numeral_value(number);
  if (v <= 0) return std::nullopt;
  return v;
}

std::optional<int> ordinal_in_digits(std::string_view) { return std::nullopt; }

/// A number from 1 to 9999 in Chinese numerals, as a session or meeting is written.
std::string numerals(int n) {
  constexpr std::array kDigits = {"〇"sv, "一"sv, "二"sv, "三"sv, "四"sv, "五"sv, "六"sv, "七"sv, "八"sv, "九"sv};
  constexpr std::array kPlaces = {"千"sv, "百"sv, "十"sv, ""sv};
  std::string out;
  bool zero = false;
  int divisors[] = {1000, 100, 10, 1};
  for (size_t p = 0; p < 4; ++p) {
    int d = (n / divisors[p]) % 10;
    if (d == 0) {
      zero = !out.empty();
      continue;
    }
    if (zero) out += "零";
    zero = false;
    if (!(d == 1 && divisors[p] == 10 && out.empty())) out += kDigits[static_cast<size_t>(d)];  // "十七", not "一十七"
    out += kPlaces[p];
  }
  return out;
}

std::string ordinal_words(int n) {
  if (n < 1 || n > 9999) return {};
  return "第" + numerals(n);
}

// The words of a Chinese committee report (include/resdiff/report_words.hpp), as the reports of
// the Main Committees write them: paragraphs by number ("序言部分第5段", "执行部分第3段",
// "执行部分第3(b)段"), verbs without a passive marker ("删除", "改为", "插入"), “ ” quotes, full-width
// punctuation and a "。" at the end. Chinese has no spaces, so the words a quotation takes to be
// found once are ICU words (render/committee.cpp): "在序言部分第3段中，插入“蓄意”，置于“遭到”之后。";
// "插入一个新的执行部分段落，置于执行部分第3段之后，内容如下：“……”，其后各段相应重新编号。"
std::string cardinal_words(int n) {
  static constexpr std::array<const char*, 11> kWords = {"零", "一", "两", "三", "四", "五",
                                                         "六", "七", "八", "九", "十"};
  return n >= 0 && n <= 10 ? kWords[static_cast<size_t>(n)] : std::to_string(n);
}

std::string digits(int n) { return std::to_string(n); }

// Labels: "(a)" or full-width "（a）" for sub-paragraphs; nested items "（一）", "（二）" … or the
// bracketed ideographs "㈠", "㈡" … where English writes "(i)", "(ii)".
constexpr std::array kItemNumerals = {"一"sv,   "二"sv,   "三"sv,   "四"sv,   "五"sv,   "六"sv,   "七"sv,
                                      "八"sv,   "九"sv,   "十"sv,   "十一"sv, "十二"sv, "十三"sv, "十四"sv,
                                      "十五"sv, "十六"sv, "十七"sv, "十八"sv, "十九"sv, "二十"sv};
constexpr std::array kLabelBrackets = {"（"sv, "）"sv};
constexpr std::array kBracketedNumerals = {"㈠"sv, "㈡"sv, "㈢"sv, "㈣"sv, "㈤"sv, "㈥"sv, "㈦"sv, "㈧"sv, "㈨"sv, "㈩"sv};

constexpr ReportWords kReportWords = {
    .one = {"序言部分第{}段", "执行部分第{}段", "执行部分第{}{}段", "附件第{}段", "第{}段"},
    .many = {"序言部分第{}段", "执行部分第{}段", "执行部分第{}{}段", "附件第{}段", "第{}段"},
    .by_ordinal = {false, false, false, false, false},
    .one_new = {"新的序言部分第{}段", "新的执行部分第{}段", "新的执行部分第{}{}段", "新的附件第{}段", "新的第{}段"},
    .noun = {"一个新的序言部分段落", "一个新的执行部分段落", "一个新的分段", "一个新的附件段落", "一个新的段落"},
    .nouns = {"个新的序言部分段落", "个新的执行部分段落", "个新的分段", "个新的附件段落", "个新的段落"},
    .list_comma = "、",
    .list_and = "和",

    .in_clause = "在{}中，{}",
    .word_replaced = "{}改为{}",
    .words_replaced = "{}改为{}",
    .word_inserted_after = "插入{}，置于{}之后",
    .words_inserted_after = "插入{}，置于{}之后",
    .word_inserted_before = "插入{}，置于{}之前",
    .words_inserted_before = "插入{}，置于{}之前",
    .word_deleted = "删除{}",
    .words_deleted = "删除{}",
    .word_deleted_after = "删除{}（位于{}之后）",
    .words_deleted_after = "删除{}（位于{}之后）",
    .technical_mark = "{}（技术性更新）",

    .inserted_after = "插入{}，置于{}之后，内容如下：{}",
    .inserted_after_many = "插入{}{}，置于{}之后，内容如下：{}",
    .inserted_before = "插入{}，置于{}之前，内容如下：{}",
    .inserted_before_many = "插入{}{}，置于{}之前，内容如下：{}",
    .inserted = "插入{}，内容如下：{}",
    .inserted_many = "插入{}{}，内容如下：{}",
    .deleted = "删除{}",
    .deleted_many = "删除{}",
    .moved_after = "{}移至{}之后",
    .moved_before = "{}移至{}之前",
    .split = "{}拆分为{}段",
    .split_begins = "{}开头为{}",
    .split_then = "{}；{}",
    .merged = "{}合并为一段",
    .and_edits = "{}，并在该段中{}",
    .renumbered = "{}，其后各段相应重新编号",
    .sentence = "{}。",

    .fields = {{{"symbol", "文号"},
                {"session", "届会"},
                {"date", "通过日期"},
                {"title", "标题"},
                {"agenda_item", "议程项目"},
                {"report", "报告出处"},
                {"closing", "会议信息"},
                {"committee", "委员会名称"},
                {"sponsors", "提案国名单"}}},
    .field_replaced = "{}中的{}改为{}",
    .field_added = "{}中增加{}",
    .field_removed = "{}中删除{}",
    .footnote_added = "{}增加一个脚注，内容为{}",
    .footnote_added_free = "增加一个脚注，内容为{}",
    .footnote_removed = "删除{}的脚注{}",
    .footnote_removed_free = "删除脚注{}",
    .footnote_replaced = "在{}的脚注中，{}改为{}",
    .footnote_replaced_free = "在一个脚注中，{}改为{}",

    .title = "从{}到{}的修改",
    .compared = "将{}与{}进行比较。",
    .no_differences = "没有差异。",
    .technical_only = "仅有技术性更新（届会、日期、文号）：无实质性修改。",
    .substantive_heading = "实质性修改",
    .technical_heading = "技术性更新",
    .counts_heading = "统计",
    .open_quote = "“",
    .close_quote = "”",

    .cardinal = cardinal_words,
    .ordinal = digits,
    .paragraph_then_label = true,
    .session_detail = "第{}届会议",
    .detail_separator = "，",
    .changes_heading = "修改",
    .count_columns = {"部分", "未改", "修改", "移动", "插入", "删除", "拆分", "合并", "技术性", "实质性"},
    .part_names = {"序言部分", "执行部分", "分段", "附件", "案文"},
};

constexpr Language kChinese{
    .code = "zh",
    .name = "Chinese",
    .direction = Direction::LeftToRight,
    .script = Script::Han,
    .spaced = false,
    .assembly = "大会",
    .capitalised_clauses = false,
    .item_numerals = kItemNumerals,
    .label_brackets = kLabelBrackets,
    .bracketed_numerals = kBracketedNumerals,
    .recital_openers = kRecitalOpeners,
    .operative_openers = kOperativeOpeners,
    .months = kMonths,
    .reference_words = kReferenceWords,
    .quantity_words = kQuantityWords,
    .range_words = kRangeWords,
    .annex_words = kAnnexWords,
    .report_openings = kReportOpenings,
    .unnamed_committee = "委员会",
    .committee_end = "的报告(",
    .abbreviations = kAbbreviations,
    .clause_marks = kClauseMarks,
    .session_pattern = R"((第(?:〇|一|二|三|四|五|六|七|八|九|十|百|零)+)届(?:特别|紧急特别)?会议)",
    .adopted_pattern = R"((\d{4})年(\d{1,2}月)(\d{1,2})日大会决议)",
    .agenda_pattern = R"(议程项目(\d+(?: ?\([a-z]{1,2}\))?(?:(?:、|和)\d+(?: ?\([a-z]{1,2}\))?)*))",
    .report_pattern = R"(\[(?:根据[^\[\]()]*的报告|未经发交主要委员会而) ?\(([^()]*)\) ?通过\])",
    .closing_pattern = R"(^(?:(\d{4}年\d{1,2}月\d{1,2}日) ?)?(第\d+次全体会议)(?:。)?$)",
    .date_pattern = R"((\d{4})年(\d{1,2}月)(\d{1,2})日)",
    .closing_meeting_group = 2,
    .closing_date_group = 1,
    .day_group = 3,
    .month_group = 2,
    .year_group = 1,
    .list_separator = " ",
    .plenary_meeting = "次全体会议",
    .session_words = kSessionWords,
    .numbered_bodies = kNumberedBodies,
    .day_conjunctions = kDayConjunctions,
    .event_words = kEventWords,
    .date_links = kDateLinks,
    .ordinal_span = 2,
    .phrase_span = 2,
    .date_units = kDateUnits,
    .date_before_resolution = true,
    .ordinal_in_words = ordinal_in_words,
    .ordinal_in_digits = ordinal_in_digits,
    .paragraph_words = kParagraphWords,
    .paragraph_joiners = kParagraphJoiners,
    .own_qualifiers = kOwnQualifiers,
    .qualifier_first = true,
    .number_prefix = "第",
    .glue_words = kGlueWords,
    .formula = "大会，",
    .annex_heading = "附件",
    .italic_openers = false,
    .session_line = "{}届会议",
    .agenda_line = "议程项目{}",
    .agenda_lines = "议程项目{}",
    .adopted_line = "{}大会决议",
    .report_line = "[根据{}的报告({})通过]",
    .without_reference_line = "[未经发交主要委员会而通过({})]",
    .date_format = "{y}年{n}月{d}日",
    .ordinal_words = ordinal_words,
    .report_words = &kReportWords,
};

}  // namespace

const Language& chinese() { return kChinese; }

}  // namespace resdiff::lang
