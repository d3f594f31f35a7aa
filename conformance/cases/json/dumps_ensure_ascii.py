# ensure_ascii escapes everything outside printable ASCII, astral characters as pairs.
import json
s = "caf\u00e9 \u20ac \U0001f600 \x7f \x00\x1f \b\f\n\r\t \"\\ /"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: [s]}))
print(json.dumps({s: [s]}, ensure_ascii=False))
print(json.dumps("\u2028\u2029\ufeff"))
