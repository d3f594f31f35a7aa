# Unpacking a dict with ** into calls needs str keys and no duplicates.
def f(a=0, b=0, **rest):
    return a, b, sorted(rest.items())
print(f(**{"a": 1}), f(**{"b": 2, "z": 3}), f(**{}), f(1, **{"b": 5}))
print(f(**{"a": 1}, **{"b": 2}), f(**dict(a=9), c=1), f(**{"x-y": 1}))
tests = [lambda: f(**{1: 2}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(1, **{"a": 2}),
         lambda: f(**{"a": 1}, a=3), lambda: f(**[1]), lambda: f(**None), lambda: dict(**{1: 2}),
         lambda: {**[1]}]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print({**{1: "a"}, **{1: "b", 2: "c"}}, {**{}, "k": 0}, dict({1: 2}, **{"s": 3}))
class M:
    def keys(self):
        return ["p"]
    def __getitem__(self, k):
        return k * 2
print(f(**M()), {**M()})
