# Keys: str, int, float, bool and None are converted; others refused unless skipkeys.
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": 1}))
print(json.dumps({False: 0, 10**20: 1, float("inf"): 2, float("nan"): 3, -0.0: 4}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({b"x": 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
