# Generators producing generators: lazy grouping, flattening and recursive permutation generation.
def groups(seq, size):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(size):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield (x for x in chunk)
print([list(g) for g in groups("abcdefg", 3)])
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p
print(["".join(p) for p in perms("abc")])
print(sum(1 for _ in perms([1, 2, 3, 4])))
def counter():
    n = 0
    while True:
        n += 1
        yield n
def take(n, g):
    return [next(g) for _ in range(n)]
c = counter()
print(take(3, c), take(2, c))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
