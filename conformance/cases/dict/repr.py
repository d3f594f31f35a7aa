# requires: float
print({})
print({1: 2})
print({"a": 1, "b": "two"})
print({(1, 2): [3], None: True, 1.5: "x"})
print(repr({"it's": 'q"'}))
print(str({1: {}}))
print(type({}))
