# sort_keys sorts the items; keys of mixed types cannot be compared.
import json
d = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
