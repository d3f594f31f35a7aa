# An event bus where decorators (with and without arguments) register handlers with priorities, filters and once-only.
class EventError(Exception):
    pass


class StopPropagation(Exception):
    pass


class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.handled_by = []

    def __getattr__(self, item):
        try:
            return self.data[item]
        except KeyError:
            raise AttributeError(f"event {self.name!r} has no field {item!r}") from None

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}{', ' if fields else ''}{fields})"


class Bus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
        self.errors = []

    def on(self, name=None, *, priority=0, when=None, once=False):
        if callable(name):
            return self.on()(name)

        def register(fn):
            ev = name or fn.__name__.removeprefix("on_")
            self.seq += 1
            self.handlers.setdefault(ev, []).append([-priority, self.seq, fn, when, once])
            self.handlers[ev].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register

    def off(self, name, fn):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [h for h in self.handlers.get(name, []) if h[2] is not fn]
        if len(self.handlers[name]) == before:
            raise EventError(f"{fn.__name__} not subscribed to {name!r}")

    def emit(self, name, **data):
        event = Event(name, **data)
        for entry in list(self.handlers.get(name, [])) + list(self.handlers.get("*", [])):
            _, _, fn, when, once = entry
            if when is not None and not when(event):
                continue
            if once:
                self.handlers[name].remove(entry)
            try:
                result = fn(event)
            except StopPropagation:
                event.handled_by.append(fn.__name__ + "!")
                break
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
                continue
            event.handled_by.append(fn.__name__ if result is None else f"{fn.__name__}={result}")
        return event

    def listing(self):
        return {k: [h[2].__name__ for h in v] for k, v in sorted(self.handlers.items())}


bus = Bus()
audit = []


@bus.on
def on_login(e):
    audit.append(f"login {e.user}")


@bus.on("login", priority=10)
def security_check(e):
    if e.user == "mallory":
        audit.append("blocked mallory")
        raise StopPropagation
    return "ok"


@bus.on("login", when=lambda e: e.data.get("admin"))
def admin_notice(e):
    audit.append(f"admin {e.user} logged in")


@bus.on("login", once=True, priority=5)
def first_login_bonus(e):
    return e.user.upper()


@bus.on("purchase")
def charge(e):
    if e.amount <= 0:
        raise ValueError(f"bad amount {e.amount}")
    audit.append(f"charged {e.amount}")


@bus.on("purchase", priority=-1)
def receipt(e):
    return f"#{e.order:04d}"


@bus.on("*")
def wildcard(e):
    return len(e.data)


def make_counter(label):
    count = 0

    @bus.on(label)
    def counter(e):
        nonlocal count
        count += 1
        return count
    counter.__qualname__ = "counter"
    return lambda: count


tick_count = make_counter("tick")
print(bus.listing())
for ev in [
    dict(name="login", user="alice"),
    dict(name="login", user="root", admin=True),
    dict(name="login", user="mallory", admin=True),
    dict(name="purchase", order=7, amount=30),
    dict(name="purchase", order=8, amount=-1),
    dict(name="tick"),
    dict(name="tick"),
    dict(name="nothing"),
]:
    e = bus.emit(**ev)
    print(repr(e), "->", e.handled_by)
print(tick_count(), audit)
print(bus.errors)
bus.off("login", admin_notice)
try:
    bus.off("login", admin_notice)
except EventError as e:
    print("EventError:", e)
try:
    bus.emit("purchase", order=1).amount
except AttributeError as e:
    print("AttributeError:", e)
print(bus.errors[-1])
print(bus.listing()["login"], bus.emit("login", user="zed").handled_by)
ev = Event("x", a=1)
print(ev.a, hasattr(ev, "b"), getattr(ev, "b", "dflt"), ev.name)
