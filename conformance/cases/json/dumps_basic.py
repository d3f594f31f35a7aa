# dumps of every JSON type with the default separators.
import json
for v in [None, True, False, 0, -7, 12345678901234567890, 1.5, -0.0, 1e16, 1e-7, 3.141592653589793,
          "", "abc", [], {}, [1, [2, [3]]], (1, 2), {"a": 1, "b": [None, True]}, [1.0, 2.5e-300]]:
    print(json.dumps(v))
