# separators: a pair of strs, as a tuple or a list; indent changes the default.
import json
d = {"a": [1, 2], "b": {"c": None}}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=[" , ", " : "]))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=2, separators=(", ", ": ")))
for bad in [(",",), (",", ":", "x"), 5]:
    try:
        json.dumps(d, separators=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    json.dumps([1], separators=(1, ":"))
except TypeError as e:
    print(type(e).__name__, e)
