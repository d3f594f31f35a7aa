# Pattern.findall/finditer/search with pos and endpos; groups of bytearray subjects are bytes.
import re
p = re.compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 2, 4), p.findall("abcdef", 4, 2), p.findall("abcdef", -10, 100))
print([m.span() for m in p.finditer("abcdef", 1, 3)], p.search("abc", 3), p.search("abc", 3, 1))
print(re.compile(rb"\w").findall(bytearray(b"ab")), re.compile(rb"(\w)").findall(memoryview(b"ab")))
