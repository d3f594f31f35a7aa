# dict.update takes a mapping, an iterable of pairs, keywords, or a keys()-and-[] object.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=10)
d.update({"f": 6}, g=7)
d.update(iter([("h", 8)]))
d.update()
d.update(zip("ij", (9, 10)))
print(d)
for bad in [[1], [(1, 2, 3)], ["abc"], [None], 5, None, [[1]]]:
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print({}.update(), {"k": 1}.update(k=2))
dd = {1: 1}
dd.update(dd)
print(dd)
dd.update([(2, 2), (2, 3)])
print(dd)
class KeysOnly:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
d.update(KeysOnly())
print(d["x"], d["y"], list(d)[-2:])
print(dict(KeysOnly()), {**KeysOnly()})
