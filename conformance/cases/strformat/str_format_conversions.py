# The !r, !s and !a conversions in str.format, before and combined with a format spec.
# requires: unicode, float
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format(" + spec + ")"
c = C()
print("{0} {0!s} {0!r} {0!a}".format(c))
print("{0:xy} {0!s:>7} {0!r:*<8}".format(c))
print("{!r} {!s} {!a}".format("it's", "it's", "it's"))
print("{!r:^10}|{!a:>8}|".format("ab", "cd"))
print("{!r}".format(1.5), "{!s}".format(None), "{!r}".format([1, "b"]))
print("{!a}".format("caf\xe9"), "{!a}".format("\u2603"), "{!r}".format("caf\xe9"))
print("{!a}".format(["\xff", 1]))
print("{0!r:.3}".format("abcdef"))
print(f"{c} {c!s} {c!r} {c!a} {c:q} {c!r:>8}")
e = '\u00e9'
print(f"{'x'!r:5}|{e!a}|{e!r}")
