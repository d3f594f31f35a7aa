# str.format_map uses the mapping as is, so __missing__ of a dict subclass is honoured.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}))
print("{a} {zz}".format_map(Default(a="A")))
print("{x[0]} {y.real}".format_map({"x": "str", "y": 5}))
print("{k:>5}|".format_map({"k": "v"}))
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world!r}".format_map(Lookup()))
try:
    print("{a}".format_map({}))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("{0}".format_map({"0": "zero"}))
except (ValueError, KeyError, TypeError) as e:
    print(type(e).__name__, e)
try:
    print("{}".format_map({}))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{a}".format_map([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x".format_map())
except TypeError as e:
    print(type(e).__name__, e)
print("plain".format_map({}), "{a}{a}".format_map(Default()))
