# all()/any() over empty inputs, generators with short-circuiting, truthiness of odd objects, and argument errors.
print(all([]), any([]), all(()), any(""), all(""), any({}), all({}))
print(all([1, "a", [0]]), any([0, "", [], None, 0j if False else 0]), all([0]), any([0, 0, 1]))
print(all("abc"), any(" "), all({0: 1}), any({0: 1}), all(range(1, 5)), all(range(0, 5)))
seen = []
def gen(vals):
    for v in vals:
        seen.append(v)
        yield v
print(all(gen([1, 2, 0, 3, 4])), seen)
seen.clear()
print(any(gen([0, 0, 5, 0])), seen)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class BadBool:
    def __bool__(self):
        return 1
print(all([Truthy(True), Truthy(True)]), any([Truthy(False)]))
for name, fn in (("all", all), ("any", any)):
    for bad in [5, None, [BadBool()]]:
        try:
            print(fn(bad))
        except TypeError as e:
            print(name, "TypeError:", e)
for call in [lambda: all(), lambda: any([], []), lambda: all(iterable=[])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(all(x > 0 for x in []), any(x > 0 for x in [-1, -2]), all([[]] * 0))
