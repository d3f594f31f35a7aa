# Deep nesting (5000 levels, past every limit) ends in RecursionError, modest nesting encodes.
import json
a = []
for i in range(5000):
    a = [a]
try:
    json.dumps(a)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for i in range(5000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print(type(e).__name__, e)
b = []
for i in range(50):
    b = [b]
print(json.dumps(b))
