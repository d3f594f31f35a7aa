# Sorting is checked comparison for comparison: lists mixing ints and strs make some `<`
# raise, and the TypeError and the permutation left behind depend on the exact order of
# comparisons. Long lists with few distinct keys exercise runs, merges and galloping.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def mixed(n, spread):
    out = []
    for i in range(n):
        r = rand(spread)
        out.append(str(r) if rand(50) == 0 else r)
    return out


for n in [2, 3, 5, 10, 40, 63, 64, 65, 100, 300, 1000]:
    for spread in [3, 50, 10**6]:
        for reverse in [False, True]:
            items = mixed(n, spread)
            try:
                items.sort(reverse=reverse)
                print(n, spread, reverse, 'sorted', items == sorted(items, reverse=reverse))
            except TypeError as e:
                print(n, spread, reverse, e, hash(tuple(items)) if False else repr(items)[:0], len(items))
                print(items if n <= 100 else items[:20])

# Stability with keys: equal keys keep their order, also reversed, also partly ordered input.
for n in [10, 100, 500]:
    items = [(rand(7), i) for i in range(n)]
    a = sorted(items, key=lambda p: p[0])
    b = sorted(items, key=lambda p: p[0], reverse=True)
    print(n, a[:6], b[:6], a == sorted(items), [p[1] for p in a][-5:], [p[1] for p in b][-5:])

# Runs already in order, descending runs, and runs glued together.
data = list(range(500)) + list(range(1000, 400, -1)) + [rand(1000) for i in range(700)]
data.sort()
print(data[::97])

# A key that raises part-way leaves the list as it was.
items = [3, 1, 2]
try:
    items.sort(key=lambda v: 1 // (v - 2))
except ZeroDivisionError as e:
    print(e, items)

# NaN makes `<` inconsistent; the order reached must still match.
nan = float('nan')
items = [3.0, nan, 1.0, 2.0, nan, 0.5] * 20
items.sort()
print(items[:24])


# Blocks that sort on their own but not together: the TypeError comes from inside a merge,
# after galloping, and the merge puts back what it had not placed yet.
def digest(items):
    acc = 0
    for x in items:
        if isinstance(x, tuple):
            x = x[1]
        v = x if isinstance(x, int) else 7919 * (len(x) + 1) + ord(x[0])
        acc = (acc * 1000003 + v) % 2**61
    return acc


for n in [200, 700, 1500]:
    for block in [30, 90, 400]:
        for reverse in [False, True]:
            items = []
            for i in range(n):
                r = rand(5)
                payload = i if (i // block) % 3 else str(i)
                items.append((r, payload))
            try:
                items.sort(reverse=reverse)
                print(n, block, reverse, 'sorted')
            except TypeError as e:
                print(n, block, reverse, e, items[:3], digest(items))
            flat = [p[1] for p in items]
            try:
                flat.sort(key=lambda x: x if isinstance(x, int) else -1 if rand(3) else x)
                print('flat sorted', digest(flat))
            except TypeError as e:
                print('flat', e, digest(flat))
