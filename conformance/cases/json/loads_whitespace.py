# Only space, tab, newline and carriage return count as whitespace.
import json
print(json.loads(' \t\r\n{ \t"a" \n: \r1 ,"b":[ ]\t}\n '))
for s in ['\x0c1', '1\x0b', '\u00a01', '[1,\u20032]']:
    try:
        print(json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), e)
