# The errors of strings: unterminated, control characters, bad escapes.
import json
for s in ['"abc', '"\\', '"a\x01"', '"a\nb"', '"ab\\x"', '"\\u12"', '"\\uzzzz"', '"\\u12G4"',
          '"\\ud800\\uzz00"', '["ok", "bad\\q"]', '{"k\\": 1}', '"\\']:
    try:
        print(ascii(json.loads(s)))
    except json.JSONDecodeError as e:
        print(ascii(s), type(e).__name__, e)
print(ascii(json.loads('"a\x01\nb\tc"', strict=False)))
