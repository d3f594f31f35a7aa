# Positions count characters, not bytes.
import json
for s in ['"\u00e9\u20ac" x', '["\U0001f600", ]', '{"\u00e9": 1 "x"}', '\u00e9']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(e, e.pos, e.colno)
