# splitlines also breaks on \x85, \u2028 and \u2029, which split() with a separator does not.
# requires: unicode
s = "a\x85b\u2028c\u2029d"
print(s.splitlines())
print([repr(x) for x in s.splitlines(True)])
print(len(s.split("\n")))
print("a\u2028b".split())
print("a\x85b c".split())
print("\u2029".splitlines(), "\u2029".splitlines(True))
print("x\xa0y".split(), "x\u3000y".split())
print("é\nü".splitlines())
