# Bytes patterns match bytes-like subjects; their categories are ASCII.
import re
print(re.findall(rb"\w+", b"ab cd\xe9"), re.findall(rb"\d", b"1\xb2"), re.findall(rb"\s", b"a \x1c\t"))
print(re.match(rb"(?i)ab", b"AB"), re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"[\xe0-\xff]+", b"\xe9\xff"))
print(re.findall(rb".", bytearray(b"xy")), re.sub(rb"a", b"-", bytearray(b"bab")), re.split(rb"a", memoryview(b"bab")))
m = re.search(rb"(?P<x>b)", bytearray(b"abc"))
print(m, m.group(), m["x"], m.groups(), m.string, m.span())
print(re.sub(rb"(\w)", rb"<\1>", b"ab"), re.escape(b"a+b"), re.compile(rb"\x00\xff").pattern)
print(re.findall(rb"\bx\b", b"x \xe9x"))
