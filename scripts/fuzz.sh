#!/usr/bin/env bash
# Builds resdiff's libFuzzer targets (fuzz/, with clang, ASan and UBSan) and runs them.
#
#   bash scripts/fuzz.sh --ci                 every target for 20 s, seeds from fixtures/ (CI)
#   bash scripts/fuzz.sh --seconds 1800 compare write_docx
#                                             a long local run of two targets
#
# Options: --ci (short runs, fixed random seed, nothing kept between runs), --seconds N per target
# (default 1800; 20 with --ci), --no-build (run what is built, e.g. beside another run),
# TARGET... (default: all of them). BUILD_DIR (default build-fuzz), JOBS and REPORT (default
# BUILD_DIR/fuzz-report.txt) override the defaults. Seeds come from fixtures/ and, when it is there, the shared corpus
# (../shared/corpus or $RESDIFF_CORPUS); the corpus each run grows is kept in
# BUILD_DIR/corpus/TARGET/ so that the next run goes on from it. Findings (crash-*, timeout-*,
# oom-*, leak-*) land in BUILD_DIR/findings/TARGET/: fix each, then copy the input into
# fuzz/regressions/TARGET/, where ctest replays it in every build.
#
# Prints one line per target (executions, time, coverage as libFuzzer counts it: "cov" edges and
# "ft" features, corpus size, findings), also written to BUILD_DIR/fuzz-report.txt; exits 1 when
# any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(load_text load_html load_docx load_pdf segment compare write_html write_docx)
ci=false
build_it=true
seconds=
targets=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --ci) ci=true ;;
    --no-build) build_it=false ;;
    --seconds) seconds=${2:?--seconds needs a number}; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1") ;;
  esac
  shift
done
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
if [[ -z $seconds ]]; then if $ci; then seconds=20; else seconds=1800; fi; fi
build=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}
corpus=${RESDIFF_CORPUS:-../shared/corpus}
[[ -d $corpus ]] || corpus=/work/shared/corpus
[[ -d $corpus ]] || corpus=

if $build_it; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  clang=clang++
  command -v clang++-14 >/dev/null && clang=clang++-14  # Debian 12's clang-14 package
  # the same configuration as scripts/test.sh's clang stage (tests on: this builds only the
  # fuzz targets, but the build directory's cache stays the one the test suite is built from)
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clang" -DRESDIFF_DEV=ON \
    -DRESDIFF_FUZZ=ON -DRESDIFF_TESTS=ON "${launcher[@]}" >/dev/null
  cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}" >/dev/null
fi

# seeds DIR TARGET: the seed inputs of one target, made afresh from the fixtures (and the corpus).
seeds() {
  local dir=$1 target=$2 f
  rm -rf "$dir"
  mkdir -p "$dir"
  local pairs=(
    fixtures/A_RES_76_28.seed.md:fixtures/A_RES_80_41.md
    fixtures/A_RES_80_41.extract-1.1.0.md:fixtures/A_RES_80_41.md
    fixtures/A_RES_80_24.extract-1.1.0.md:fixtures/A_RES_80_24.md
    fixtures/A_RES_80_5.extract-1.0.0.md:fixtures/A_RES_80_5.md
    fixtures/A_RES_80_2.md:fixtures/A_RES_80_10.md
    fixtures/A_RES_80_19.md:fixtures/A_RES_80_38.md
  )
  if [[ -n $corpus && -d $corpus/pagetext ]]; then
    local years=("$corpus"/pagetext/*.txt) i
    for ((i = 0; i + 1 < ${#years[@]}; i++)); do pairs+=("${years[i]}:${years[i + 1]}"); done
  fi
  case $target in
    load_text|segment)
      cp fixtures/*.md fixtures/formats/*.txt "$dir"/
      [[ -n $corpus ]] && cp "$corpus"/pagetext/*.txt "$dir"/ 2>/dev/null || true ;;
    load_html) cp fixtures/formats/*.html "$dir"/ ;;
    load_docx)
      cp fixtures/formats/*.docx "$dir"/
      # each .docx's XML parts too, joined as fuzz/load_docx.cpp reads them
      /usr/bin/python3 - "$dir" fixtures/formats/*.docx <<'PY'
import sys, zipfile, os
out = sys.argv[1]
names = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml"]
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n) if n in z.namelist() else b"" for n in names]
    with open(os.path.join(out, os.path.basename(path) + ".parts"), "wb") as f:
        f.write(b"\n%%part%%\n".join(parts))
PY
      ;;
    load_pdf)
      cp fixtures/formats/*.pdf fixtures/pdf/*.pdf "$dir"/
      [[ -n $corpus ]] && find "$corpus/pdf" -name '*.pdf' -size -400k -exec cp {} "$dir"/ \; 2>/dev/null || true ;;
    compare|write_html|write_docx)
      local n=0 pair
      for pair in "${pairs[@]}"; do
        n=$((n + 1))
        { cat "${pair%%:*}"; printf '\n%%%%resdiff-fuzz-new%%%%\n'; cat "${pair##*:}"; } >"$dir/pair-$n"
      done
      if [[ $target == compare ]]; then  # the same document in two formats
        for f in fixtures/formats/A_RES_80_11.docx fixtures/formats/A_RES_80_19.html fixtures/formats/A_RES_80_2.pdf; do
          n=$((n + 1))
          { cat "${f%.*}.md"; printf '\n%%%%resdiff-fuzz-new%%%%\n'; cat "$f"; } >"$dir/pair-$n"
        done
      fi ;;
  esac
}

declare -A dict=([load_text]=text [segment]=text [compare]=text [write_html]=text [write_docx]=text
                 [load_html]=html [load_docx]=docx [load_pdf]=pdf)
# Inputs are cut to these sizes (a seed too), which keeps a run at many executions a second.
declare -A max_len=([load_text]=32768 [segment]=32768 [load_html]=32768 [load_docx]=65536
                    [load_pdf]=262144 [compare]=32768 [write_html]=32768 [write_docx]=32768)

report=${REPORT:-$build/fuzz-report.txt}
: >"$report"
status=0
for target in "${targets[@]}"; do
  [[ -n ${dict[$target]:-} ]] || { echo "fuzz.sh: no target $target (${all_targets[*]})" >&2; exit 2; }
  seed_dir=$build/seeds/$target
  work=$build/corpus/$target
  findings=$build/findings/$target
  log=$build/logs/$target.log
  seeds "$seed_dir" "$target"
  if $ci; then rm -rf "$work" "$findings"; fi
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  touch "$findings/.started"  # findings of this run are the files newer than this
  # a hang is a run over 25 s (a real input takes well under one; the margin is for a loaded
  # machine); slow units are not findings
  args=(-max_total_time="$seconds" -dict="fuzz/dict/${dict[$target]}.dict" -max_len="${max_len[$target]}"
        -timeout=25 -report_slow_units=1000000 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/")
  $ci && args+=(-seed=1)
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/fuzz/fuzz_$target" "${args[@]}" "$work" "$seed_dir" "fuzz/regressions/$target" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(find "$findings" -type f -newer "$findings/.started" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  line="$target: ${execs:-0} executions in ${seconds} s, cov ${cov:-?} edges, ft ${ft:-?} features, corpus ${corp:-?}, findings $found"
  if [[ $rc -ne 0 || $found -gt 0 ]]; then
    status=1
    line+=" (exit $rc; see $log)"
    grep -E -m3 'ERROR|SUMMARY|fuzz check failed|runtime error' "$log" | sed 's/^/    /' >&2 || true
  fi
  echo "$line" | tee -a "$report"
done
exit $status
