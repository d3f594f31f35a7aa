# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import json
s = '{"a": 1, "b": [2.5, {"c": NaN}], "a": 3}'
print(json.loads(s))
print(json.loads(s, object_hook=lambda d: sorted(d.items())))
print(json.loads(s, object_pairs_hook=lambda p: p))
print(json.loads(s, object_pairs_hook=lambda p: p, object_hook=lambda d: "never"))
print(json.loads(s, parse_float=lambda t: "F" + t, parse_int=lambda t: "I" + t))
print(json.loads(s, parse_constant=lambda t: "C" + t))
print(json.loads('[-Infinity, Infinity, 1e5, 7]', parse_constant=str, parse_float=str, parse_int=float))
print(json.loads('{}', object_hook=lambda d: ("empty", d)))
def bad(x):
    raise KeyError(x)
try:
    json.loads('[1]', parse_int=bad)
except KeyError as e:
    print(type(e).__name__, e)
