# indent as an int (spaces), a str, zero and negative (newlines only).
import json
d = {"a": [1, {"b": []}, {}], "c": "x"}
for ind in [0, 1, 4, -3, "\t", "--", True]:
    print(repr(json.dumps(d, indent=ind)))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(repr(json.dumps([[[]]], indent=1)))
try:
    json.dumps([1], indent=2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps("s", indent=2.5))
