# and/or/not call __bool__ once per evaluated operand and return operands, not bools.
# requires: float
class B:
    def __init__(self, name, val):
        self.name, self.val = name, val
    def __bool__(self):
        print("bool", self.name)
        return self.val
    def __repr__(self):
        return self.name
t, f = B("t", True), B("f", False)
print(t and f)
print(f and t)
print(t or f)
print(f or t)
print(not t, not f)
print(f or f or t and t)
r = t and 0
print(repr(r))
print([] or {} or 0, 1 and [] and 2, "" or "default", 0 or None, None and 1)
print(1 or 1 / 0, 0 and 1 / 0)
if t and f:
    print("no")
else:
    print("else branch")
x = f if t else t
print(x)
print(type(not 5).__name__, not [], not [0], not "", not " ", not 0.0, not None, not ())
while f:
    break
print("while tested once")
