# Starred expressions build tuples from any mix of iterables.
a = (1, 2)
b = [3]
print((*a, *b), (*a,), (*"hi", *range(2)), (0, *a, 9), (*(), *[]), (*{"k": 1},))
t = *a, *b
print(t, type(t).__name__)
print((*(x for x in "ab"), *map(abs, [-1])), (*a * 2,), (*[a] * 2,))
def f(*args):
    return args
print(f(*a, *b), f(*()), f(*"xyz"), f(*a, 5, *a), type(f()).__name__)
print(tuple([*a, *b]) == (*a, *b), (*{1, 2} - {1},))
try:
    print((*5,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((*None, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*1)
except TypeError as e:
    print(type(e).__name__, e)
