# sum/min/max/any/all and `in` consume iterators item by item: ten million items (80 MB as
# a list, past the default heap) need no memory for the items, and `in` on an iterator
# stops at the first match.
print(sum(range(10**7)))
print(max(range(10**5)), min(iter(range(5, 10**5))))
print(any([x > 5 for x in range(10)]), any(range(10**7)))
print(all([]), all(range(1, 10**5)), all(range(10**7)))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
print(3 in iter(range(5)), 7 in iter(range(5)), 1.0 in range(3), True in range(3), 'a' in range(3))
print(2 in {1: 2}.values(), (1, 2) in {1: 2}.items(), 5 in enumerate([1]))
print(max([3, 1, 4], key=lambda v: -v), min(1, 2, 3, key=None), max([], default='d'))
try:
    max([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(sum([[1], [2]], []), sum([0.5, 1], 1))
