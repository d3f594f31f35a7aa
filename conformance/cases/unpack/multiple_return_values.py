# Checks functions returning tuples that callers unpack, including starred capture and ignored slots.
def minmax(seq):
    return min(seq), max(seq)

lo, hi = minmax([4, 1, 9, 3])
print(lo, hi)

def triple():
    return 1, [2, 3], "four"

a, (b, c), d = triple()
print(a, b, c, d)
_, lst, _ = triple()
print(lst, _)

def many(n):
    return tuple(range(n))

h, *t = many(4)
print(h, t)
*_, end = many(6)
print(end)

def single():
    return 5,

(v,) = single()
print(v, single())

def div(a, b):
    return divmod(a, b)

q, r = div(-17, 5)
print(q, r)
q, r = div(17, -5)
print(q, r)
try:
    x, y = many(3)
except ValueError as e:
    print(type(e).__name__, e)
