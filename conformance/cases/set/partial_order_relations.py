# Set comparisons form a partial order: two sets can be neither subset, superset nor equal.
a, b = {1, 2}, {2, 3}
print(a < b, a > b, a == b, a <= b, a >= b, a != b)
chain = [set(), {1}, {1, 2}, {1, 2, 3}]
for x in chain:
    print([int(x < y) for y in chain], [int(x <= y) for y in chain])
print(max([{1}, {1, 2}], key=len), min([{1, 2, 3}, {4}], key=len))
print({1} < {1, 2} < {1, 2, 3}, {1} < {2} < {1, 2})
print(frozenset({1}) < {1, 2}, {1} <= frozenset({1}), frozenset() >= set())
print({1, 2}.__lt__([1, 2, 3]), {1}.__eq__(1), {1}.__le__({1}))
for op in [lambda: {1} < [1, 2], lambda: {1} >= (1,), lambda: {1} > None, lambda: frozenset() <= "a"]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print({1} == [1], {1} != (1,), set() == frozenset(), set() == {})
