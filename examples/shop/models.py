"""Items and carts."""


class Item:
    def __init__(self, sku, name, price_cents, category):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.category = category

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price_cents})"


class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, item, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, not {qty}")
        held, count = self.lines.get(item.sku, (item, 0))
        self.lines[item.sku] = (held, count + qty)
        return self

    def __iter__(self):
        for sku in sorted(self.lines):
            yield self.lines[sku]

    def __len__(self):
        return sum(count for _, count in self.lines.values())
