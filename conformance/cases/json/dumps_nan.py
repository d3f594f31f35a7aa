# NaN and the infinities, allowed or refused.
import json
v = [float("nan"), float("inf"), -float("inf")]
print(json.dumps(v))
for x in v:
    try:
        json.dumps([x], allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        json.dumps(x, allow_nan=False, indent=1)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.dumps([1.5], allow_nan=False))
