# What loads refuses before scanning, and its argument errors.
import json
for v in [1, None, [1], memoryview(b'1')]:
    try:
        json.loads(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
tries = [lambda: json.loads(), lambda: json.loads('1', '2'), lambda: json.loads('1', bogus=1),
         lambda: json.loads(s='[2]'), lambda: json.load(), lambda: json.loads('1', s='1'),
         lambda: json.loads(5, bogus=1)]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
