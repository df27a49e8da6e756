# twemoji-regex.py converts twemoji-parser's emoji regex (JavaScript, UTF-16) into
# ../emoji_regex.txt for Go's regexp:
#   python3 testdata/twemoji-regex.py oracle/node_modules/twemoji-parser/dist/lib/regex.js
# and put the header lines of emoji_regex.txt back on top.
import re, sys
src = open(sys.argv[1]).read()
m = re.search(r'exports\.default = /(.*)/g;', src)
js = m.group(1)
# tokenize
toks = []
i = 0
def esc_at(i):
    if js.startswith('\\u', i):
        return int(js[i+2:i+6], 16), i+6
    return None, i
out = []
def cls_items(body):
    # returns list of (lo,hi) code units or chars
    items = []
    j = 0
    def one(j):
        if body.startswith('\\u', j):
            return int(body[j+2:j+6],16), j+6
        if body[j] == '\\':
            return ord(body[j+1]), j+2
        return ord(body[j]), j+1
    while j < len(body):
        lo, j = one(j)
        hi = lo
        if j < len(body) and body[j] == '-' and j+1 < len(body):
            hi, j = one(j+1)
        items.append((lo, hi))
    return items
def fmt(c):
    if c < 0x80 and (chr(c).isalnum()):
        return chr(c)
    return '\\x{%x}' % c
def fmt_cls(items):
    parts = []
    for lo, hi in items:
        parts.append(fmt(lo) if lo == hi else fmt(lo) + '-' + fmt(hi))
    return '[' + ''.join(parts) + ']'
def read_cls(i):
    j = js.index(']', i)
    return js[i+1:j], j+1
la = 0
while i < len(js):
    if js.startswith('(?!\\ufe0e)', i):
        out.append('()')  # the lookahead, checked in code (emoji.go)
        la += 1
        i += len('(?!\\ufe0e)')
        continue
    if js.startswith('(?:', i):
        out.append('(?:'); i += 3; continue
    if js[i] == '(':
        out.append('(?:'); i += 1; continue  # no other captures
    c, j = esc_at(i)
    if c is not None and 0xD800 <= c < 0xDC00:
        # high surrogate: next is a low surrogate escape or a class of them
        c2, k = esc_at(j)
        if c2 is not None:
            assert 0xDC00 <= c2 < 0xE000
            out.append(fmt(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)))
            i = k; continue
        assert js[j] == '['
        body, k = read_cls(j)
        items = cls_items(body)
        cps = []
        for lo, hi in items:
            assert 0xDC00 <= lo <= hi < 0xE000, body
            cps.append((0x10000 + ((c-0xD800)<<10) + (lo-0xDC00), 0x10000 + ((c-0xD800)<<10) + (hi-0xDC00)))
        out.append(fmt_cls(cps))
        i = k; continue
    if c is not None:
        assert not (0xDC00 <= c < 0xE000)
        out.append(fmt(c)); i = j; continue
    if js[i] == '[':
        body, k = read_cls(i)
        items = cls_items(body)
        for lo, hi in items:
            assert not (0xD800 <= lo < 0xE000) and not (0xD800 <= hi < 0xE000), body
        out.append(fmt_cls(items))
        i = k; continue
    if js[i] == '\\':
        raise SystemExit('unexpected escape at %d: %r' % (i, js[i:i+10]))
    out.append(js[i]); i += 1
assert la == 2, la
print(''.join(out))
