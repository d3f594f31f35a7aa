# A suppressing manager inside a loop swallows each iteration's error; break/continue still exit it.
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.count = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.count += 1
        return t is not None and issubclass(t, self.types)

ign = Ignore(ZeroDivisionError, KeyError)
out = []
for i in range(6):
    with ign:
        if i == 4:
            continue
        out.append(10 // (i % 3))
        out.append({1: "one"}[i])
print(out, ign.count)

n = 0
while True:
    with ign:
        n += 1
        if n == 3:
            break
        raise KeyError(n)
print(n, ign.count)

try:
    for i in range(3):
        with ign:
            if i == 1:
                raise ValueError("not ignored")
except ValueError as e:
    print(e, ign.count)

for i in range(3):
    with ign:
        if i == 1:
            break
else:
    print("no else")
print("i =", i, ign.count)
