# One call site sees receivers of many builtin types, subclasses that override
# the method, and objects whose own attributes shadow a method name; each call
# must reach the method the receiver's own type gives.

def call_count(x):
    return x.count(1)


for r in ([1, 1, 2], (1, 2, 1, 1), b"\x01\x01", bytearray(b"\x01"), [], ()):
    print(type(r).__name__, call_count(r))


class MyList(list):
    def count(self, v):
        return "MyList.count"


print(call_count(MyList([1])), call_count([1]), call_count(MyList()))


def join_all(sep, parts):
    return sep.join(parts)


for sep in (",", "::", "".join(["-", "-"]), b"+", bytearray(b"/")):
    parts = ["a", "b"] if isinstance(sep, str) else [b"a", b"b"]
    print(repr(join_all(sep, parts)))


def fk(d):
    return d.fromkeys("ab", 0)


print(fk({}), fk({"z": 1}))


class D(dict):
    @classmethod
    def fromkeys(cls, keys, v=None):
        return "D.fromkeys"


print(fk(D()), fk({}))


def upper(x):
    return x.upper()


def f():
    pass


f.upper = lambda: "function attribute"
e = ValueError("v")
e.upper = lambda: "exception attribute"
for x in ("abc", f, e, "é", b"xy", "abc"):
    try:
        print(upper(x))
    except AttributeError as err:
        print("AttributeError", err)

for i in range(3):
    d = {"k": i}
    print(d.get("k"), d.get("missing", -1), "abc".find("c"), [3, 1, 2].index(2))
