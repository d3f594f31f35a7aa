# The in operator on every builtin container type, including views, ranges and byte strings.
# requires: float
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items(), "b" in d.keys())
print(2 in {1, 2}, 2 in frozenset([2]), 3 in range(1, 10, 2), 4 in range(1, 10, 2), -1 in range(-5, 0))
print(2.0 in range(3), True in range(2), 2.5 in range(3), "x" in range(3))
print("" in "abc", "" in "", "bc" in "abc", "ac" in "abc", "abc" in "abc", "abcd" in "abc")
print(97 in b"abc", b"bc" in b"abc", b"" in b"x", 98 in bytearray(b"b"), b"a" in bytearray(b"cab"))
print([1] in [[1], 2], (1,) in [(1,), [1]], None in [0, False, ""], None in [None])
print(3 in iter([1, 2, 3]), 1 in (x for x in [1]), 0 in [], "a" in ())
print([] not in [[]], 1 not in {1: 0}, "k" not in "key")
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 in "abc")
show(lambda: None in "abc")
show(lambda: "a" in b"abc")
show(lambda: 256 in b"abc")
show(lambda: -1 in b"abc")
show(lambda: [] in {})
show(lambda: [] in set())
show(lambda: {} in frozenset())
show(lambda: 1 in 5)
show(lambda: 1 in None)
show(lambda: ([], 1) in d.items())
show(lambda: [1] in d.keys())
