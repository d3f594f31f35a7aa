# default= is called for what JSON cannot encode; without it, TypeError.
import json
class P:
    def __init__(self, x):
        self.x = x
def enc(o):
    if isinstance(o, P):
        return {"P": o.x}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no " + type(o).__name__)
print(json.dumps([P(1), {3, 1, 2}, P(P(2))], default=enc))
for v in [{1, 2}, b"x", 1j, P(1), object(), range(3)]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps([b"x"], default=enc)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(b"x", default=lambda o: o.decode()))
