# Errors raised by hooks pass through; hooks see every nested object.
import json
seen = []
def hook(d):
    seen.append(sorted(d))
    return len(d)
print(json.loads('{"a": {"b": {}}, "c": [{"d": 1, "e": 2}]}', object_hook=hook))
print(seen)
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1.5]', parse_float=int)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1]', parse_int=5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('{"x": 1}', object_pairs_hook=dict))
