# An inventory system using validating descriptors with __set_name__, __slots__, class decorators and custom exceptions.
class ValidationError(ValueError):
    def __init__(self, owner, field, msg):
        super().__init__(f"{owner}.{field}: {msg}")
        self.field = field


class Field:
    def __init__(self, kind, *, minimum=None, choices=None, default=None):
        self.kind, self.minimum, self.choices, self.default = kind, minimum, choices, default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        owner = type(obj).__name__
        if not isinstance(value, self.kind):
            raise ValidationError(owner, self.name, f"expected {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValidationError(owner, self.name, f"{value!r} < minimum {self.minimum!r}")
        if self.choices is not None and value not in self.choices:
            raise ValidationError(owner, self.name, f"{value!r} not in {sorted(self.choices)}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")


def record(cls):
    fields = cls._fields

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes at most {len(fields)} positional arguments ({len(args)} given)")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for name in fields:
            if name in values:
                setattr(self, name, values[name])

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    return cls


@record
class Item:
    sku = Field(str)
    qty = Field(int, minimum=0, default=0)
    price = Field(int, minimum=1, default=100)
    category = Field(str, choices={"tool", "food", "toy"}, default="toy")


class OutOfStock(Exception):
    pass


class Inventory:
    __slots__ = ("items", "moves")

    def __init__(self):
        self.items = {}
        self.moves = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.moves.append(("+", item.sku, item.qty))

    def take(self, sku, n):
        try:
            item = self.items[sku]
        except KeyError:
            raise OutOfStock(f"unknown sku {sku!r}") from None
        if item.qty < n:
            raise OutOfStock(f"only {item.qty} of {sku} left, wanted {n}")
        item.qty -= n
        self.moves.append(("-", sku, n))
        return item.price * n

    def value_by_category(self):
        out = {}
        for it in self.items.values():
            out[it.category] = out.get(it.category, 0) + it.qty * it.price
        return dict(sorted(out.items()))


print(Item._fields, Item.qty.name, Item.qty.slot, type(Item.__dict__["price"]).__name__)
hammer = Item("H1", 5, 1250, category="tool")
apple = Item(sku="A1", qty=40, price=30, category="food")
robot = Item("R2")
print(hammer, apple, robot, sep="\n")
print(hammer == Item("H1", 5, 1250, "tool"), hammer == apple, hammer != "H1")

bad_calls = [
    lambda: Item("X", -1), lambda: Item("X", "3"), lambda: Item(5), lambda: Item("X", 1, 0),
    lambda: Item("X", category="weapon"), lambda: Item("X", 1, 2, "toy", "extra"),
    lambda: Item("X", colour="red"), lambda: Item("X", sku="Y"), lambda: hash(hammer),
]
for call in bad_calls:
    try:
        print("created", call())
    except ValidationError as e:
        print("ValidationError", e, "| field =", e.field)
    except TypeError as e:
        print("TypeError", e)
try:
    del hammer.qty
except AttributeError as e:
    print("AttributeError", e)

inv = Inventory()
for it in (hammer, apple, robot, Item("A1", 10, 30, "food")):
    inv.add(it)
print(inv.value_by_category(), inv.items["A1"].qty)
for sku, n in [("A1", 45), ("A1", 10), ("H1", 6), ("Z9", 1), ("R2", 0)]:
    try:
        print(f"take {n} {sku}: cost {inv.take(sku, n)}")
    except OutOfStock as e:
        print("OutOfStock:", e)
print(inv.moves)
try:
    inv.extra = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(hasattr(inv, "__dict__"), Inventory.__slots__, sorted(k for k in vars(hammer)))
