// make_pairs: writes the large document pairs of the speed benchmark (a program, not a test).
//
// A committee secretary compares whole sessions, and a resolution such as the law of the sea
// (A/RES/80/110) runs to 56 pages; to see how resdiff scales past the corpus, this program builds
// resolutions of 1,000, 8,000 and 64,000 clauses out of real ones. It reads the corpus documents
// given on the command line (Markdown, PDF: any format resdiff reads), keeps every distinct
// recital and operative paragraph as a pool, and writes for each size and edit rate:
//
//   OUT/syn-<n>-<rate>.old.md   n clauses: the first fifth recitals, the rest numbered operative
//                               paragraphs 1, 2, 3, … (past 1,000 for the large sizes)
//   OUT/syn-<n>-<rate>.new.md   the same with <rate> per cent of the clauses edited, the operative
//                               paragraphs renumbered as a drafter's word processor would
//   OUT/unrelated-<n>.old.md / .new.md   two documents drawn apart from the same pool: no clause
//                               in common, the same vocabulary (the worst case for alignment)
//
// Texts stay real and distinct: the pool is used in order, and once it runs out each further
// clause is the first half of one pooled clause joined to the second half of another of its kind
// ("Recalling its resolution 79/42 of …" + "… of weapons of mass destruction,"). The edits mix what
// drafters do, in fixed shares of the edited clauses:
//   45%  reworded: a run of two to five words replaced by words of another clause, or a year moved by one
//   10%  deleted          10%  inserted (a clause not used elsewhere)
//   10%  moved far away (200 clauses or more, changed or not)
//   10%  split in two at a comma or semicolon
//   15%  a look-alike inserted: a copy of a nearby clause with one number changed
//        ("resolution 79/42" → "resolution 79/43"), the case that makes similar clauses compete
//
// Worked example: `make_pairs OUT 1000 1 corpus/*.pdf` writes OUT/syn-1000-1.old.md with 200
// recitals and operative paragraphs 1–800, and OUT/syn-1000-1.new.md with 10 clauses edited
// (about 4 reworded, 1 deleted, 1 inserted, 1 moved, 1 split, 2 look-alikes). Deterministic:
// a fixed seed, std::mt19937 used through `rng() % n` only.
//
// Usage: make_pairs OUT_DIR SIZES RATES FILE...   (SIZES and RATES comma-separated: 1000,8000,64000 1,10)
//        make_pairs OUT_DIR SIZES unrelated FILE...
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

struct Pool {
  std::vector<std::string> recitals;
  std::vector<std::string> operatives;
};

struct Item {
  bool recital = false;
  std::string text;
};

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

/// A clause a Markdown reader takes as one paragraph: no line that opens like a heading or list.
bool usable(const std::string& text) {
  if (text.size() < 40 || text.size() > 3000) return false;
  if (text.find('\n') != std::string::npos) return false;
  return text[0] != '#' && text[0] != '*' && text[0] != '-' && text[0] != '>' && text[0] != '|';
}

Pool read_pool(const std::vector<std::string>& files) {
  Pool pool;
  std::set<std::string> seen;
  for (const std::string& file : files) {
    Expected<Document> doc = read_document(file);
    if (!doc) {
      std::fprintf(stderr, "make_pairs: %s: %s\n", file.c_str(), doc.error().message.c_str());
      continue;
    }
    for (const Clause& c : doc->clauses) {
      if (!usable(c.text) || !seen.insert(c.text).second) continue;
      if (c.kind == ClauseKind::Preambular && c.text.back() == ',') pool.recitals.push_back(c.text);
      if (c.kind == ClauseKind::Operative && (c.text.back() == ';' || c.text.back() == '.'))
        pool.operatives.push_back(c.text);
    }
  }
  return pool;
}

/// Clause number `i` of a kind: pooled texts first, then halves of two pooled texts joined.
/// `salt` draws another sequence of joined halves (for the unrelated document).
class Drawer {
 public:
  Drawer(const std::vector<std::string>& pool, size_t salt) : pool_(pool), salt_(salt) {}

  std::string next() {
    for (;;) {
      size_t i = count_++;
      std::string text;
      size_t n = pool_.size();
      if (salt_ == 0 && i < n) {
        text = pool_[i];
      } else {
        size_t round = i / n + salt_;
        const std::vector<std::string> a = words_of(pool_[i % n]);
        const std::vector<std::string> b = words_of(pool_[(i % n + round * 7919 + salt_ * 104729) % n]);
        text = join(a, 0, (a.size() + 1) / 2) + ' ' + join(b, b.size() / 2, b.size());
      }
      if (seen_.insert(text).second) return text;
    }
  }

