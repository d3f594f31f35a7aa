# Dicts are unhashable; `in` tests keys, and views' membership follows keys or pairs.
d = {"a": 1, (1, 2): "t", None: 0}
print("a" in d, 1 in d, (1, 2) in d, None in d, "t" in d, "t" in d.values(), ((1, 2), "t") in d.items())
for op in [lambda: hash({}), lambda: {{}: 1}, lambda: {{1: 2}}, lambda: {}.get({}),
           lambda: {} in {}, lambda: [1] in d, lambda: {1: 2} in {1: 2}.values()]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print(dict.__hash__ is None, {1: 2}.keys().__hash__ is None, frozenset({1: 2}) == {1})
print({1: 2} in [{1: 2}], {1: 2} in ({1: 2},), [1] in {1: [1]}.values())
class K:
    def __init__(self):
        self.calls = 0
    def __hash__(self):
        self.calls += 1
        return 1
k = K()
e = {k: 1}
e[k]
k in e
e.get(k)
print(k.calls)
