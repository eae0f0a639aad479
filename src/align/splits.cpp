// Stage 4 of alignment: splits and merges.
//
// Drafters cut a long recital in two ("Recalling A, and noting B," becomes "Recalling A," and
// "Noting B,") and join short paragraphs into one. One-to-one pairing sees a split as one changed
// clause (the old clause with its larger piece) and an insertion (the other piece), or, when every
// piece is small, as a deletion and several insertions. This stage looks for those shapes among
// the clauses that are free or only paired as changed or moved, and turns them into one split
// (one old clause, several consecutive new ones) or one merge (several consecutive old, one new).
//
// The test is coverage. For a clause X and a run R of consecutive clauses on the other side,
// cover(X, R) is the share of X's features (word unigrams and bigrams, a multiset) found in R's
// keys joined by spaces. A true split covers nearly all of X however X was cut, while each
// single piece covers only its own share (an even cut into two: about half). Runs grow from
// seeds: X's own partner, and the free clauses that share X's rare word pairs (the shingle index,
// or all free clauses when there are few). From a seed the run extends left or right, one
// available neighbour at a time, taking the neighbour that adds most coverage, while the features
// of X it newly covers are at least kPieceGain of its own features and it is itself contained in
// X; at most kMaxPieces pieces.
//
// A run is accepted when
//   1. it has two pieces or more and covers at least kSplitFloor of X (and the threshold),
//   2. it covers X better than X's best single partner (a piece, or its current partner) by
//      kSplitGain, and
//   3. every piece is contained in X: at least kPieceContainment of its own features are in X,
//   4. every piece is needed: without it, the others cover less of X by kPieceGain of its size.
// Conditions 2 and 3 keep an ordinary insertion next to a changed clause out. An unrelated
// inserted clause brings words X never had (3). A look-alike insertion shares X's words, but
// coverage counts them as a multiset, so it adds only what the changed clause did not already
// cover: "Recalling also its resolution 76/30 of 6 December 2021," after X' "Recalling its
// resolution 79/42 of 2 December 2024," (X "… 75/58 of 7 December 2020," updated) covers none of
// the features X' misses (75, 58, 7, 2020): it adds nothing, and the run never grows.
// A piece that shares only a common word pair with X ("to report on the") adds too little of X
// for its size, and stays out. Condition 4 checks the same at the end, for every piece against
// all the others, since the order of growth must not matter: X "Reaffirming the purposes and
// principles of the Charter of the United Nations," edited to X' (without "Charter of the") with
// a look-alike "Reaffirming also the regional and principles of national Charter of the United
// Nations," inserted after it is no split, although the look-alike is 64% contained in X and X'
// adds enough to it: given X', the look-alike only adds 5 features of its 25. Repeated openers ("Also calls upon all States …" after "Calls
// upon all States …") are allowed for: a piece must add only kPieceGain of its size, and a dice
// of X against the joined pieces, which would count the repetition against the run, is not used.
//
// Pieces need not be neighbours. A drafter merges operative 3 and 5 and leaves 4 between them,
// or cuts a recital and moves its second half further down. When no run of neighbours passes
// the test, the pieces are chosen from the seeds wherever they stand: the available seeds
// contained in X (condition 3) form a pool; the one that covers most of X starts, and the one
// that adds most joins, while it adds at least kPieceGain of its own features; the pieces, in
// reading order, must then pass conditions 1, 2 and 4 like a run. Clauses paired with others
// (operative 4 above) are never pieces: only free clauses and X's own partner are available.
// Worked example: old OP3 "Urges all Member States to take national measures," and OP5 "Requests
// the Secretary-General to compile a report," became new OP3 "Urges all Member States to take
// national measures, and requests the Secretary-General to compile a report,"; OP4 is unchanged
// between them. Stage 3 paired OP3 with new OP3 (changed); OP5 is free. No run of neighbours of
// OP3 covers the new clause (OP4 is taken), but the pool {OP3, OP5} does: merged, OP3 + OP5 → OP3.
//
// Proposals of both kinds compete: the largest gain first, each clause used once. An accepted
// split releases the old clause's pair, if it had one; released clauses go on to stage 5 (moves).
// The Pairing's similarity is dice(X, R).
//
// Worked example. Old recital X "Recalling its resolution 79/42, and noting with appreciation the
// report of the Secretary-General on the question," became, in place, new recitals N1 "Recalling
// its resolution 79/42," and N2 "Noting with appreciation the report of the Secretary-General on
// the question,". Stage 2 paired X with N2 (the larger piece, dice 0.79, against 0.41 for N1);
// N1 is free. Seeds: N2 (X's partner) and N1. N2 covers 0.66 of X; grown left to N1 N2 the run
// covers 0.91 (only "and" and the bigrams around it are missing), a gain of 0.25; both pieces are
// wholly contained in X: X is split into N1 N2, with dice 0.94.
#include <algorithm>
#include <unordered_map>

