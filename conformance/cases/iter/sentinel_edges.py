# iter(callable, sentinel) compares each value with == and stops for good at the sentinel.
# requires: float
vals = iter([1, 2.0, "2", 2, 3])
it = iter(lambda: next(vals), 2)
print(list(it), next(it, "stopped"), list(vals))
vals = iter([[1], [], [2]])
print(list(iter(lambda: next(vals), [])))
class Eq:
    def __eq__(self, other):
        return other == 3
n = [0]
def inc():
    n[0] += 1
    return n[0]
print(list(iter(inc, Eq())))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
src = iter("abc")
print(list(iter(src.__next__, "z")))
def boom():
    raise ValueError("boom")
try:
    list(iter(boom, 0))
except ValueError as e:
    print(type(e).__name__, e)
k = [0]
def once():
    k[0] += 1
    return "sentinel" if k[0] == 2 else k[0]
it = iter(once, "sentinel")
print(next(it), next(it, "done"), k[0])
k[0] = 0
print(next(it, "still done"), k[0])
print(list(iter(iter([None, None, 1]).__next__, 1)))
print(list(iter(list, [])), list(iter(bool, False)))
print(list(zip(iter(inc, 100), "xyz")), n[0])
