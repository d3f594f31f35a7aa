"""Discount rules: a rule maps a cart line to cents off."""
from .models import Cart
from .util.money import cents


def bulk(min_qty, percent):
    def rule(item, qty):
        return item.price_cents * qty * percent // 100 if qty >= min_qty else 0
    rule.__name__ = f"bulk{min_qty}_{percent}"
    return rule


def category(name, off_cents):
    def rule(item, qty):
        return off_cents * qty if item.category == name else 0
    rule.__name__ = f"{name}_minus_{cents(off_cents)}"
    return rule


def apply_discounts(cart, rules):
    """Each line's best discount (rules do not stack), as (item, qty, gross, off)."""
    if not isinstance(cart, Cart):
        raise TypeError("apply_discounts() needs a Cart")
    out = []
    for item, qty in cart:
        gross = item.price_cents * qty
        best = max((rule(item, qty) for rule in rules), default=0)
        out.append((item, qty, gross, min(best, gross)))
    return out
