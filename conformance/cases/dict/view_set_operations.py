# keys() and items() views support set operators returning sets; values() views do not.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "z"} & k), sorted(["c", "x"] | k), sorted(("a",) - k), type(k & k).__name__)
print(k == {"a", "b", "c"}, k != {"a"}, k <= {"a", "b", "c", "d"}, k < {"a"}, k >= {"a"}, k > k)
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), d.items().isdisjoint([("a", 2)]))
i = d.items()
print(sorted(i & {("a", 1), ("b", 0)}), sorted(i - {("c", 3)}), ("a", 1) in i, ("a", 2) in i)
print(sorted(i | {("z", 0)}), i == {("a", 1), ("b", 2), ("c", 3)}, sorted(i ^ {("a", 1)}))
e = {"b": 0, "c": 0, "d": 0}
print(sorted(k & e.keys()), sorted(k - e.keys()), sorted(d.keys() | e.keys()))
v = d.values()
for op in [lambda: v & {1}, lambda: v | {1}, lambda: v - v, lambda: k & 5, lambda: i | None]:
    try:
        print(op())
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(v == v, v == d.values(), d.keys() == d.keys(), d.items() == d.items())
x = {"l": [1]}
print(("l", [1]) in x.items(), ("l", [2]) in x.items())
try:
    print(sorted(x.items() & {("m", 0)}))
except TypeError as ex:
    print(type(ex).__name__, ex)
print(sorted({1: 0, 2: 0}.keys() & range(2)), {}.keys() | set() == set())
