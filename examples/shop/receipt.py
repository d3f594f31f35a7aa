"""Receipts: the priced lines of a cart as text."""
from .util.money import cents
from .util import money


def render(lines, width=44):
    rows = []
    total = 0
    for item, qty, gross, off in lines:
        rows.append(f"{item.name:<20}{qty:>4} x {cents(item.price_cents):>8}{cents(gross):>9}")
        if off:
            rows.append(f"{'  discount':<33}{'-' + cents(off):>11}")
        total += gross - off
    rows.append("-" * width)
    rows.append(f"{'TOTAL':<33}{cents(total):>11}")
    rows.append(f"{'incl. VAT ' + str(money.VAT_PERCENT) + '%':<33}{cents(money.vat_of(total)):>11}")
    return "\n".join(rows)
