# Closures capturing self or bound methods see later attribute changes, and bound methods remember their instance.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def incrementer(self, step):
        def inc():
            self.n += step
            return f"{self.name}={self.n}"
        return inc

    def bump(self):
        self.n += 1
        return self.n

c = Counter("c")
up2 = c.incrementer(2)
print(up2(), up2())
c.name = "renamed"
print(up2(), c.n)
bound = c.bump
print(bound(), bound(), c.n, bound.__self__ is c, bound.__func__ is Counter.bump)
d = Counter("d")
callbacks = [c.bump, d.bump, d.incrementer(10)]
print([cb() for cb in callbacks], c.n, d.n)

class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        return [h(self) for h in self.handlers]

ok = Button("OK")
clicks = []

@ok.on_click
def record(btn):
    clicks.append(btn.label)
    return len(clicks)

ok.on_click(lambda b: b.label.lower())
print(ok.click(), ok.click(), clicks)
methods = [getattr(c, name) for name in ("bump", "incrementer")]
print(methods[0](), methods[1](5)())
unbound = Counter.bump
print(unbound(d), d.n)
try:
    Counter.bump()
except TypeError as e:
    print("TypeError:", e)
print(c.bump == c.bump, c.bump is c.bump, c.bump == d.bump)
