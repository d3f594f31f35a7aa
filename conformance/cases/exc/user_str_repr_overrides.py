# User exception __str__ and __repr__ overrides are used by print, str, repr and formatting.
class S(Exception):
    def __str__(self):
        return "custom str"
class R(Exception):
    def __repr__(self):
        return "R<custom>"
class Both(ValueError):
    def __str__(self):
        return "both-str:" + ",".join(map(str, self.args))
    def __repr__(self):
        return "Both" + repr(self.args)
for e in [S("a"), R("b"), Both(1, 2)]:
    print(e)
    print(str(e), repr(e))
    print("%s | %r" % (e, e))
    print(f"{e} | {e!r}")
    print([e])
try:
    raise Both("x")
except ValueError as caught:
    print("caught:", caught)
class BadStr(Exception):
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as err:
    print(type(err).__name__, err)
class StrFromArgs(Exception):
    def __str__(self):
        return super().__str__().upper()
print(StrFromArgs("shout"))
print(StrFromArgs("a", "b"))
