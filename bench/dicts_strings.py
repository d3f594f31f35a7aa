# Dict and string workload: generate text from syllables, split it into
# words, count them in a dict, group them into a dict of lists, and build
# report strings with join, f-strings, replace and upper. Stresses string
# hashing and interning, dict lookup/insert/resize, and string allocation.

N = 100000  # lines of generated text; tuned so CPython takes about 1.5 s

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "ex", "ni", "da",
             "por", "qui", "zu", "fe", "ha", "ly"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        parts = []
        for _ in range(1 + rng.below(3)):
            parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
        words.append("".join(parts))
    return words


def make_text(rng, vocab, lines):
    out = []
    for i in range(lines):
        words = []
        for _ in range(8 + rng.below(8)):
            # skewed choice: small indices are much more frequent
            a = rng.below(len(vocab))
            b = rng.below(len(vocab))
            words.append(vocab[min(a, b)])
        line = " ".join(words)
        if i % 7 == 0:
            line = "  " + line + ", end.  "
        out.append(line)
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        line = line.strip().replace(",", " ").replace(".", " ")
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word in counts:
        key = word[0]
        if key in groups:
            groups[key].append(word)
        else:
            groups[key] = [word]
    return groups


def report(counts, groups):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ", ".join([f"{w}={c}" for w, c in ranked[:5]])
    sizes = []
    for key in sorted(groups):
        members = groups[key]
        longest = max(members, key=lambda w: (len(w), w))
        sizes.append("%s:%d:%s" % (key.upper(), len(members), longest))
    return top, " ".join(sizes)


def rewrite(text):
    # a few whole-text transformations, measured by their lengths
    a = text.replace("ka", "KAH").replace("lo", "")
    b = a.upper()
    c = b.lower().replace("kah", "ka")
    parts = c.split("qui")
    return len(a) + len(b) + len(c) + len(parts)


def main():
    rng = Lcg(12345)
    vocab = make_vocabulary(rng, 600)
    text = make_text(rng, vocab, N)
    counts = count_words(text)
    groups = group_by_initial(counts)
    top, sizes = report(counts, groups)
    # string keys built at run time must find the same dict entries
    hits = 0
    for w in vocab:
        key = "".join([w[:1], w[1:]])
        if key in counts:
            hits += counts[key]
    total = sum(counts.values())
    print(f"words {total} distinct {len(counts)} hits {hits}")
    print("top", top)
    print("groups", sizes)
    print("rewrite", rewrite(text))


main()
