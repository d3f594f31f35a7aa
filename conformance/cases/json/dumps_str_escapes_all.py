# Every control character and a sample of others, in both modes.
import json
s = "".join(chr(i) for i in range(0, 0x80))
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps("\u0100\uffff\U00010000\U0010ffff"))
