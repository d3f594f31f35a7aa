# next() on generators: StopIteration inside a generator becomes RuntimeError, return values, re-entrancy and exhaustion.
def gen_raises_stop():
    yield 1
    raise StopIteration("inner")
g = gen_raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(next(g, "exhausted"))
def gen_next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(gen_next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def with_return():
    yield "a"
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "default"), next(with_return(), "x"))
def reentrant():
    yield next(g2)
g2 = reentrant()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
def fails():
    yield 1
    1 / 0
    yield 2
g = fails()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "closed after error"))
gen_exp = (1 // x for x in [1, 0, 2])
print(next(gen_exp))
try:
    next(gen_exp)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(gen_exp))
def stop_in_comprehension():
    return [x for x in iter(lambda: next(it), None)]
it = iter([1, 2])
try:
    print(stop_in_comprehension())
except StopIteration as e:
    print("StopIteration escaped comprehension:", repr(e))
