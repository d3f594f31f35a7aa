# What the module offers.
import json
for name in ['dumps', 'dump', 'loads', 'load', 'JSONDecodeError']:
    print(name, hasattr(json, name))
print(json.dumps.__name__, json.loads.__name__)
print(issubclass(json.JSONDecodeError, ValueError))