 private:
  const std::vector<std::string>& pool_;
  size_t salt_;
  size_t count_ = 0;
  std::set<std::string> seen_;
};

std::vector<Item> draw_document(size_t n, Drawer& recitals, Drawer& operatives) {
  std::vector<Item> items;
  size_t preamble = n / 5;
  for (size_t i = 0; i < n; ++i) {
    bool recital = i < preamble;
    items.push_back({recital, recital ? recitals.next() : operatives.next()});
  }
  return items;
}

std::string write_document(const std::vector<Item>& items, int session, const std::string& date) {
  std::string out;
  out += "United Nations\n\nGeneral Assembly\n\n";
  out += "Resolution adopted by the General Assembly on " + date + "\n\n";
  out += std::to_string(session) + "/999. Synthetic resolution built from the clauses of real ones\n\n";
  out += "The General Assembly,\n\n";
  long number = 0;
  for (const Item& item : items) {
    if (!item.recital) out += std::to_string(++number) + ". ";
    out += item.text;
    out += "\n\n";
  }
  return out;
}

/// A run of two to five words replaced by words of another clause, or a year moved by one.
std::string reword(const std::string& text, const std::string& donor, std::mt19937& rng) {
  std::vector<std::string> w = words_of(text);
  for (std::string& word : w) {
    if (word.size() >= 4 && word.compare(0, 2, "20") == 0 && std::isdigit(static_cast<unsigned char>(word[2])) &&
        std::isdigit(static_cast<unsigned char>(word[3])) && rng() % 3 == 0) {
      word[3] = word[3] == '9' ? '0' : static_cast<char>(word[3] + 1);
      return join(w, 0, w.size());
    }
  }
  std::vector<std::string> d = words_of(donor);
  if (w.size() < 8 || d.size() < 8) return text + " " + join(d, 0, 3);
  size_t len = 2 + rng() % 4;
  size_t at = 1 + rng() % (w.size() - len - 1);
  size_t from = rng() % (d.size() - len);
  std::vector<std::string> out(w.begin(), w.begin() + static_cast<long>(at));
  for (size_t k = 0; k < len; ++k) out.push_back(d[from + k]);
  out.insert(out.end(), w.begin() + static_cast<long>(at + len), w.end());
  return join(out, 0, out.size());
}

/// One number in the text changed by one ("79/42" → "79/43"), or a word appended when none.
std::string look_alike(const std::string& text, std::mt19937& rng) {
  std::string out = text;
  for (size_t i = out.size(); i-- > 0;) {
    if (std::isdigit(static_cast<unsigned char>(out[i]))) {
      out[i] = out[i] == '9' ? '1' : static_cast<char>(out[i] + 1);
      return out;
    }
  }
  static const char* const kWords[] = {"further", "also", "again", "once more"};
  size_t space = out.find(' ');
  if (space == std::string::npos) return out + " also";
  return out.substr(0, space) + " " + kWords[rng() % 4] + out.substr(space);
}

/// The two halves of a clause cut at a comma or semicolon near its middle (empty when none).
std::pair<std::string, std::string> split_clause(const std::string& text, bool recital) {
  size_t best = std::string::npos;
  for (size_t i = text.size() / 4; i + text.size() / 4 < text.size(); ++i) {
    if ((text[i] == ',' || text[i] == ';') && i + 1 < text.size() && text[i + 1] == ' ') {
      if (best == std::string::npos || (i > text.size() / 2 ? i - text.size() / 2 : text.size() / 2 - i) <
                                           (best > text.size() / 2 ? best - text.size() / 2 : text.size() / 2 - best))
        best = i;
    }
  }
  if (best == std::string::npos) return {};
  std::string first = text.substr(0, best) + (recital ? "," : ";");
  std::string second = text.substr(best + 2);
  second[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(second[0])));
  return {first, second};
}

