# Objects defining only __index__ are accepted wherever builtins need an integer: chr, len, range, slices, enumerate, sequences.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"
two, five = Idx(2), Idx(5)
data = list(range(10))
checks = [
    ("chr", lambda: chr(Idx(97))), ("bin", lambda: bin(five)), ("hex", lambda: hex(Idx(255))),
    ("list index", lambda: data[two]), ("str index", lambda: "hello"[Idx(-1)]), ("tuple index", lambda: (7, 8, 9)[two]),
    ("slice", lambda: data[two:five]), ("slice obj", lambda: data[slice(two, None, two)]),
    ("indices", lambda: slice(two, five).indices(Idx(4))), ("range", lambda: list(range(two, Idx(8), two))),
    ("range index", lambda: range(10)[five]), ("enumerate", lambda: list(enumerate("ab", five))),
    ("repeat list", lambda: [0] * two), ("repeat str", lambda: "ab" * Idx(3)), ("len", lambda: len(type("L", (), {"__len__": lambda s: Idx(3)})())),
    ("int()", lambda: int(Idx(42))), ("round ndigits", lambda: round(1234, Idx(-2))), ("pow", lambda: pow(2, Idx(10), Idx(1000))),
    ("list.pop", lambda: [1, 2, 3].pop(Idx(0))), ("insert", lambda: (lambda l: (l.insert(Idx(1), "x"), l)[1])([1, 2])),
    ("str.center", lambda: "x".center(Idx(5), "*")), ("bytes", lambda: bytes(Idx(3))),
    ("bool index", lambda: [10, 20, 30][True]), ("divmod", lambda: divmod(Idx(7), 2)),
]
for name, fn in checks:
    try:
        print(f"{name}: {fn()!r}")
    except TypeError as e:
        print(f"{name}: TypeError: {e}")
class BadIndex:
    def __index__(self):
        return "7"
for name, fn in [("bad list", lambda: data[BadIndex()]), ("bad chr", lambda: chr(BadIndex())), ("bad range", lambda: range(BadIndex()))]:
    try:
        fn()
    except TypeError as e:
        print(f"{name}: TypeError: {e}")
