class Tracking(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
m = Tracking(x=1, y=2, z=3)
match m:
    case {"x": 1, "w": _}:
        print("has w")
    case {"x": 1, "y": 2}:
        print("x and y, extra keys ignored")
class Keys:
    T = (2, 3)
match {1: "one", (2, 3): "tuple key", None: "none", -1: "neg"}:
    case {1: a, Keys.T: b, None: c, -1: d}:
        print(d)
        print(a, b, c)
match {"k": None}:
    case {"k": None}:
        print("value None matched")
match {}:
    case {"k": None}:
        print("wrong")
    case _:
        print("missing key is not None")
class Default(dict):
    def __missing__(self, key):
        return "synth"
match Default(a=1):
    case {"b": v}:
        print("missing used", v)
    case _:
        print("__missing__ not used")
