# JSONDecodeError: a ValueError with msg, doc, pos, lineno and colno.
import json
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as e:
    print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
    print(str(e))
    print(e.args)
    print(isinstance(e, ValueError))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
print(json.JSONDecodeError.__mro__)
print(repr(json.JSONDecodeError))
e = json.JSONDecodeError("Oops", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno)
try:
    raise e
except ValueError as x:
    print(type(x).__name__, x)
for args in [(), ("m",), ("m", "d", 0, 1)]:
    try:
        json.JSONDecodeError(*args)
    except TypeError as x:
        print(type(x).__name__, x)
