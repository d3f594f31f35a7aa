# map and filter are lazy, stop at the shortest input and report argument errors.
# requires: float
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log)
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(map(str, [])), list(map(len, ["", "ab", [1]])), list(map(int, "123")))
print(list(map(None.__class__, [])), list(map(abs, range(-2, 2))))
for args in [(), (abs,), (abs, 5), (5, [1])]:
    try:
        print(list(map(*args)))
    except TypeError as e:
        print(len(args), type(e).__name__, e)
try:
    map(abs, [1], x=2)
except TypeError as e:
    print(type(e).__name__, e)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 1
    def __repr__(self):
        return "T%d" % self.v
print(list(filter(None, [Truthy(1), Truthy(2), 0, "", "x", [], [0], None, 0.0])))
print(list(filter(lambda x: x % 2, range(8))), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: [x] if x > 1 else [], [1, 2, 3])), list(filter(bool, ())))
for args in [(), (None,), (None, 5), (5, [1]), (None, [1], [2])]:
    try:
        print(list(filter(*args)))
    except TypeError as e:
        print(len(args), type(e).__name__, e)
try:
    filter(None, [1], key=2)
except TypeError as e:
    print(type(e).__name__, e)
fl = filter(lambda x: 1 / x, [1, 0, 2])
print(next(fl))
try:
    next(fl)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(fl))
