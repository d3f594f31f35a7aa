# The type names of the builtin iterators, as type(...).__name__ reports them.
# requires: bigint
srcs = [[1], (1,), "a", range(1), {1: 2}, {1}, frozenset([1]), b"a", bytearray(b"a")]
for s in srcs:
    print(type(s).__name__, type(iter(s)).__name__)
d = {1: 2}
print(type(iter(d.keys())).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__)
print(type(reversed("ab")).__name__, type(reversed(d)).__name__)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(type(enumerate([])).__name__, type(iter(int, 0)).__name__, type(x for x in []).__name__)
print(type(iter(d.items())) is type(iter({3: 4}.items())), type(iter([])) is type(iter([2])))
print(isinstance(iter([]), type(iter([5]))), type(zip) is type, type(map) is type)
print(type(reversed(list(range(100)))).__name__, type(iter(range(2**70))).__name__)
