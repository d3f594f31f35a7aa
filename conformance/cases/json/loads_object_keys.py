# Object keys must be double-quoted strings; escapes work in keys too.
import json
print(json.loads('{"\\u00e9": 1, "a\\nb": 2, "": 3}'))
for s in ['{a: 1}', '{"a": 1, b: 2}', '{"a": 1,, "b": 2}', '{"a"}', '{"a":1}}', '{"a" : 1 , }']:
    try:
        print(json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), e)
