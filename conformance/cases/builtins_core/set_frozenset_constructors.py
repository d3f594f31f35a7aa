# set() and frozenset() constructors.
print(set(), frozenset())
print(sorted(set('hello')), sorted(frozenset([3, 1, 2, 1])))
print(set([1, 1, 2]) == {1, 2}, frozenset('ab') == set('ba'))
print(set(range(3)), frozenset(range(2)))
print(sorted(set({'b': 1, 'a': 2})))
f = frozenset([1])
print(frozenset(f) is f, type(set(f)).__name__, type(frozenset({1})).__name__)
s = {frozenset([1, 2]): 'ok'}
print(s[frozenset([2, 1])])
print(len(set(x % 3 for x in range(10))))
for bad in [lambda: set(5), lambda: set([[1]]), lambda: frozenset(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
