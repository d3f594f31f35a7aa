d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(sorted(d.keys() & {"a", "z"}))
print(sorted(d.keys() & e.keys()))
print(sorted(d.keys() | e.keys()))
print(sorted(d.keys() - e.keys()))
print(sorted(d.keys() - ["a"]))
print(sorted(d.keys() ^ e.keys()))
print(type(d.keys() & e.keys()).__name__)
print(d.keys() == {"a", "b", "c"}, d.keys() == {"a"})
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < d.keys())
print(d.keys().isdisjoint(["x", "y"]), d.keys().isdisjoint("a"))
print(sorted({"q"} | d.keys()), sorted(["a", "q"] & d.keys()))
print(sorted(d.items() | {("z", 0)}))
print(sorted(d.items() & {("a", 1), ("b", 99)}))
print(sorted(d.items() - {("a", 1)}))
print(d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(("a", 1) in d.items(), ("a", 2) in d.items())
try:
    d.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.keys() | 5
except TypeError as e:
    print(type(e).__name__, e)