#include "align/stages.hpp"

namespace resdiff::align_stage {
namespace {

/// Most pieces one split or merge may have.
constexpr size_t kMaxPieces = 8;
/// Lowest coverage of a clause by its pieces, whatever the threshold.
constexpr double kSplitFloor = 0.6;
/// How much more of the clause the pieces together must cover than its best single partner.
constexpr double kSplitGain = 0.08;
/// Share of its own features a piece must add to the run's coverage of the clause to join it.
constexpr double kPieceGain = 0.35;
/// Share of a piece's features that must be found in the clause it came from.
constexpr double kPieceContainment = 0.6;
/// Gaps up to this many candidate pairs look at every free clause as a seed.
constexpr size_t kAllSeeds = 4096;

/// One direction of the search: a split looks from an old clause at runs of new ones, a merge
/// from a new clause at runs of old ones.
struct View {
  const Side* one;   ///< the side of the single clause
  const Side* many;  ///< the side of the pieces
  Status status;     ///< Split or Merged
};

/// A proposed split or merge.
struct Proposal {
  Status status = Status::Split;
  size_t one = kNone;          ///< position of the single clause on its side
  size_t partner = kNone;      ///< its partner when proposed (kNone if free)
  std::vector<size_t> pieces;  ///< positions of the pieces on the other side, increasing
  double cover = 0.0;          ///< cover(one, pieces)
  double gain = 0.0;           ///< cover less the best single partner's
  double score = 0.0;          ///< dice(one, pieces)
};

/// How many of one clause X's features the keys of some clauses of the other side, joined by
/// spaces in reading order, hold (as multisets), kept as those clauses come and go: the features
/// of keys joined by a space are each key's, plus the word pair across each space
/// (joining_feature), so nothing is ever joined or profiled again. Every piece has words (it is
/// contained in X, see contained()).
class Coverage {
 public:
  Coverage(const Side& many, const Profile& whole) : many_(many) {
    for (size_t k = 0; k < whole.features.size(); ++k) {
      if (k == 0 || whole.features[k] != whole.features[k - 1]) {
        distinct_.push_back(whole.features[k]);
        wants_.push_back(0);
      }
      ++wants_.back();
    }
    have_.assign(distinct_.size(), 0);
  }

  /// The features of X held now.
  size_t covered() const { return static_cast<size_t>(covered_); }

  /// Adds (sign 1) or takes away (sign -1) the features of clause m's key.
  void piece(size_t m, int sign) {
    for (uint32_t i : hits(m)) change(i, sign);
  }

  /// Adds or takes away the word pair across the space between the keys of clauses a and b.
  void join(size_t a, size_t b, int sign) {
    const Profile& pa = many_.profiles[a];
    const Profile& pb = many_.profiles[b];
    if (pa.features.empty() || pb.features.empty()) return;
    uint32_t f = many_.profiles.vocabularies().features.find(joining_feature(pa.tail, pb.head));
    if (f == Vocabulary::kNoId) return;  // a word pair no clause has, X neither
    auto at = std::lower_bound(distinct_.begin(), distinct_.end(), f);
    if (at != distinct_.end() && *at == f) change(static_cast<uint32_t>(at - distinct_.begin()), sign);
  }

