# partition/rpartition always return 3-tuples, splitting at the first/last occurrence of the separator.
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("=="), s.rpartition("=="))
print(s.partition("key"), s.rpartition("more"))
print("".partition("x"), "".rpartition("x"))
print("abc".partition("abc"), "abc".rpartition("abc"))
print("aaa".partition("aa"), "aaa".rpartition("aa"))
print("a b  c".partition(" "), "a b  c".rpartition(" "))
head, sep, tail = "user@host".partition("@")
print(head, sep, tail, type("x".partition("y")).__name__)
for bad in ("", None):
    for meth in ("partition", "rpartition"):
        try:
            getattr("abc", meth)(bad)
        except (ValueError, TypeError) as e:
            print(meth, type(e).__name__, e)
