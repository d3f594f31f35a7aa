# Exceptions other than StopIteration escaping __next__ propagate through for loops and builtins.
class Flaky:
    def __init__(self, fail_at):
        self.i = 0
        self.fail_at = fail_at
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError("failed at %d" % self.i)
        if self.i > 4:
            raise StopIteration
        return self.i
got = []
try:
    for v in Flaky(3):
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)
for name, consumer in [("list", list), ("sum", sum), ("sorted", sorted), ("tuple", tuple)]:
    try:
        print(name, consumer(Flaky(10)))
        consumer(Flaky(2))
    except ValueError as e:
        print(name, "->", e)
try:
    a, b, c = Flaky(2)
except ValueError as e:
    print("unpack ->", e)
print(list(zip(Flaky(10), "ab")))
try:
    dict.fromkeys(Flaky(1))
except ValueError as e:
    print("fromkeys ->", e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(StopWithValue()))
