# Tuples encode as arrays; empty containers stay on one line under indent.
import json
print(json.dumps((1, (2, ()), [(), {}])))
print(json.dumps({"t": (1,), "e": ()}, indent=3))
print(json.dumps([{}, [], [{}]], indent=""))
