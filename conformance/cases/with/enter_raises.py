# An exception in __enter__ skips the body and that manager's __exit__, but earlier items still exit.
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

try:
    with CM("a", fail=True):
        print("body not run")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("a") as a, CM("b", fail=True) as b, CM("c") as c:
        print("body not run")
except RuntimeError as e:
    print("caught", e)

class Swallow(CM):
    def __exit__(self, t, v, tb):
        print("swallow exit", self.name, t.__name__ if t else None)
        return True

with Swallow("outer"), CM("inner", fail=True):
    print("body not run")
print("continued after suppressed enter failure")