  /// Adds or takes away the pieces (increasing positions) and the spaces between them.
  void pieces(const std::vector<size_t>& pieces, int sign) {
    for (size_t k = 0; k < pieces.size(); ++k) {
      piece(pieces[k], sign);
      if (k > 0) join(pieces[k - 1], pieces[k], sign);
    }
  }

  /// The features of X that the pieces hold (nothing else held meanwhile).
  size_t of(const std::vector<size_t>& pieces) {
    this->pieces(pieces, 1);
    size_t c = covered();
    this->pieces(pieces, -1);
    return c;
  }

  /// The features of X that positions first..last hold.
  size_t of_run(size_t first, size_t last) {
    for (size_t k = first; k <= last; ++k) {
      piece(k, 1);
      if (k > first) join(k - 1, k, 1);
    }
    size_t c = covered();
    for (size_t k = first; k <= last; ++k) {
      piece(k, -1);
      if (k > first) join(k - 1, k, -1);
    }
    return c;
  }

 private:
  /// Indices into distinct_ of clause m's features that X has, with their repeats.
  const std::vector<uint32_t>& hits(size_t m) {
    auto [it, fresh] = hits_.try_emplace(m);
    if (fresh) {
      const std::vector<uint32_t>& f = many_.profiles[m].features;
      for (size_t i = 0, j = 0; i < f.size() && j < distinct_.size();) {
        if (f[i] < distinct_[j]) {
          ++i;
        } else if (distinct_[j] < f[i]) {
          ++j;
        } else {
          it->second.push_back(static_cast<uint32_t>(j));
          ++i;
        }
      }
    }
    return it->second;
  }

  /// One more (sign 1) or one fewer (-1) of distinct feature i: covered_ stays the sum over i of
  /// min(wants_[i], have_[i]), whatever the order of the changes.
  void change(uint32_t i, int sign) {
    if (sign > 0) {
      if (have_[i] < wants_[i]) ++covered_;
      ++have_[i];
    } else {
      --have_[i];
      if (have_[i] < wants_[i]) --covered_;
    }
  }

