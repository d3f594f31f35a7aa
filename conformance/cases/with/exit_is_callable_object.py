# __enter__/__exit__ may be staticmethods or plain callables stored on the class (not bound to the instance).
class Recorder:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, *args):
        print(self.tag, "called with", len(args), "args")
        return "entered" if self.tag == "enter" else False

class CM:
    __enter__ = Recorder("enter")
    __exit__ = Recorder("exit")

with CM() as v:
    print("value", v)

class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return "s"
    @staticmethod
    def __exit__(t, v, tb):
        print("static exit", t)

with Static() as s:
    print(s)

class Cls:
    @classmethod
    def __enter__(cls):
        return cls.__name__
    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__, a[0].__name__)
        return True

with Cls() as name:
    print(name)
    raise IndexError
print("end")
