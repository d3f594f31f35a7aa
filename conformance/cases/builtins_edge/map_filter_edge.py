# map() and filter(): multiple iterables, laziness of errors, None as predicate, exhaustion, and argument errors.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(pow, [2, 3, 4], [1, 2], [5])))
print(list(map(lambda *a: a, "ab", "cde", range(9))), list(map(str, [])), list(map(len, ["", [1], "xyz"])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(None, ())), list(filter(bool, {0: 1, 2: 3})))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m), list(m))
lazy = map(5, [1, 2])
print(type(lazy).__name__)
try:
    list(lazy)
except TypeError as e:
    print("TypeError:", e)
lazy_f = filter(5, [1])
try:
    list(lazy_f)
except TypeError as e:
    print("TypeError:", e)
cases = [lambda: map(), lambda: map(abs), lambda: map(abs, 5), lambda: filter(None), lambda: filter(None, 1, 2),
         lambda: filter(None, 5), lambda: map(abs, [1], key=1), lambda: filter(function=None, iterable=[])]
for call in cases:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
squares = map(lambda x: x * x, range(4))
print(list(squares), list(squares), iter(squares) is squares)
order = []
def tap(tag):
    def f(x):
        order.append(f"{tag}{x}")
        return x
    return f
pipeline = filter(tap("f"), map(tap("m"), [0, 1, 2]))
print(order, list(pipeline), order)