std::vector<Item> edit_document(std::vector<Item> items, double rate, Drawer& recitals, Drawer& operatives,
                                std::mt19937& rng) {
  size_t n = items.size();
  size_t edits = std::max<size_t>(1, static_cast<size_t>(static_cast<double>(n) * rate / 100.0 + 0.5));
  // choose distinct positions, spread out, for the edits, then apply them from the back so that
  // the positions of the earlier ones stay valid
  std::set<size_t> chosen;
  while (chosen.size() < edits && chosen.size() < n) chosen.insert(rng() % n);
  struct Op {
    size_t at;
    int kind;
  };
  std::vector<Op> ops;
  size_t k = 0;
  for (size_t at : chosen) {
    // shares: 0 reword 45%, 1 delete 10%, 2 insert 10%, 3 move 10%, 4 split 10%, 5 look-alike 15%
    static const int kShares[20] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5};
    ops.push_back({at, kShares[(k++ * 7) % 20]});
  }
  std::vector<Item> moved;
  for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
    Item& item = items[it->at];
    Drawer& same = item.recital ? recitals : operatives;
    switch (it->kind) {
      case 0:
        item.text = reword(item.text, same.next(), rng);
        break;
      case 1:
        items.erase(items.begin() + static_cast<long>(it->at));
        break;
      case 2:
        items.insert(items.begin() + static_cast<long>(it->at), Item{item.recital, same.next()});
        break;
      case 3:
        if (rng() % 2 == 0) item.text = reword(item.text, same.next(), rng);
        moved.push_back(item);
        items.erase(items.begin() + static_cast<long>(it->at));
        break;
      case 4: {
        auto [first, second] = split_clause(item.text, item.recital);
        if (first.empty()) {
          item.text = reword(item.text, same.next(), rng);
          break;
        }
        bool recital = item.recital;
        item.text = first;
        items.insert(items.begin() + static_cast<long>(it->at) + 1, Item{recital, second});
        break;
      }
      default: {
        Item copy{item.recital, look_alike(item.text, rng)};
        items.insert(items.begin() + static_cast<long>(it->at) + 1, copy);
        break;
      }
    }
  }
  // moved clauses land far from where they were, in their own part
  size_t preamble = 0;
  while (preamble < items.size() && items[preamble].recital) ++preamble;
  for (const Item& item : moved) {
    size_t lo = item.recital ? 0 : preamble, hi = item.recital ? preamble : items.size();
    size_t at = hi > lo ? lo + rng() % (hi - lo) : lo;
    items.insert(items.begin() + static_cast<long>(at), item);
    if (item.recital) ++preamble;
  }
  return items;
}

std::vector<size_t> numbers(const std::string& list) {
  std::vector<size_t> out;
  std::istringstream in(list);
  for (std::string part; std::getline(in, part, ',');) out.push_back(std::strtoul(part.c_str(), nullptr, 10));
  return out;
}

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: make_pairs OUT_DIR SIZES RATES|unrelated FILE...\n");
    return 2;
  }
  std::filesystem::path out_dir = argv[1];
  std::vector<size_t> sizes = numbers(argv[2]);
  std::string rates_arg = argv[3];
  std::vector<std::string> files(argv + 4, argv + argc);
  Pool pool = read_pool(files);
  if (pool.recitals.size() < 20 || pool.operatives.size() < 20) {
    std::fprintf(stderr, "make_pairs: too few clauses in the corpus (%zu recitals, %zu operative paragraphs)\n",
                 pool.recitals.size(), pool.operatives.size());
    return 2;
  }
  std::fprintf(stderr, "make_pairs: pool of %zu recitals and %zu operative paragraphs from %zu files\n",
               pool.recitals.size(), pool.operatives.size(), files.size());
  std::filesystem::create_directories(out_dir);
  for (size_t n : sizes) {
    if (rates_arg == "unrelated") {
      Drawer r1(pool.recitals, 0), o1(pool.operatives, 0), r2(pool.recitals, 1), o2(pool.operatives, 1);
      std::vector<Item> a = draw_document(n, r1, o1);
      // the second document's drawers skip what the first one used, so no text repeats
      std::vector<Item> b = draw_document(n, r2, o2);
      std::string base = out_dir / ("unrelated-" + std::to_string(n));
      if (!write_file(base + ".old.md", write_document(a, 79, "2 December 2024")) ||
          !write_file(base + ".new.md", write_document(b, 80, "1 December 2025")))
        return 2;
      continue;
    }
    for (size_t rate : numbers(rates_arg)) {
      std::mt19937 rng(static_cast<unsigned>(n * 100 + rate));
      Drawer recitals(pool.recitals, 0), operatives(pool.operatives, 0);
      std::vector<Item> old_items = draw_document(n, recitals, operatives);
      std::vector<Item> new_items = edit_document(old_items, static_cast<double>(rate), recitals, operatives, rng);
      std::string base = out_dir / ("syn-" + std::to_string(n) + "-" + std::to_string(rate));
      if (!write_file(base + ".old.md", write_document(old_items, 79, "2 December 2024")) ||
          !write_file(base + ".new.md", write_document(new_items, 80, "1 December 2025")))
        return 2;
    }
  }
  return 0;
}
