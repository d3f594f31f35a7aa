# Deep nesting ends in RecursionError; modest nesting decodes.
import json
for s in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print(type(e).__name__, e)
v = json.loads('[' * 50 + ']' * 50)
n = 0
while v:
    v = v[0]
    n += 1
print(n)
print(json.loads('{"a":' * 30 + '1' + '}' * 30) is not None)
