# removeprefix/removesuffix remove one exact occurrence only at the corresponding end.
s = "prefix-body-suffix"
print(s.removeprefix("prefix-"), s.removesuffix("-suffix"))
print(s.removeprefix("body"), s.removesuffix("body"), s.removeprefix(""), s.removesuffix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), repr("aaa".removeprefix("aaa")))
print(repr("".removeprefix("x")), repr("ab".removeprefix("abc")))
print("test.py.py".removesuffix(".py"))
for bad in (None, 1, ("a",)):
    try:
        s.removeprefix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
