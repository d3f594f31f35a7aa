# A with block's __exit__ runs before an enclosing except handler, and can observe the exception.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
try:
    with CM("outer"):
        with CM("inner"):
            raise ValueError("boom")
except ValueError as e:
    print("handler", e)
finally:
    print("finally")
with CM("suppressing", True):
    with CM("plain"):
        raise KeyError("swallowed")
print("after suppressed")
def f():
    with CM("in f"):
        return "returned"
print(f())
try:
    with CM("last"):
        raise TypeError("first")
except TypeError as e:
    print("got", e)
