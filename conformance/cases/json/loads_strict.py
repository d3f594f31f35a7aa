# strict=False lets control characters into strings; other keywords are refused.
import json
print(ascii(json.loads('["\x00\x1f", "\t"]', strict=False)))
try:
    json.loads('"\t"')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('"\t"', strict=True)
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('1', strict=False, other=1)
except TypeError as e:
    print(type(e).__name__, e)
