d = {}
try:
    d["key"]
except KeyError as e:
    print(str(e))
    print(e.args[0])
    print(repr(e))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e))
