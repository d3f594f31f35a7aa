# Big ints encode in full; past the digit limit, ValueError as repr does.
import json
print(json.dumps([2**100, -(3**80), 10**50]))
print(json.dumps({2**70: 1}))
try:
    json.dumps(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
