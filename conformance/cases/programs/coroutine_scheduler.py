# A round-robin scheduler of generator tasks using send(), throw(), close(), yield from and message passing.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, target, msg):
        self.target, self.msg = target, msg


class Recv:
    pass


class Cancelled(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.ready = []
        self.sleeping = {}
        self.mailboxes = {}
        self.waiting = set()
        self.tick = 0
        self.log = []
        self.results = {}

    def spawn(self, name, gen):
        self.tasks[name] = gen
        self.mailboxes[name] = []
        self.ready.append((name, None))

    def cancel(self, name):
        gen = self.tasks[name]
        try:
            gen.throw(Cancelled("cancelled at tick %d" % self.tick))
        except StopIteration as e:
            self.results[name] = ("cancelled", e.value)
        except Cancelled as e:
            self.results[name] = ("died", str(e))
        else:
            gen.close()
            self.results[name] = ("closed", None)
        self.ready = [(n, v) for n, v in self.ready if n != name]
        self.sleeping.pop(name, None)
        self.waiting.discard(name)
        del self.tasks[name]

    def run(self, max_ticks=50):
        while (self.ready or self.sleeping) and self.tick < max_ticks:
            self.tick += 1
            for name in sorted(self.sleeping):
                self.sleeping[name] -= 1
                if self.sleeping[name] <= 0:
                    del self.sleeping[name]
                    self.ready.append((name, self.tick))
            batch, self.ready = self.ready, []
            for name, value in batch:
                if name not in self.tasks:
                    continue
                try:
                    req = self.tasks[name].send(value)
                except StopIteration as e:
                    self.log.append(f"t{self.tick} {name} finished -> {e.value!r}")
                    self.results[name] = ("done", e.value)
                    del self.tasks[name]
                    continue
                except Exception as e:
                    self.log.append(f"t{self.tick} {name} crashed: {type(e).__name__}: {e}")
                    self.results[name] = ("crashed", type(e).__name__)
                    del self.tasks[name]
                    continue
                self.handle(name, req)
        return self.tick

    def handle(self, name, req):
        if isinstance(req, Sleep):
            self.sleeping[name] = req.ticks
        elif isinstance(req, Send):
            self.mailboxes[req.target].append((name, req.msg))
            if req.target in self.waiting:
                self.waiting.discard(req.target)
                self.ready.append((req.target, self.mailboxes[req.target].pop(0)))
            self.ready.append((name, True))
        elif isinstance(req, Recv):
            box = self.mailboxes[name]
            if box:
                self.ready.append((name, box.pop(0)))
            else:
                self.waiting.add(name)
        else:
            self.ready.append((name, req))


def counter(label, n):
    total = 0
    for i in range(n):
        got = yield i
        total += i
    return f"{label} sum={total}"


def sub_task(depth):
    if depth == 0:
        yield Sleep(1)
        return 1
    a = yield from sub_task(depth - 1)
    b = yield from sub_task(depth - 1)
    return a + b


def nested():
    leaves = yield from sub_task(3)
    return leaves


def producer(target, items):
    for it in items:
        ok = yield Send(target, it)
        assert ok is True
    yield Send(target, None)
    return len(items)


def consumer():
    received = []
    while True:
        sender, msg = yield Recv()
        if msg is None:
            return received
        received.append(f"{msg}<{sender}")


def fragile():
    yield 1
    yield Sleep(2)
    return 1 // 0


def stubborn():
    try:
        while True:
            yield Sleep(1)
    except Cancelled as e:
        return "cleaned up after: %s" % e


def careless():
    while True:
        yield Sleep(1)


s = Scheduler()
s.spawn("count", counter("c", 4))
s.spawn("tree", nested())
s.spawn("cons", consumer())
s.spawn("prod", producer("cons", ["x", "y", "z"]))
s.spawn("frag", fragile())
s.spawn("stub", stubborn())
s.spawn("care", careless())
s.run(max_ticks=5)
print("after 5 ticks:", sorted(s.tasks), "sleeping:", sorted(s.sleeping.items()))
s.cancel("stub")
s.cancel("care")
ticks = s.run()
print("ticks:", ticks)
for line in s.log:
    print(line)
for name in sorted(s.results):
    print(f"{name:>5}: {s.results[name]}")

g = counter("solo", 3)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    counter("x", 1).send(5)
except TypeError as e:
    print("TypeError:", e)
g = stubborn()
next(g)
print(g.throw(Cancelled("manual")) if False else "skip", end=" ")
try:
    g.throw(Cancelled("manual"))
except StopIteration as e:
    print("returned:", e.value)
g = careless()
next(g)
g.close()
g.close()
print("closed twice ok;", next(g, "exhausted"))