  const Side& many_;
  std::vector<uint32_t> distinct_;  ///< X's distinct features, increasing
  std::vector<int32_t> wants_;      ///< how often X has each
  std::vector<int32_t> have_;       ///< how often the pieces held now have each
  int64_t covered_ = 0;
  std::unordered_map<size_t, std::vector<uint32_t>> hits_;
};

/// The positions first..last.
std::vector<size_t> run_of(size_t first, size_t last) {
  std::vector<size_t> out;
  for (size_t k = first; k <= last; ++k) out.push_back(k);
  return out;
}

/// Share of whole's features found in part's (as multisets).
double cover(const Profile& whole, const Profile& part) {
  if (whole.features.empty()) return 0.0;
  return static_cast<double>(common_features(whole.features, part.features)) / static_cast<double>(whole.features.size());
}

/// True when piece is contained in whole (condition 3 of the essay).
bool contained(const Profile& piece, const Profile& whole) {
  return !piece.features.empty() && static_cast<double>(common_features(piece.features, whole.features)) >=
                                        kPieceContainment * static_cast<double>(piece.features.size());
}

/// True when every piece adds at least kPieceGain of its own size to the pieces' coverage of X,
/// given all the other pieces (condition 4 of the essay); coverage holds nothing meanwhile.
bool every_piece_adds(const Side& many, const std::vector<size_t>& pieces, Coverage& coverage, size_t covered) {
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::vector<size_t> others = pieces;
    others.erase(others.begin() + static_cast<std::ptrdiff_t>(k));
    size_t without = coverage.of(others);
    double added = static_cast<double>(covered) - static_cast<double>(without);
    if (added < kPieceGain * static_cast<double>(many.profiles[pieces[k]].features.size())) return false;
  }
  return true;
}

/// Proposals for one direction.
void propose(const Context& ctx, const View& view, std::vector<Proposal>& out) {
  const Side& one = *view.one;
  const Side& many = *view.many;
  const bool split = view.status == Status::Split;
  // Status of each one-side clause's current match, to skip the unchanged ones.
  std::vector<Status> status_of(one.partner.size(), Status::Inserted);
  for (const Match& m : ctx.matches) status_of[split ? m.old_pos : m.new_pos] = m.status;

  std::vector<size_t> eligible;
  for (size_t x = 0; x < one.partner.size(); ++x) {
    if (one.partner[x] == kGrouped) continue;
    if (one.partner[x] != kNone && status_of[x] == Status::Unchanged) continue;
    eligible.push_back(x);
  }
  std::vector<size_t> free_many = free_positions(many);
  if (eligible.empty() || free_many.empty()) return;  // a split needs at least one free piece
  const bool all_seeds = eligible.size() * free_many.size() <= kAllSeeds;
  ShingleIndex index(many, all_seeds ? std::vector<size_t>{} : free_many);

  auto available = [&](size_t m, size_t x) {
    return m < many.partner.size() && (many.partner[m] == kNone || many.partner[m] == x);
  };
  const double floor = std::max(ctx.options.threshold, kSplitFloor);

  for (size_t x : eligible) {
    const Profile& whole = one.profiles[x];
    if (whole.features.empty()) continue;
    std::vector<size_t> seeds;
    if (one.partner[x] != kNone) seeds.push_back(one.partner[x]);
    if (all_seeds) {
      seeds.insert(seeds.end(), free_many.begin(), free_many.end());
    } else {
      size_t expected = x * many.partner.size() / std::max<size_t>(1, one.partner.size());
      for (size_t m : index.candidates(whole, expected, kCandidateLimit, kPostingBudget)) seeds.push_back(m);
    }
    const double partner_cover = one.partner[x] != kNone ? cover(whole, many.profiles[one.partner[x]]) : 0.0;
    Proposal best;
    Coverage coverage(many, whole);
    std::vector<std::vector<size_t>> tried;
    // Proposes pieces (increasing positions) that cover `covered` features of X, if the essay's
    // conditions 1, 2 and 4 hold (3 holds for every piece already) and it gains most so far.
    auto consider = [&](std::vector<size_t> pieces, size_t covered) {
      if (pieces.size() < 2 || std::find(tried.begin(), tried.end(), pieces) != tried.end()) return;
      tried.push_back(pieces);
      double best_single = partner_cover;
      for (size_t k : pieces) best_single = std::max(best_single, cover(whole, many.profiles[k]));
      double share = static_cast<double>(covered) / static_cast<double>(whole.features.size());
      if (share < floor || share < best_single + kSplitGain) return;
      if (!every_piece_adds(many, pieces, coverage, covered)) return;
      if (share - best_single > best.gain) {
        // dice(X, the pieces' keys joined): those have each piece's features and one per space.
        size_t joined = pieces.size() - 1;
        for (size_t k : pieces) joined += many.profiles[k].features.size();
        double score = 2.0 * static_cast<double>(covered) / static_cast<double>(whole.features.size() + joined);
        best = {view.status, x, one.partner[x], std::move(pieces), share, share - best_single, score};
      }
    };
    for (size_t seed : seeds) {
      if (!contained(many.profiles[seed], whole)) continue;
      size_t first = seed, last = seed;
      size_t covered = common_features(whole.features, many.profiles[seed].features);
      // Features of X covered when the run is extended to `to`, or 0 when the piece may not join.
      auto extend = [&](size_t piece, size_t from, size_t to) -> size_t {
        if (!available(piece, x) || !contained(many.profiles[piece], whole)) return 0;
        size_t now = coverage.of_run(from, to);
        double added = static_cast<double>(now) - static_cast<double>(covered);
        return added >= kPieceGain * static_cast<double>(many.profiles[piece].features.size()) ? now : 0;
      };
      while (last - first + 1 < kMaxPieces) {
        size_t left = first > 0 ? extend(first - 1, first - 1, last) : 0;
        size_t right = last + 1 < many.partner.size() ? extend(last + 1, first, last + 1) : 0;
        if (left == 0 && right == 0) break;
        if (left >= right) {
          --first;
          covered = left;
        } else {
          ++last;
          covered = right;
        }
      }
      if (last > first) consider(run_of(first, last), covered);
    }
    // Pieces that are not neighbours: a merge of two paragraphs with others between them, or a
    // piece of a split that went elsewhere. Only when no run of neighbours would do.
    if (best.one == kNone) {
      std::vector<size_t> pool;  // the available seeds contained in X
      for (size_t m : seeds)
        if (available(m, x) && contained(many.profiles[m], whole) && std::find(pool.begin(), pool.end(), m) == pool.end())
          pool.push_back(m);
      if (pool.size() >= 2) {
        // Start from the piece that covers most of X, then add, one at a time, the piece that adds
        // most, while it adds at least kPieceGain of its own features.
        std::vector<size_t> pieces;
        size_t covered = 0;
        for (size_t m : pool) {
          size_t c = common_features(whole.features, many.profiles[m].features);
          if (c > covered) {
            covered = c;
            pieces = {m};
          }
        }
        coverage.pieces(pieces, 1);  // held while the greedy runs: each try adds one piece, then takes it away
        while (!pieces.empty() && pieces.size() < kMaxPieces) {
          size_t best_piece = kNone, best_now = covered;
          double best_added = 0.0;
          for (size_t m : pool) {
            if (std::find(pieces.begin(), pieces.end(), m) != pieces.end()) continue;
            // m goes between the pieces before and after it: its space replaces theirs.
            auto at = std::upper_bound(pieces.begin(), pieces.end(), m);
            const size_t before = at != pieces.begin() ? *(at - 1) : kNone, after = at != pieces.end() ? *at : kNone;
            auto with_m = [&](int sign) {
              coverage.piece(m, sign);
              if (before != kNone && after != kNone) coverage.join(before, after, -sign);
              if (before != kNone) coverage.join(before, m, sign);
              if (after != kNone) coverage.join(m, after, sign);
            };
            with_m(1);
            size_t now = coverage.covered();
            with_m(-1);
            double added = static_cast<double>(now) - static_cast<double>(covered);
            if (added >= kPieceGain * static_cast<double>(many.profiles[m].features.size()) && added > best_added) {
              best_added = added;
              best_piece = m;
              best_now = now;
            }
          }
          if (best_piece == kNone) break;
          coverage.pieces(pieces, -1);
          pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), best_piece), best_piece);
          coverage.pieces(pieces, 1);
          covered = best_now;
        }
        coverage.pieces(pieces, -1);
        consider(std::move(pieces), covered);
      }
    }
    if (best.one != kNone) out.push_back(best);
  }
}

}  // namespace

