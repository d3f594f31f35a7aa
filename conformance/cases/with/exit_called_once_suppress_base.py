# __exit__ also sees BaseException subclasses and can suppress them; it is called exactly once.
class Count:
    calls = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        Count.calls += 1
        print("exit", t.__name__ if t else None, isinstance(v, Exception))
        return True

class Stop(BaseException):
    pass

with Count():
    raise Stop("halt")
with Count():
    raise SystemExit(3)
with Count():
    raise GeneratorExit
with Count():
    raise StopIteration(5)
with Count():
    raise Exception
print("calls", Count.calls)

def g():
    with Count():
        yield 1
it = g()
next(it)
it.close()
print("calls", Count.calls)
