# When an inner manager suppresses, the outer manager exits cleanly with three Nones.
class CM:
    def __init__(self, name, suppress):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(self.name, "exit", t.__name__ if t else None, v, tb is not None)
        return self.suppress

with CM("outer", False):
    with CM("inner", True):
        raise OSError("disk")
    print("between")

with CM("outer", True):
    with CM("inner", False):
        raise LookupError("lk")
    print("not printed")
print("after")

with CM("a", False), CM("b", True), CM("c", False):
    raise TypeError("t")
print("done")
