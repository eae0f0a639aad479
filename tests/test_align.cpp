// Tests for src/align: anchors, gap pairing, moves, output order, similarity, scale.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "resdiff/align.hpp"

using namespace resdiff;

namespace {

/// A document of clauses of one kind, numbered as a resolution would number them.
Document make_doc(const std::vector<std::string>& texts, ClauseKind kind = ClauseKind::Preambular) {
  Document d;
  int index = 0;
  for (const std::string& t : texts) {
    Clause c;
    c.kind = kind;
    c.index = ++index;
    if (kind == ClauseKind::Operative) c.number = std::to_string(index);
    c.text = t;
    d.clauses.push_back(c);
  }
  return d;
}

/// Appends clauses of a kind to d, continuing its numbering for that kind.
void add_clauses(Document& d, const std::vector<std::string>& texts, ClauseKind kind) {
  int index = d.count(kind);
  for (const std::string& t : texts) {
    Clause c;
    c.kind = kind;
    c.index = ++index;
    if (kind == ClauseKind::Operative) c.number = std::to_string(index);
    c.text = t;
    d.clauses.push_back(c);
  }
}

/// The pairing that holds new clause j (or old clause i when j is npos).
const Pairing* find_new(const std::vector<Pairing>& ps, size_t j) {
  for (const Pairing& p : ps)
    if (std::find(p.new_clauses.begin(), p.new_clauses.end(), j) != p.new_clauses.end()) return &p;
  return nullptr;
}

const Pairing* find_old(const std::vector<Pairing>& ps, size_t i) {
  for (const Pairing& p : ps)
    if (std::find(p.old_clauses.begin(), p.old_clauses.end(), i) != p.old_clauses.end()) return &p;
  return nullptr;
}

/// Every clause of each side appears in exactly one pairing, and statuses fit their shapes.
void check_partition(const std::vector<Pairing>& ps, size_t n_old, size_t n_new) {
  std::vector<int> seen_old(n_old, 0), seen_new(n_new, 0);
  for (const Pairing& p : ps) {
    for (size_t i : p.old_clauses) ++seen_old.at(i);
    for (size_t j : p.new_clauses) ++seen_new.at(j);
    if (p.status == Status::Inserted) CHECK(p.old_clauses.empty());
    if (p.status == Status::Deleted) CHECK(p.new_clauses.empty());
  }
  CHECK(std::all_of(seen_old.begin(), seen_old.end(), [](int n) { return n == 1; }));
  CHECK(std::all_of(seen_new.begin(), seen_new.end(), [](int n) { return n == 1; }));
  // New clauses come in reading order.
  size_t last = 0;
  bool first = true;
  for (const Pairing& p : ps)
    for (size_t j : p.new_clauses) {
      if (!first) CHECK(j > last);
      last = j;
      first = false;
    }
}

}  // namespace

TEST_CASE("similarity is 1 for equal texts, 0 for disjoint ones, and ignores case and typography") {
  CHECK(similarity("Recalling its resolution", "Recalling its resolution") == 1.0);
  CHECK(similarity("alpha beta gamma", "delta epsilon zeta") == 0.0);
  CHECK(similarity("States Parties", "states parties") == 1.0);
  CHECK(similarity("non\u2011proliferation", "non-proliferation") == 1.0);
  CHECK(similarity("", "") == 1.0);
  CHECK(similarity("", "word") == 0.0);
}

TEST_CASE("similarity forgives updated numbers but still tells them apart") {
  double s = similarity("Recalling its resolution 75/58 of 7 December 2020,", "Recalling its resolution 79/42 of 2 December 2024,");
  CHECK(s >= 0.7);
  CHECK(s < 1.0);
  CHECK(similarity("Recalling its resolution 75/58 of 7 December 2020,",
                   "Recalling its resolution on small arms and light weapons,") < 0.5);
}

TEST_CASE("similarity works for Chinese, character by character") {
  CHECK(similarity("大会回顾其决议", "大会回顾其各项决议") > 0.6);
  CHECK(similarity("大会回顾其决议", "安全理事会") < 0.2);
}

TEST_CASE("status_name spells the contract's statuses") {
  CHECK(std::string(status_name(Status::Moved)) == "moved");
  CHECK(std::string(status_name(Status::Inserted)) == "inserted");
  CHECK(std::string(status_name(Status::Split)) == "split");
}

TEST_CASE("identical documents align clause by clause, unchanged") {
  Document a = make_doc({"Recalling one thing,", "Noting another thing,", "Stressing a third thing,"});
  auto ps = align(a, a);
  REQUIRE(ps.size() == 3);
  for (size_t k = 0; k < 3; ++k) {
    CHECK(ps[k].status == Status::Unchanged);
    CHECK(ps[k].old_clauses == std::vector<size_t>{k});
    CHECK(ps[k].new_clauses == std::vector<size_t>{k});
  }
}

