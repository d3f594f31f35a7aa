# Duplicate keys: the last value wins, in the first key's place.
import json
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(list(json.loads('{"x": 1, "y": 2, "x": 3}').items()))
print(json.loads('{"a": {"b": 1}, "a": {"c": 2}}'))
