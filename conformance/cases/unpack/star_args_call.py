# Checks *iterable arguments in calls: multiple stars, mixed with positional arguments, any iterable.
def show(*args):
    return args

print(show(*[1, 2]))
print(show(*[1], 2, *(3, 4), 5))
print(show(*"ab", *b"c", *range(2)))
print(show(*{"k": 1, "j": 2}))
print(show(*(i * i for i in range(4))))
print(show(*[]))
print(show(*[], *()))

def fixed(a, b, c):
    return a - b - c

print(fixed(*[10, 2, 3]))
print(fixed(10, *[2, 3]))
print(fixed(*[10], 2, *[3]))
try:
    fixed(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    fixed(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)

args = [3, 1, 2]
print(max(*args), min(*args, 0))
print(*args)
print(*args, sep="-")
print(*"xyz", sep="", end="!\n")
it = iter([1, 2, 3])
print(show(next(it), *it))