void match_splits(Context& ctx) {
  std::vector<Proposal> proposals;
  propose(ctx, {&ctx.old_side, &ctx.new_side, Status::Split}, proposals);
  propose(ctx, {&ctx.new_side, &ctx.old_side, Status::Merged}, proposals);
  std::sort(proposals.begin(), proposals.end(), [](const Proposal& a, const Proposal& b) {
    if (a.gain != b.gain) return a.gain > b.gain;
    if (a.cover != b.cover) return a.cover > b.cover;
    return a.one < b.one;
  });
  for (const Proposal& p : proposals) {
    const bool split = p.status == Status::Split;
    Side& one = split ? ctx.old_side : ctx.new_side;
    Side& many = split ? ctx.new_side : ctx.old_side;
    if (one.partner[p.one] != p.partner) continue;  // taken by an earlier proposal
    bool ok = true;
    for (size_t k : p.pieces) ok = ok && (many.partner[k] == kNone || many.partner[k] == p.one);
    if (!ok) continue;
    if (p.partner != kNone) unrecord(ctx, split ? p.one : p.partner);
    Group g;
    g.status = p.status;
    g.similarity = p.score;
    for (size_t k : p.pieces) many.partner[k] = kGrouped;
    one.partner[p.one] = kGrouped;
    (split ? g.old_pos : g.new_pos) = {p.one};
    (split ? g.new_pos : g.old_pos) = p.pieces;
    ctx.groups.push_back(std::move(g));
  }
}

}  // namespace resdiff::align_stage
