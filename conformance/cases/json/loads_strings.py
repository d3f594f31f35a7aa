# String escapes, \u escapes and surrogate pairs.
import json
for s in [r'"\"\\\/\b\f\n\r\t"', r'"\u00e9\u20AC"', r'"\ud83d\ude00"', r'"\uD834\uDD1E x"',
          '"caf\u00e9 \U0001f600"', r'"\u0000"', r'"a\u0041b"']:
    print(ascii(json.loads(s)))
print(ascii(json.loads('"\x7f"')))
