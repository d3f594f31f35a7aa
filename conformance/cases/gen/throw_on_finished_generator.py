def g():
    yield 1

it = g()
print(list(it))
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.throw(KeyError)
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    it.throw(GeneratorExit)
except GeneratorExit as e:
    print(type(e).__name__)
try:
    it.throw(StopIteration(9))
except StopIteration as e:
    print(type(e).__name__, e.value)
print(next(it, "still done"))
