# Hostile and broken input (issue 13): each case one line on standard error naming the file and
# the problem, exit status 2, nothing on standard output — or, where the input is legitimate
# (an empty file, UTF-16, a legacy 8-bit encoding, absurd numbers), a sane result with a
# warning. Never a crash, a hang, or text dropped in silence. Every input here is made up by
# this script (none is a real document) except the fixtures it starts from.
source "$(dirname "$0")/lib/common.bash"

W=$WORK
A=$FIXTURES/A_RES_80_2.md
# ---- inputs ----------------------------------------------------------------------------------
: >"$W/empty.md"
printf 'The General Assembly,\n\n1. Decides to act.\n' >"$W/small.md"
"$PYTHON" - "$W" <<'PY'
import os, sys, zipfile
w = sys.argv[1]
doc = "The General Assembly,\n\n1. Decides to remain seized of the matter.\n"
open(f"{w}/nul.md", "wb").write(b"a" * 9000 + b"\0" + doc.encode())
open(f"{w}/utf16le-bom.md", "wb").write(b"\xff\xfe" + doc.encode("utf-16-le"))
open(f"{w}/utf16be-bom.md", "wb").write(b"\xfe\xff" + doc.encode("utf-16-be"))
open(f"{w}/utf16le.md", "wb").write(doc.encode("utf-16-le"))
open(f"{w}/utf16be.md", "wb").write(doc.encode("utf-16-be"))
open(f"{w}/latin1.md", "wb").write("The General Assembly,\n\n1. Décide de rester saisie de la question, adoptée.\n".encode("latin-1"))
with open(f"{w}/big.md", "wb") as f:  # 200 MB of paragraphs
    block = ("1. Decides to remain seized of the matter of the weapons of mass destruction.\n\n" * 1000).encode()
    for _ in range(200 * 1024 * 1024 // len(block) + 1):
        f.write(block)
open(f"{w}/line50.md", "wb").write(b"x" * (50 * 1024 * 1024))  # one 50 MB line
open(f"{w}/line1.md", "wb").write(b"The General Assembly,\n\n" + b"word " * (1024 * 1024 // 5 + 1))  # one 1 MB paragraph
open(f"{w}/million.md", "w").write("x\n\n" * 1000000)  # 1,000,000 tiny paragraphs

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
def docx(name, document, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(f"{w}/{name}", "w", compress) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", document)
body = para("The General Assembly,") + para("1. Decides to act.")
docx("good.docx", f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}</w:body></w:document>')
# a zip bomb: 60 MB of one repeated character squeezed into a few dozen kilobytes
docx("bomb.docx", f'<?xml version="1.0"?><w:document {W_NS}><w:body>{para("a" * (60 * 1024 * 1024))}</w:body></w:document>')
deep = "<w:sdt><w:sdtContent>" * 300 + para("deep") + "</w:sdtContent></w:sdt>" * 300
docx("deep.docx", f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}{deep}{para("2. After.")}</w:body></w:document>')
laughs = '<!DOCTYPE w:document [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' \
         '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' \
         '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">' \
         '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
docx("laughs.docx", f'<?xml version="1.0"?>{laughs}<w:document {W_NS}><w:body>{para("&h;")}</w:body></w:document>')
xxe = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
docx("xxe.docx", f'<?xml version="1.0"?>{xxe}<w:document {W_NS}><w:body>{para("The General Assembly,")}{para("1. &x;")}</w:body></w:document>')
good = open(f"{w}/good.docx", "rb").read()
open(f"{w}/truncated.docx", "wb").write(good[: len(good) // 2])

html = lambda body: f"<!DOCTYPE html><html><body>{body}</body></html>"
open(f"{w}/deep.html", "w").write(html("<p>The General Assembly,</p>" + "<div>" * 300 + "<p>deep</p>" + "</div>" * 300 + "<p>1. Decides to act.</p>"))
open(f"{w}/laughs.html", "w").write(laughs.replace("w:document", "html") + "<html><body><p>The General Assembly,</p><p>1. &h;</p></body></html>")
open(f"{w}/xxe.html", "w").write(xxe.replace("w:document", "html") + "<html><body><p>The General Assembly,</p><p>1. Decides &x; to act.</p></body></html>")
open(f"{w}/numbers.html", "w").write(html('<p>The General Assembly,</p><ol start="99999999999999"><li>Decides<sup>99999999999</sup> to act.</li></ol>'
                                          '<ol type="i" start="-2147483648"><li>Urges.</li></ol>'))

# PDFs: 10,000 blank pages, and three blank pages (no text at all)
def pdf(name, n):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{4 + i} 0 R" for i in range(n)), n)).encode(),
            b"<< /Length 0 >>\nstream\n\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(f"{w}/{name}", "wb").write(out)
pdf("blank10000.pdf", 10000)
pdf("blank3.pdf", 3)
PY
head -c 20000 "$FIXTURES/pdf/resolution.pdf" >"$W/truncated.pdf"
printf -- '---\nsymbol: A/RES/abc/41\nsession: 99999999999999\ndate: 2025-99-99\n---\nThe General Assembly,\n\n1. Decides to act.\n' >"$W/front.md"
printf 'The General Assembly,\n\n*Recalling* its resolution 1/2,\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\n\n99999999999. Decides to act[^99999999999999] in A/RES/99999999999/1 of 99 December 99999999999.\n\n[^99999999999999]: A note.\n\n\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9\xc2\xb9 Another note.\n' >"$W/numbers.md"
printf 'The General Assembly,\n\n1. Decides \xef\xbf\xbe to act \xef\xbf\xbf now.\n' >"$W/fffe.md"

# expect_fast_trouble WHAT NAME MAX_SECONDS MAX_MB CMD...: expect_trouble within a time and a
# peak memory (resident set), as measured by Python's resource module; killed at twice the time.
expect_fast_trouble() {
  local what=$1 name=$2 seconds=$3 mb=$4
  shift 4
  local start=$SECONDS
  PEAK_FILE=$W/peak expect_trouble "$what" "$name" "$PYTHON" -c '
import os, resource, subprocess, sys
try:
    rc = subprocess.call(sys.argv[2:], timeout=int(sys.argv[1]))
except subprocess.TimeoutExpired:
    rc = 124
with open(os.environ["PEAK_FILE"], "w") as f:
    f.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
sys.exit(rc)' $((seconds * 2)) "$@"
  local took=$((SECONDS - start)) peak
  peak=$(cat "$W/peak")
  if [[ $took -gt $seconds ]]; then fail "$what: took ${took} s (more than $seconds)"; fi
  if [[ $peak -gt $mb ]]; then fail "$what: peak memory ${peak} MB (more than $mb)"; fi
}

# expect_warning WHAT STATUS WARNING CMD...: exit status STATUS, something on standard output,
# and a warning line "resdiff: FILE: warning: ..." containing WARNING.
expect_warning() {
  local what=$1 status=$2 warning=$3
  shift 3
  run "$@"
  if [[ $RC -ne $status ]]; then fail "$what: exit status $RC, expected $status: $(head -c 300 "$ERR")"; return; fi
  if [[ ! -s $OUT ]]; then fail "$what: nothing on standard output"; return; fi
  if ! grep -q "^resdiff: .*: warning: .*$warning" "$ERR"; then fail "$what: no warning '$warning': $(cat "$ERR")"; return; fi
  pass "$what: $(grep -m1 -F -- "$warning" "$ERR")"
}

# ---- files that are not there or not documents -------------------------------------------------
expect_trouble "missing file" "$W/missing.md" "$RESDIFF" "$W/missing.md" "$A"
expect_trouble "a directory" "$W" "$RESDIFF" "$A" "$W"
expect_warning "empty file: compared as a document without text" 1 "empty: no text in it" "$RESDIFF" "$W/empty.md" "$A"
expect_trouble "binary: a NUL byte after 8 KiB" "NUL byte at byte 9000" "$RESDIFF" "$A" "$W/nul.md"
expect_warning "legacy encoding: decoded with a warning" 1 "decoded as ISO-8859-1" "$RESDIFF" "$W/latin1.md" "$W/small.md"

# ---- UTF-16: with a byte-order mark it is read as it is, without one with a warning -------------
printf 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n' >"$W/utf8.md"
for f in utf16le-bom utf16be-bom; do expect_status "UTF-16 with a BOM ($f) reads as its UTF-8 twin" 0 "$RESDIFF" -q "$W/$f.md" "$W/utf8.md"; done
for f in utf16le utf16be; do
  run "$RESDIFF" "$W/$f.md" "$W/utf8.md"
  if [[ $RC -eq 0 ]] && grep -q "warning: UTF-16[LB]E without a byte-order mark" "$ERR"; then pass "UTF-16 without a BOM ($f): read, with a warning"; else fail "UTF-16 without a BOM ($f): exit $RC, $(cat "$ERR")"; fi
done

# ---- sizes: a clear limit, memory and time bounded -------------------------------------------
expect_fast_trouble "200 MB text" "text too large (resdiff's limit is 32 MiB)" 30 700 "$RESDIFF" "$W/big.md" "$A"
expect_fast_trouble "200 MB on standard input" "-: text too large" 30 700 sh -c "exec \"\$0\" - \"\$1\" <\"\$2\"" "$RESDIFF" "$A" "$W/big.md"
expect_fast_trouble "one 50 MB line" "text too large" 30 400 "$RESDIFF" "$A" "$W/line50.md"
expect_fast_trouble "one 1 MB paragraph" "paragraph at line 3 too long (resdiff's limit is 256 KiB)" 30 400 "$RESDIFF" "$A" "$W/line1.md"
expect_fast_trouble "1,000,000 tiny paragraphs" "too many paragraphs (resdiff's limit is 100000)" 60 1500 "$RESDIFF" "$W/million.md" "$A"

# ---- DOCX: bombs, nesting, entities, truncation -------------------------------------------------
expect_fast_trouble "zip bomb DOCX" "a zip bomb? (resdiff's limit is 100 to 1)" 30 400 "$RESDIFF" "$W/bomb.docx" "$A"
expect_trouble "DOCX nested 300 deep" "elements nested too deep (resdiff's limit is 256 levels)" "$RESDIFF" "$W/deep.docx" "$A"
expect_fast_trouble "DOCX billion laughs" "declares a DOCTYPE or entities" 10 200 "$RESDIFF" "$W/laughs.docx" "$A"
expect_trouble "DOCX external entity" "declares a DOCTYPE or entities" "$RESDIFF" "$W/xxe.docx" "$A"
expect_trouble "truncated DOCX" "$W/truncated.docx: not a valid DOCX" "$RESDIFF" "$W/truncated.docx" "$A"
expect_status "a good DOCX made the same way reads" 1 "$RESDIFF" -q "$W/good.docx" "$A"

# ---- HTML: nesting, entities never expanded or resolved -----------------------------------------
expect_trouble "HTML nested 300 deep" "$W/deep.html: cannot read the HTML: elements nested too deep (resdiff's limit is 256 levels)" "$RESDIFF" "$W/deep.html" "$A"
run timeout 20 "$RESDIFF" parse "$W/laughs.html"
if [[ $RC -le 2 && $(wc -c <"$OUT") -lt 10000 ]] && ! grep -q hahaha "$OUT"; then pass "HTML billion laughs: no expansion (exit $RC)"; else fail "HTML billion laughs: exit $RC, $(wc -c <"$OUT") bytes out"; fi
run timeout 20 "$RESDIFF" parse "$W/xxe.html"
if [[ $RC -le 2 ]] && ! grep -q 'root:' "$OUT"; then pass "HTML external entity: never resolved (exit $RC)"; else fail "HTML external entity: exit $RC, $(head -c 300 "$OUT")"; fi

# ---- PDF ---------------------------------------------------------------------------------------
expect_trouble "encrypted PDF" "encrypted PDF" "$RESDIFF" "$FIXTURES/pdf/locked.pdf" "$A"
expect_fast_trouble "PDF of 10,000 blank pages" "PDF of 10000 pages: too many pages (resdiff's limit is 5000)" 30 400 "$RESDIFF" "$W/blank10000.pdf" "$A"
expect_trouble "PDF of blank pages" "PDF has no text layer" "$RESDIFF" "$W/blank3.pdf" "$A"
expect_trouble "truncated PDF" "$W/truncated.pdf: not a valid PDF" "$RESDIFF" "$W/truncated.pdf" "$A"

# ---- standard input twice, front matter, numbers -----------------------------------------------
expect_trouble "both inputs from standard input" "standard input can be read only once" "$RESDIFF" - -
# before: "resdiff: internal error: stoi"
run "$RESDIFF" parse --format json "$W/front.md"
if [[ $RC -eq 0 ]] && "$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["document"]["session"]; assert s is None or 0 < s < 1000, d["document"]' "$OUT"; then
  pass "malformed front matter: read, the session unknown or the symbol's number part, never the overflowing session: line"
else
  fail "malformed front matter: exit $RC, $(cat "$ERR")"
fi
# before: "footnote -558038585 is cited but not defined" (a signed overflow)
run "$RESDIFF" parse "$W/numbers.md"
if [[ $RC -eq 0 ]] && ! grep -q -- '-[0-9]\{5,\}' "$ERR" && grep -q 'Decides to act' "$OUT"; then pass "numbers too large for an int: read, no overflow"; else fail "numbers too large: exit $RC, $(cat "$ERR")"; fi
expect_status "numbers too large for an int, compared" 1 "$RESDIFF" -q "$W/numbers.md" "$W/front.md"
expect_status "numbers too large for an int in HTML lists" 0 "$RESDIFF" -q parse "$W/numbers.html"

# ---- U+FFFE: the Word file resdiff writes must read back (before: not well-formed XML) ---------
expect_status "U+FFFE in the text, --format docx" 1 "$RESDIFF" -q --format docx -o "$W/fffe.docx" "$W/small.md" "$W/fffe.md"
expect_status "resdiff reads its own Word file back" 0 "$RESDIFF" -q parse "$W/fffe.docx"
if grep -q 'Decides to act now' "$OUT"; then pass "U+FFFE: the text reads back without it"; else fail "U+FFFE: read back as $(cat "$OUT")"; fi

finish