TEST_CASE("empty documents align to nothing, or to all inserted / all deleted") {
  Document empty;
  Document a = make_doc({"Recalling one thing,", "Noting another thing,"});
  CHECK(align(empty, empty).empty());
  auto ins = align(empty, a);
  REQUIRE(ins.size() == 2);
  CHECK(ins[0].status == Status::Inserted);
  auto del = align(a, empty);
  REQUIRE(del.size() == 2);
  CHECK(del[1].status == Status::Deleted);
  CHECK(del[1].old_clauses == std::vector<size_t>{1});
}

TEST_CASE("renumbering is not a change: an operative paragraph inserted at the top") {
  Document old_doc = make_doc({"Calls upon all Member States to support international efforts;",
                               "Appeals to all Member States to consider early accession;",
                               "Urges all Member States to take and strengthen national measures;",
                               "Decides to remain seized of the matter."},
                              ClauseKind::Operative);
  Document new_doc = make_doc({"Welcomes the report of the Secretary-General on the question;",
                               "Calls upon all Member States to support international efforts;",
                               "Appeals to all Member States to consider early accession;",
                               "Urges all Member States to take and strengthen national measures;",
                               "Decides to remain seized of the matter."},
                              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 5);
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].status == Status::Inserted);
  for (size_t k = 1; k < 5; ++k) {
    CHECK(ps[k].status == Status::Unchanged);
    CHECK(ps[k].old_clauses == std::vector<size_t>{k - 1});
  }
}

TEST_CASE("renumbering with a deleted paragraph: the later ones stay unchanged") {
  Document old_doc = make_doc({"Calls upon all Member States to support international efforts;",
                               "Requests a report on the implementation of the present resolution;",
                               "Urges all Member States to take and strengthen national measures;",
                               "Decides to remain seized of the matter."},
                              ClauseKind::Operative);
  Document new_doc = make_doc({"Calls upon all Member States to support international efforts;",
                               "Urges all Member States to take and strengthen national measures;",
                               "Decides to remain seized of the matter."},
                              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  REQUIRE(ps.size() == 4);
  CHECK(ps[0].status == Status::Unchanged);
  CHECK(ps[1].status == Status::Deleted);  // where it stood: after old operative 1
  CHECK(ps[1].old_clauses == std::vector<size_t>{1});
  CHECK(ps[2].status == Status::Unchanged);
  CHECK(ps[3].status == Status::Unchanged);
}

TEST_CASE("a text equal by key but not by bytes is changed") {
  Document old_doc = make_doc({"encourages States parties to the Convention", "Other text here"});
  Document new_doc = make_doc({"encourages States Parties to the Convention", "Other text here"});
  auto ps = align(old_doc, new_doc);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].status == Status::Changed);
  CHECK(ps[1].status == Status::Unchanged);
}

