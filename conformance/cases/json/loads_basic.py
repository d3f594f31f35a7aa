# loads of every JSON type, with whitespace around and between tokens.
import json
for s in ['null', 'true', 'false', '0', '-0', '12', '-3.5', '1e3', '1E-3', '2.5e+2', '""', '"abc"',
          '[]', '{}', ' \t\n\r[ 1 , 2 ]\r\n', '{"a": [1, {"b": null}], "c": "d"}', '-0.0', '[[[]]]']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
