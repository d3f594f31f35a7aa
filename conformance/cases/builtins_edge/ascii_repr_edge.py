# ascii() and repr() escaping of control and non-ASCII characters, quote selection, nesting and custom __repr__ errors.
# requires: unicode
print(ascii("plain"), ascii("caf\u00e9"), ascii("\u4e2d\u6587"), ascii("\U0001f600"))
print(ascii("tab\there"), ascii("nl\n"), ascii("\x00\x7f\x80\xff"), ascii(""))
print(repr("caf\u00e9"), repr("\x00\x7f\x80\xa0\xad"), repr("\u200b\u2028"))
print(ascii(["\u00e9", ("\u00fc",), {"\u00f1": b"\xff"}]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), ascii("'\u00e9'"))
print(ascii(1), ascii(None), ascii(b"\xe9"), ascii(True), ascii([1, "x"]))
class R:
    def __repr__(self):
        return "R\u00e9\u2603"
print(repr(R()), ascii(R()), ascii([R()]), str(R()))
class Bad:
    def __repr__(self):
        return 42
for name, fn in (("repr", repr), ("ascii", ascii), ("str", str)):
    try:
        fn(Bad())
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    ascii()
except TypeError as e:
    print("TypeError:", e)
try:
    repr(1, 2)
except TypeError as e:
    print("TypeError:", e)
lst = [1]
lst.append(lst)
d = {"k": 1}
d["self"] = d
print(repr(lst), ascii(d), repr([lst, lst]))
