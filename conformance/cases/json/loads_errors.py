# Syntax errors and where they are reported.
import json
for s in ['', ' ', '{', '[', '{"a":1,', '{"a":1,}', '[1,]', '{"a" 1}', '{"a":}', '{1: 2}', "{'a': 1}",
          '[1 2]', '{"a": 1 "b": 2}', '1 2', '[1,2', '{"a":1', 'nul', 'tru', '[1]]', '\n\n  [1 2]',
          '{"a": [1, {"b": 2,}]}', 'x', '[,]', '{,}', '"a" "b"', '[1]\n\nx']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e)
