# Clearing, popping or growing a dict while iterating it raises RuntimeError on the next step.
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
d = {1: 1}
for k in d.copy():
    d[k + 1] = 0
print(d)
d = {"a": 1}
for k in d:
    d[k] = 2
    d.update({k: 3})
print(d)
try:
    for v in d.values():
        d["new"] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
