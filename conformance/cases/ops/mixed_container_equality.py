# Container equality compares elements with ==, so numerically equal ints, floats and bools match.
# requires: float
print([1] == [1.0], [1, 2] == [True, 2.0], (0,) == (False,), {1: "a"} == {1.0: "a"}, {1} == {True})
print({1: [1]} == {True: [1.0]}, [[1, 2]] == [[1.0, 2]], ((1,),) == ((1.0,),))
print([1] == (1,), [1] != (1,), {1: 2} == [(1, 2)], "1" == 1, [None] == [0])
print(frozenset([1, 2]) == {2.0, 1}, {1, 2} != frozenset([1]), {}.keys() == set())
print(range(3) == range(0, 3), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print([1, [2, [3]]] == [1, [2, [3.0]]], [1, [2, [3]]] == [1, [2, [3, 4]]])
print({"a": {"b": 1}} == {"a": {"b": True}}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" == "a", [b"x"] == [bytearray(b"x")])
print([] == [], [] is [], [[]] == [[]], [()] == [[]], () == (), {} == dict())
