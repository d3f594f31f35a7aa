# Returning from inside a with calls __exit__ after the return value is computed; suppression continues after the block.
class CM:
    def __init__(self, tag, suppress=False):
        self.tag, self.suppress = tag, suppress
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t else None)
        return self.suppress

def val(x):
    print("computing", x)
    return x

def f():
    with CM("f"):
        return val(1)

def g():
    with CM("g", suppress=True):
        raise ValueError
        return "unreached"
    return "after with"

def h():
    with CM("h1"):
        try:
            with CM("h2"):
                return "inner"
        finally:
            print("finally")

def k():
    for i in range(3):
        with CM("k%d" % i, suppress=True):
            if i == 1:
                return i
            raise IndexError
print(f())
print(g())
print(h())
print(k())
