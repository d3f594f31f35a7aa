# dumps then loads gives back equal values (tuples become lists, keys strs).
import json
vals = [None, True, 0, -1, 2**64, 1.1, -2.5e-8, 1e22, "", "q\"\\\n\u00e9\U0001f600",
        [1, [2, [3, {}]]], {"a": {"b": {"c": []}}}, (1, (2,)), {"1": 1, "x": [None]}]
for v in vals:
    for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"sort_keys": True}]:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        print(ascii(s), ascii(back), back == v)
print(json.loads(json.dumps({1: 2, None: 3, True: 4})))
f = [0.1, 1/3, 2**-1074, 1.7976931348623157e308, 123456789.123456789]
print(json.loads(json.dumps(f)) == f)
