d = {"n": 0, "s": "a", "l": [1]}
d["n"] += 5
d["s"] *= 3
d["l"] += [2]
print(d)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
counts = {}
for c in "abracadabra":
    if c in counts:
        counts[c] += 1
    else:
        counts[c] = 1
print(counts)
