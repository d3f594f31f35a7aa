# splitlines treats \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e as line breaks, and keepends keeps them.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("\n".splitlines(), "\n\n".splitlines(), "".splitlines())
print("x\n".splitlines(), "x\n".splitlines(True))
print("\r\n\r\n".splitlines(True))
print("\n\r".splitlines(True))
print("no break".splitlines())
print("a\tb\x1fc\x00d".splitlines())
print("trailing\r".splitlines(), "trailing\r".splitlines(1))
print("x\n".split("\n"), "x\n".splitlines())
print([len(line) for line in "ab\ncd\r\nef".splitlines(False)])
