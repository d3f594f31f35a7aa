# dump writes to fp.write; load reads fp.read().
import json, io
f = io.StringIO()
print(json.dump({"a": [1, 2.5, None]}, f, indent=1))
print(repr(f.getvalue()))
f.seek(0)
print(json.load(f))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump([1, "x"], w)
print("".join(w.parts))
class R:
    def read(self):
        return b'{"b": true}'
print(json.load(R()))
try:
    json.dump(float("nan"), io.StringIO(), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
