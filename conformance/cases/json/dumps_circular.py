# check_circular: a container inside itself is refused; off, the recursion limit stops it.
import json
a = [1]
a.append(a)
d = {}
d["self"] = d
for v in [a, d, [d], {"k": a}]:
    try:
        json.dumps(v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(type(e).__name__)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
