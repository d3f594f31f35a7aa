# Common counting and grouping idioms with get, setdefault, comprehension and sorting by value.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:4], len(letters))
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(dict(sorted(counts.items())[:3]), list(counts)[:3], list(reversed(counts))[:2])
first_pos = {}
for i, w in enumerate(text.split()):
    first_pos.setdefault(w, i)
print(first_pos)
