# Argument errors of dumps, worded as for a Python function.
import json
tries = [
    lambda: json.dumps(),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(1, 2, indent=1),
    lambda: json.dumps(1, obj=2),
    lambda: json.dumps(1, bogus=1),
    lambda: json.dump(1),
    lambda: json.dump(),
    lambda: json.dump(1, None),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps(obj=[1]))
print(json.dumps([1], skipkeys=0, ensure_ascii=1, check_circular=[], allow_nan="", sort_keys=None))