TEST_CASE("a moved recital is reported as moved, the others in place") {
  Document old_doc = make_doc({"Recalling its resolution 75/58 of 7 December 2020,",
                               "Recognizing the determination of the international community to combat terrorism,",
                               "Deeply concerned by the growing risk of linkages between terrorism and weapons,",
                               "Mindful of the urgent need for addressing this threat to humanity,",
                               "Emphasizing that progress is urgently needed in the area of disarmament,"});
  Document new_doc = make_doc({"Recalling its resolution 75/58 of 7 December 2020,",
                               "Mindful of the urgent need for addressing this threat to humanity,",
                               "Recognizing the determination of the international community to combat terrorism,",
                               "Deeply concerned by the growing risk of linkages between terrorism and weapons,",
                               "Emphasizing that progress is urgently needed in the area of disarmament,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 5, 5);
  int moved = 0;
  for (const Pairing& p : ps) {
    if (p.status == Status::Moved) {
      ++moved;
      CHECK(p.old_clauses == std::vector<size_t>{3});
      CHECK(p.new_clauses == std::vector<size_t>{1});
    } else {
      CHECK(p.status == Status::Unchanged);
    }
  }
  CHECK(moved == 1);
}

TEST_CASE("a recital moved and edited is found across gaps") {
  Document old_doc = make_doc({"Recalling the first thing of importance here,",
                               "Noting the second matter before the Assembly,",
                               "Welcoming the third development in the region,",
                               "Stressing the need for cooperation among all States in this field,"});
  Document new_doc = make_doc({"Stressing the urgent need for cooperation among all States in this field,",
                               "Recalling the first thing of importance here,",
                               "Noting the second matter before the Assembly,",
                               "Welcoming the third development in the region,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 4);
  const Pairing* p = find_new(ps, 0);
  REQUIRE(p != nullptr);
  CHECK(p->status == Status::Moved);
  CHECK(p->old_clauses == std::vector<size_t>{3});
  CHECK(p->similarity < 1.0);
  CHECK(p->similarity >= 0.5);
}

TEST_CASE("a clause may move between parts: a recital becomes an operative paragraph") {
  Document old_doc = make_doc({"Recalling its earlier resolutions on the question,",
                               "Stressing the importance of international cooperation in combating terrorism,"});
  add_clauses(old_doc, {"Calls upon all Member States to support international efforts;"}, ClauseKind::Operative);
  Document new_doc = make_doc({"Recalling its earlier resolutions on the question,"});
  add_clauses(new_doc, {"Calls upon all Member States to support international efforts;",
                        "Stresses the importance of international cooperation in combating terrorism;"},
              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 3);
  const Pairing* p = find_old(ps, 1);
  REQUIRE(p != nullptr);
  CHECK(p->status == Status::Moved);
  CHECK(p->new_clauses == std::vector<size_t>{2});
}

TEST_CASE("look-alike Recalling recitals are paired by content, not first come first served") {
  Document old_doc = make_doc({"Recalling its resolution on small arms and light weapons,",
                               "Recalling its resolution on anti-personnel landmines and their destruction,",
                               "Recalling its resolution on cluster munitions and their humanitarian impact,",
                               "Stressing the final matter,"});
  Document new_doc = make_doc({"Recalling its resolution on anti-personnel landmines and their complete destruction,",
                               "Recalling its resolution on cluster munitions and their grave humanitarian impact,",
                               "Stressing the final matter,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  CHECK(find_old(ps, 0)->status == Status::Deleted);
  CHECK(find_old(ps, 1)->new_clauses == std::vector<size_t>{0});
  CHECK(find_old(ps, 1)->status == Status::Changed);
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{1});
  CHECK(find_old(ps, 2)->status == Status::Changed);
  CHECK(ps.front().status == Status::Deleted);  // deleted before everything: it stood first
}

TEST_CASE("sub-paragraphs that share an opener pair by content") {
  Document old_doc = make_doc({"Requests the Secretary-General:"}, ClauseKind::Operative);
  add_clauses(old_doc, {"(a) To report on the implementation of the present resolution;",
                        "(b) To report on the financing of the mission;",
                        "(c) To report on the safety of personnel;"},
              ClauseKind::Subparagraph);
  Document new_doc = make_doc({"Requests the Secretary-General:"}, ClauseKind::Operative);
  add_clauses(new_doc, {"(a) To report on the financing of the mission and its budget;",
                        "(b) To report on the safety and security of personnel;"},
              ClauseKind::Subparagraph);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  CHECK(find_old(ps, 1)->status == Status::Deleted);
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{1});
  CHECK(find_old(ps, 3)->new_clauses == std::vector<size_t>{2});
}

TEST_CASE("below the threshold a pair is a delete and an insert") {
  Document old_doc = make_doc({"Recalling one thing,", "Welcomes the establishment of the working group on oceans,",
                               "Stressing a third thing,"});
  Document new_doc = make_doc({"Recalling one thing,", "Expresses deep concern about the financial situation of the Agency,",
                               "Stressing a third thing,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 3);
  REQUIRE(ps.size() == 4);
  CHECK(ps[1].status == Status::Deleted);  // deletion first, where it stood
  CHECK(ps[2].status == Status::Inserted);

  AlignOptions loose;
  loose.threshold = 0.0;
  auto forced = align(old_doc, new_doc, loose);  // they share "the" and "of": at threshold 0 that is a pair
  REQUIRE(forced.size() == 3);
  CHECK(forced[1].status == Status::Changed);
}

TEST_CASE("threshold decides between changed and delete + insert") {
  Document old_doc = make_doc({"Welcomes the report of the working group on the question,"});
  Document new_doc = make_doc({"Welcomes the report of the Special Committee on Peacekeeping Operations,"});
  double s = similarity(old_doc.clauses[0].text, new_doc.clauses[0].text);
  AlignOptions low, high;
  low.threshold = s - 0.01;
  high.threshold = s + 0.01;
  auto a = align(old_doc, new_doc, low);
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == Status::Changed);
  CHECK(align(old_doc, new_doc, high).size() == 2);
}

TEST_CASE("repeated identical clauses pair in order") {
  Document old_doc = make_doc({"(a) Deleted;", "(b) Deleted;", "Same text;", "Same text;", "Same text;", "End."});
  Document new_doc = make_doc({"(a) Deleted;", "Same text;", "Same text;", "Same text;", "End."});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 6, 5);
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{1});
  CHECK(find_old(ps, 4)->new_clauses == std::vector<size_t>{3});
  CHECK(find_old(ps, 4)->status == Status::Unchanged);
}

TEST_CASE("deleted clauses stand after the clause that preceded them, in old order") {
  Document old_doc = make_doc({"Alpha clause about oceans,", "Beta clause about forests and soil,",
                               "Gamma clause about deserts and drought,", "Delta clause about mountains,"});
  Document new_doc = make_doc({"Alpha clause about oceans,", "Delta clause about mountains,",
                               "Epsilon fresh words entirely unrelated,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].old_clauses == std::vector<size_t>{0});
  CHECK(ps[1].status == Status::Deleted);
  CHECK(ps[1].old_clauses == std::vector<size_t>{1});
  CHECK(ps[2].status == Status::Deleted);
  CHECK(ps[2].old_clauses == std::vector<size_t>{2});
  CHECK(ps[3].old_clauses == std::vector<size_t>{3});
  CHECK(ps[4].status == Status::Inserted);
}

TEST_CASE("a 10,000-clause alignment finishes and is right") {
  // Clauses with distinct content; every 50th edited, every 97th deleted, a few inserted, one moved.
  std::vector<std::string> words = {"peace", "security", "development", "rights", "climate", "oceans", "health",
                                    "women", "children", "trade", "finance", "energy", "water", "food", "cities"};
  std::mt19937 rng(42);
  std::vector<std::string> old_texts;
  for (int i = 0; i < 10000; ++i) {
    std::string t = "Recalling its resolution " + std::to_string(i) + " on";
    for (int w = 0; w < 12; ++w) t += " " + words[rng() % words.size()];
    t += " and item " + std::to_string(i * 7 + 3) + ",";
    old_texts.push_back(t);
  }
  std::vector<std::string> new_texts;
  size_t deleted = 0, edited = 0;
  for (int i = 0; i < 10000; ++i) {
    if (i % 97 == 13) {
      ++deleted;
      continue;
    }
    if (i == 5000) continue;  // moved to the end
    std::string t = old_texts[static_cast<size_t>(i)];
    if (i % 50 == 7) {
      t.insert(t.size() - 1, " as amended");
      ++edited;
    }
    new_texts.push_back(t);
    if (i % 1000 == 500) new_texts.push_back("Welcomes an entirely new initiative number " + std::to_string(i) + ",");
  }
  new_texts.push_back(old_texts[5000]);
  Document old_doc = make_doc(old_texts), new_doc = make_doc(new_texts);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, old_texts.size(), new_texts.size());
  size_t n_changed = 0, n_deleted = 0, n_inserted = 0, n_moved = 0;
  for (const Pairing& p : ps) {
    n_changed += p.status == Status::Changed;
    n_deleted += p.status == Status::Deleted;
    n_inserted += p.status == Status::Inserted;
    n_moved += p.status == Status::Moved;
  }
  CHECK(n_changed == edited);
  CHECK(n_deleted == deleted);
  CHECK(n_inserted == 10);
  CHECK(n_moved == 1);
}

TEST_CASE("random edit scripts keep the partition") {
  std::mt19937 rng(7);
  std::vector<std::string> pool = {"Recalling its resolution on the matter,", "Noting with concern the situation,",
                                   "Welcoming the report of the Secretary-General,", "Stressing the need for action,",
                                   "Recalling also its resolution on the matter of oceans,", "Decides to remain seized,",
                                   "Recalling further the outcome of the conference,"};
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> a, b;
    for (int i = 0, n = static_cast<int>(rng() % 12); i < n; ++i) a.push_back(pool[rng() % pool.size()]);
    for (const std::string& t : a) {
      switch (rng() % 5) {
        case 0: break;  // delete
        case 1: b.push_back(t + " as amended"); break;
        case 2: b.push_back(pool[rng() % pool.size()]); b.push_back(t); break;
        default: b.push_back(t);
      }
    }
    if (!b.empty() && rng() % 2) std::swap(b.front(), b.back());
    auto ps = align(make_doc(a), make_doc(b));
    check_partition(ps, a.size(), b.size());
  }
}

TEST_CASE("the worked example of gaps.cpp: the heaviest chain, not first come first served") {
  Document old_doc = make_doc({"Recalling its resolution on small arms", "Recalling its resolution on landmines",
                               "Recalling its resolution on cluster munitions"});
  Document new_doc = make_doc({"Recalling its resolution on landmines, as amended",
                               "Recalling its resolution on cluster munitions, noting"});
  CHECK(similarity(old_doc.clauses[0].text, new_doc.clauses[0].text) >= 0.5);  // a tempting first pair
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 2);
  REQUIRE(ps.size() == 3);
  CHECK(ps[0].status == Status::Deleted);
  CHECK(ps[0].old_clauses == std::vector<size_t>{0});
  CHECK(ps[1].old_clauses == std::vector<size_t>{1});
  CHECK(ps[2].old_clauses == std::vector<size_t>{2});
}

TEST_CASE("a deleted clause after a moved one stands after the nearest clause that stayed") {
  Document old_doc = make_doc({"Alpha clause about oceans and seas,", "Mu clause about the moon and tides,",
                               "Xi clause that is going away entirely,", "Pi clause about rivers and lakes,",
                               "Rho clause about forests and soil,"});
  Document new_doc = make_doc({"Alpha clause about oceans and seas,", "Pi clause about rivers and lakes,",
                               "Rho clause about forests and soil,", "Mu clause about the moon and tides,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 5, 4);
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].old_clauses == std::vector<size_t>{0});
  CHECK(ps[1].status == Status::Deleted);  // after Alpha, not after Mu at the end
  CHECK(ps[1].old_clauses == std::vector<size_t>{2});
  CHECK(ps[4].status == Status::Moved);
  CHECK(ps[4].old_clauses == std::vector<size_t>{1});
}

TEST_CASE("the anchors' longest increasing run keeps the most clauses in place") {
  // Two blocks swap: the larger stays, the smaller moves.
  Document old_doc = make_doc({"One apple,", "Two bananas,", "Three cherries,", "Four dates,", "Five elderberries,"});
  Document new_doc = make_doc({"Four dates,", "Five elderberries,", "One apple,", "Two bananas,", "Three cherries,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 5, 5);
  for (const Pairing& p : ps) {
    bool small_block = p.old_clauses[0] >= 3;
    CHECK(p.status == (small_block ? Status::Moved : Status::Unchanged));
  }
}

TEST_CASE("a key repeated in the document but unique in a gap still anchors there") {
  // "Decides to remain seized of the matter." closes both parts; patience repeats inside gaps.
  Document old_doc = make_doc({"Recalling A,", "Decides to remain seized of the matter.", "Noting B,",
                               "Decides to remain seized of the matter.", "Urging C,"});
  Document new_doc = make_doc({"Recalling A,", "Inserted new text on a fresh subject,", "Decides to remain seized of the matter.",
                               "Noting B,", "Decides to remain seized of the matter.", "Urging C,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 5, 6);
  CHECK(find_new(ps, 1)->status == Status::Inserted);
  CHECK(find_new(ps, 2)->old_clauses == std::vector<size_t>{1});
  CHECK(find_new(ps, 4)->old_clauses == std::vector<size_t>{3});
  for (size_t j : {0u, 2u, 3u, 4u, 5u}) CHECK(find_new(ps, j)->status == Status::Unchanged);
}

TEST_CASE("10,000 look-alike recitals align by content") {
  const char* months[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"};
  std::mt19937 rng(3);
  std::vector<std::string> old_texts;
  for (int i = 0; i < 10000; ++i)
    old_texts.push_back("Recalling its resolution " + std::to_string(40 + rng() % 40) + "/" + std::to_string(rng() % 300) +
                        " of " + std::to_string(1 + rng() % 28) + " " + months[rng() % 12] + " " +
                        std::to_string(1990 + rng() % 35) + ", and its resolutions on the question,");
  std::vector<std::string> new_texts;
  for (size_t i = 0; i < old_texts.size(); ++i)
    if (i % 10 != 3) new_texts.push_back(old_texts[i]);
  auto ps = align(make_doc(old_texts), make_doc(new_texts));
  check_partition(ps, old_texts.size(), new_texts.size());
  size_t deleted = 0;
  for (const Pairing& p : ps) {
    if (p.status == Status::Deleted) {
      ++deleted;
    } else if (!p.old_clauses.empty()) {
      CHECK(old_texts[p.old_clauses[0]] == new_texts[p.new_clauses[0]]);
    }
  }
  CHECK(deleted == 1000);
}

TEST_CASE("the worked example of soft_anchors.cpp: look-alikes swapped and edited pair by content") {
  Document old_doc = make_doc({"Recalling its resolution 70/1 on the 2030 Agenda", "Noting the report of the Secretary-General",
                               "Recalling its resolution 75/58 on terrorism"});
  Document new_doc = make_doc({"Recalling its resolution 79/42 on terrorism", "Noting the report of the Secretary-General",
                               "Recalling its resolution 70/1 on the 2030 Agenda for Sustainable Development"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 3);
  CHECK(find_old(ps, 0)->new_clauses == std::vector<size_t>{2});
  CHECK(find_old(ps, 0)->status == Status::Moved);
  CHECK(find_old(ps, 1)->status == Status::Unchanged);
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{0});
  CHECK(find_old(ps, 2)->status == Status::Moved);
}

TEST_CASE("one moved clause among edited ones: the edited ones stay, the moved one moves") {
  // Old P Q R S, new Q' R' S' P: one move, not three.
  Document old_doc = make_doc({"Decides to remain seized of the matter.", "Welcomes the report of the Secretary-General on oceans,",
                               "Notes with concern the financial situation of the Agency,",
                               "Calls upon all States to cooperate fully with the Special Rapporteur,"});
  Document new_doc = make_doc({"Welcomes the comprehensive report of the Secretary-General on oceans,",
                               "Notes with deep concern the financial situation of the Agency,",
                               "Calls upon all States to cooperate fully and promptly with the Special Rapporteur,",
                               "Decides to remain seized of the matter."});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 4);
  CHECK(find_old(ps, 0)->status == Status::Moved);
  for (size_t i = 1; i < 4; ++i) {
    CHECK(find_old(ps, i)->status == Status::Changed);
    CHECK(find_old(ps, i)->new_clauses == std::vector<size_t>{i - 1});
  }
}

TEST_CASE("the worked example of moves.cpp: no clear best partner, the leftovers meet best first") {
  Document old_doc = make_doc({"Alpha clause about oceans and seas,", "Beta clause about forests and soil,",
                               "Stressing the need for international cooperation in this field",
                               "Stressing the need for cooperation in this region"});
  Document new_doc = make_doc({"Stressing the urgent need for cooperation in this field", "Alpha clause about oceans and seas,",
                               "Beta clause about forests and soil,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  CHECK(find_old(ps, 2)->status == Status::Moved);
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{0});
  CHECK(find_old(ps, 3)->status == Status::Deleted);
}

TEST_CASE("look-alikes: the first come is not the one that was kept") {
  // Old: three look-alike recitals; the first was deleted and the other two updated. Pairing in
  // order would turn the first into the second and so on; content pairs 70/1's successor with 70/1.
  Document old_doc = make_doc({"Recalling its resolution 68/11 of 6 December 2013 on the prevention of an arms race,",
                               "Recalling its resolution 70/1 of 25 September 2015 on transforming our world,",
                               "Recalling its resolution 75/58 of 7 December 2020 on terrorism and weapons,",
                               "Stressing the final matter before the Assembly,"});
  Document new_doc = make_doc({"Recalling its resolution 70/1 of 25 September 2015 on transforming our world, the 2030 Agenda,",
                               "Recalling its resolution 79/42 of 2 December 2024 on terrorism and weapons,",
                               "Stressing the final matter before the Assembly,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  CHECK(find_old(ps, 0)->status == Status::Deleted);
  CHECK(find_old(ps, 1)->new_clauses == std::vector<size_t>{0});
  CHECK(find_old(ps, 2)->new_clauses == std::vector<size_t>{1});
  CHECK(find_old(ps, 1)->status == Status::Changed);
  CHECK(find_old(ps, 2)->status == Status::Changed);
}

TEST_CASE("look-alikes swapped across other clauses and both edited: each moved to its own successor") {
  Document old_doc = make_doc({"Recalling its resolution 68/11 of 6 December 2013 on the prevention of an arms race,",
                               "Noting with concern the situation in the region,", "Welcoming the report of the Panel,",
                               "Stressing the need for action by all States,",
                               "Recalling its resolution 75/58 of 7 December 2020 on terrorism and weapons,",
                               "Deciding to remain seized,"});
  Document new_doc = make_doc({"Recalling its resolution 79/42 of 2 December 2024 on terrorism and weapons,",
                               "Noting with concern the situation in the region,", "Welcoming the report of the Panel,",
                               "Stressing the need for action by all States,",
                               "Recalling its resolution 68/11 of 6 December 2013 on the prevention of an arms race in outer space,",
                               "Deciding to remain seized,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 6, 6);
  CHECK(find_old(ps, 0)->new_clauses == std::vector<size_t>{4});
  CHECK(find_old(ps, 0)->status == Status::Moved);
  CHECK(find_old(ps, 4)->new_clauses == std::vector<size_t>{0});
  CHECK(find_old(ps, 4)->status == Status::Moved);
  for (size_t i : {1u, 2u, 3u, 5u}) CHECK(find_old(ps, i)->status == Status::Unchanged);
}

TEST_CASE("the worked example of splits.cpp: a recital split in two") {
  Document old_doc = make_doc({"Reaffirming the purposes and principles of the Charter,",
                               "Recalling its resolution 79/42, and noting with appreciation the report of the Secretary-General "
                               "on the question,",
                               "Stressing the final matter before the Assembly,"});
  Document new_doc = make_doc({"Reaffirming the purposes and principles of the Charter,", "Recalling its resolution 79/42,",
                               "Noting with appreciation the report of the Secretary-General on the question,",
                               "Stressing the final matter before the Assembly,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 4);
  REQUIRE(ps.size() == 3);
  CHECK(ps[1].status == Status::Split);
  CHECK(ps[1].old_clauses == std::vector<size_t>{1});
  CHECK(ps[1].new_clauses == std::vector<size_t>{1, 2});
  CHECK(ps[1].similarity > 0.9);
  CHECK(ps[0].status == Status::Unchanged);
  CHECK(ps[2].status == Status::Unchanged);
}

TEST_CASE("a clause split in three small pieces, none of which pairs alone") {
  Document old_doc = make_doc({"Opening clause that stays the same,",
                               "Calls upon all States to ratify the Convention, to implement its provisions fully and "
                               "to report on the measures taken to the Committee established under it;",
                               "Closing clause that stays the same."},
                              ClauseKind::Operative);
  Document new_doc = make_doc({"Opening clause that stays the same,", "Calls upon all States to ratify the Convention;",
                               "Also calls upon all States to implement its provisions fully;",
                               "Further calls upon all States to report on the measures taken to the Committee established under it;",
                               "Closing clause that stays the same."},
                              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 5);
  const Pairing* p = find_old(ps, 1);
  REQUIRE(p != nullptr);
  CHECK(p->status == Status::Split);
  CHECK(p->new_clauses == std::vector<size_t>{1, 2, 3});
}

TEST_CASE("two consecutive paragraphs merged into one") {
  Document old_doc = make_doc({"Opening clause that stays the same,", "Welcomes the report of the Secretary-General on the question;",
                               "Encourages Member States to consider its recommendations in their national policies;",
                               "Closing clause that stays the same."},
                              ClauseKind::Operative);
  Document new_doc = make_doc({"Opening clause that stays the same,",
                               "Welcomes the report of the Secretary-General on the question, and encourages Member States to "
                               "consider its recommendations in their national policies;",
                               "Closing clause that stays the same."},
                              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 3);
  REQUIRE(ps.size() == 3);
  CHECK(ps[1].status == Status::Merged);
  CHECK(ps[1].old_clauses == std::vector<size_t>{1, 2});
  CHECK(ps[1].new_clauses == std::vector<size_t>{1});
}

TEST_CASE("an insertion next to a changed clause is no split") {
  Document old_doc = make_doc({"Reaffirming the purposes and principles of the Charter,",
                               "Recalling its resolution 75/58 of 7 December 2020,", "Stressing the final matter,"});
  Document new_doc = make_doc({"Reaffirming the purposes and principles of the Charter,",
                               "Recalling its resolution 79/42 of 2 December 2024,",
                               "Recalling also its resolution 76/30 of 6 December 2021,", "Stressing the final matter,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 4);
  CHECK(find_old(ps, 1)->status == Status::Changed);
  CHECK(find_old(ps, 1)->new_clauses == std::vector<size_t>{1});
  CHECK(find_new(ps, 2)->status == Status::Inserted);

  // The same with an unrelated insertion, and with a deletion beside a change (no merge).
  new_doc.clauses[2].text = "Noting with appreciation the work of the regional centres for peace and disarmament,";
  ps = align(old_doc, new_doc);
  CHECK(find_new(ps, 2)->status == Status::Inserted);
  auto back = align(new_doc, old_doc);
  CHECK(find_old(back, 2)->status == Status::Deleted);
  CHECK(find_old(back, 1)->status == Status::Changed);
}

TEST_CASE("renumbering of sub-paragraphs: one inserted, the later ones unchanged, nothing moved") {
  Document old_doc = make_doc({"Requests the Secretary-General:"}, ClauseKind::Operative);
  add_clauses(old_doc, {"To report on the implementation of the present resolution;",
                        "To report on the financing of the mission;", "To report on the safety of personnel;"},
              ClauseKind::Subparagraph);
  add_clauses(old_doc, {"Decides to remain seized of the matter."}, ClauseKind::Operative);
  Document new_doc = make_doc({"Welcomes the report of the Secretary-General;", "Requests the Secretary-General:"},
                              ClauseKind::Operative);
  add_clauses(new_doc, {"To report on the implementation of the present resolution;",
                        "To consult Member States on the question of a new mandate;",
                        "To report on the financing of the mission;", "To report on the safety of personnel;"},
              ClauseKind::Subparagraph);
  add_clauses(new_doc, {"Decides to remain seized of the matter."}, ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 5, 7);
  for (const Pairing& p : ps) {
    if (p.old_clauses.empty()) {
      CHECK(p.status == Status::Inserted);
    } else {
      CHECK(p.status == Status::Unchanged);
    }
  }
  CHECK(find_new(ps, 0)->status == Status::Inserted);
  CHECK(find_new(ps, 3)->status == Status::Inserted);
}

TEST_CASE("a recital that moves to the operative part in place is moved, with the new kind") {
  Document old_doc = make_doc({"Recalling its earlier resolutions on the question,",
                               "Stressing the importance of international cooperation in combating terrorism,"});
  add_clauses(old_doc, {"Calls upon all Member States to support international efforts;"}, ClauseKind::Operative);
  Document new_doc = make_doc({"Recalling its earlier resolutions on the question,"});
  add_clauses(new_doc, {"Stresses the importance of international cooperation in combating terrorism;",
                        "Calls upon all Member States to support international efforts;"},
              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 3, 3);
  const Pairing* p = find_old(ps, 1);
  CHECK(p->status == Status::Moved);
  CHECK(p->new_clauses == std::vector<size_t>{1});
  CHECK(find_old(ps, 2)->status == Status::Unchanged);
}

TEST_CASE("a look-alike inserted beside a shortened clause is no split, whatever the order of growth") {
  // X' lost "Charter of the"; the look-alike after it has those words. Grown from the look-alike,
  // X' adds enough to it; but given X', the look-alike adds only 5 of its 25 features.
  Document old_doc = make_doc({"Reaffirming the purposes and principles of the Charter of the United Nations,",
                               "Reaffirming also the International Covenant on Civil and Political Rights,"});
  Document new_doc = make_doc({"Reaffirming the purposes and principles of the United Nations,",
                               "Reaffirming also the regional and principles of national Charter of the United Nations,",
                               "Reaffirming also the International Covenant on Civil and Political Rights,"});
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 2, 3);
  CHECK(find_old(ps, 0)->status == Status::Changed);
  CHECK(find_old(ps, 0)->new_clauses == std::vector<size_t>{0});
  CHECK(find_new(ps, 1)->status == Status::Inserted);
}

TEST_CASE("a recital that becomes an operative paragraph after its neighbour: it moved, not the neighbour") {
  // In reading order the two swap places; the one that changed part is the one that moved.
  Document old_doc = make_doc({"Reaffirming the purposes and principles of the Charter,",
                               "Stressing also the importance of enhancing the participation of Indigenous Peoples,",
                               "Recognizing that 5 September is commemorated in several countries,"});
  add_clauses(old_doc, {"Decides to proclaim 5 September of each year as the International Day;"}, ClauseKind::Operative);
  Document new_doc = make_doc({"Reaffirming the purposes and principles of the Charter,",
                               "Recognizing that 5 September is commemorated in several countries,"});
  add_clauses(new_doc, {"Stressing also the importance of enhancing the participation of Indigenous Peoples;",
                        "Decides to proclaim 5 September of each year as the International Day;"},
              ClauseKind::Operative);
  auto ps = align(old_doc, new_doc);
  check_partition(ps, 4, 4);
  CHECK(find_old(ps, 1)->status == Status::Moved);
  CHECK(find_old(ps, 1)->new_clauses == std::vector<size_t>{2});
  CHECK(find_old(ps, 2)->status == Status::Unchanged);
  CHECK(find_old(ps, 3)->status == Status::Unchanged);
}

TEST_CASE("a tolerance makes a clause that differs only in what it ignores unchanged") {
  Document a = make_doc({"Recalling one thing,", "Encourages States parties to act,", "Stressing post- conflict work;"});
  Document b = make_doc({"Recalling one thing,", "Encourages States Parties to act,", "Stressing post-conflict work;"});
  auto exact = align(a, b);
  REQUIRE(exact.size() == 3);
  CHECK(exact[1].status == Status::Changed);
  CHECK(exact[2].status == Status::Changed);
  AlignOptions options;
  options.tolerance.ignore_case = true;
  auto by_case = align(a, b, options);
  CHECK(by_case[1].status == Status::Unchanged);
  CHECK(by_case[2].status == Status::Changed);
  options.tolerance.ignore_space = true;
  auto both = align(a, b, options);
  CHECK(both[1].status == Status::Unchanged);
  CHECK(both[2].status == Status::Unchanged);
}
