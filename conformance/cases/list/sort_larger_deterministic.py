# Sorting a few thousand pseudo-random items: sortedness, stability with keys, reverse stability.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
data = [rnd() % 1000 for _ in range(3000)]
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-5:], sum(s) == sum(data))
tagged = [(v % 10, i) for i, v in enumerate(data)]
by_key = sorted(tagged, key=lambda t: t[0])
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(len(by_key) - 1) if by_key[i][0] == by_key[i + 1][0]))
rev = sorted(tagged, key=lambda t: t[0], reverse=True)
print(all(rev[i][1] < rev[i + 1][1] for i in range(len(rev) - 1) if rev[i][0] == rev[i + 1][0]))
print(rev[0][0], rev[-1][0], by_key[0], by_key[-1])
d2 = data[:]
d2.sort(reverse=True)
print(d2 == s[::-1], d2[:3])
strs = [str(v) for v in data[:500]]
strs.sort()
print(strs[:6], strs[-3:])
asc = list(range(2000))
desc = asc[::-1]
asc.sort()
desc.sort()
print(asc == desc, asc[:3])
saw = [i % 7 for i in range(1000)]
saw.sort()
print(saw[140:146], saw.count(0), saw[-1])
