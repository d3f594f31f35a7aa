# Allocation-heavy string building: many short-lived strings made by +=,
# f-strings, %-formatting, join and slicing, almost all discarded at once,
# while only a small ring of recent strings stays live. Stresses allocator
# and GC throughput; peak memory should stay close to the small live set.

N = 270000  # strings built; tuned so CPython takes about 1.5 s
RING = 256  # strings kept alive at any time

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-_:;"
CODES = {}
for _i, _c in enumerate(ALPHABET):
    CODES[_c] = _i + 1


def weigh(s):
    # cheap order-sensitive digest of a string
    h = 0
    for ch in s[:12]:
        h = (h * 41 + CODES.get(ch, 0)) % 1000003
    return (h + len(s)) % 1000003


def make_piece(i):
    s = ""
    for k in range(i % 7 + 3):
        s += ALPHABET[(i * 7 + k * 13) % len(ALPHABET)]
    return s


def build_one(i):
    piece = make_piece(i)
    label = f"{piece}:{i % 1000}:{len(piece)}"
    line = "%s-%05d-%s" % (label, i % 99991, piece[::-1])
    words = [line, piece, label, str(i)]
    joined = ";".join(words)
    # a chain of temporaries, each discarded immediately
    tmp = joined
    for _ in range(3):
        tmp = tmp[1:] + tmp[:1]
    shouted = tmp.upper().lower()
    return shouted.replace(";", "_")


def main():
    ring = [""] * RING
    digest = 0
    total_len = 0
    for i in range(N):
        s = build_one(i)
        total_len += len(s)
        ring[i % RING] = s
        digest = (digest * 31 + weigh(s)) % 1000000007
    live = 0
    for s in ring:
        live += len(s)
    # one big string built from the survivors, then split back apart
    big = "|".join(ring)
    back = big.split("|")
    print("built", N, "total chars", total_len, "digest", digest)
    print("live strings", len(back), "live chars", live, "joined", len(big))


main()
