# Subclasses of int, float, str, list, tuple and dict encode as their base.
import json
class I(int):
    def __repr__(self):
        return "I!"
class F(float):
    def __repr__(self):
        return "F!"
class S(str):
    pass
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
print(json.dumps([I(5), F(2.5), S("s\u00e9"), L([1, 2]), T((3,)), D(a=1)]))
print(json.dumps({S("k"): I(1), I(2): F(0.5), F(1.5): L()}))
print(json.dumps(S("top")), json.dumps(I(-3)), json.dumps(F(1e300)))
