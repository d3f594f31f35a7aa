# default= that raises, returns something unencodable, or is not callable.
import json
try:
    json.dumps([1j], default=lambda o: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1j}, default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps([1j], default=5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([1j, {2j: 0}], default=str, skipkeys=True))
print(json.dumps({"a": 1j}, default=lambda o: [o.real, o.imag], indent=1))
