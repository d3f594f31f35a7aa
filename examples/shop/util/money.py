"""Money in integer cents (no float rounding)."""
from ..models import Item  # noqa: F401  (a relative import two levels up)

VAT_PERCENT = 20


def cents(n):
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 100}.{n % 100:02d}"


def vat_of(gross):
    # The VAT inside a gross price, rounded half up to the cent.
    return (gross * VAT_PERCENT * 2 + (100 + VAT_PERCENT)) // ((100 + VAT_PERCENT) * 2)
