# sum() with a start value.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(()))
print(sum([[1], [2, 3]], []))
print(sum(((1,), (2,)), ()))
print(sum(range(101)), sum(x * x for x in range(4)))
print(sum([True, True, False]))
print(sum([1, 2], start=-3))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
