"""A tiny shop: items, a cart with discounts, and a receipt.

The package's modules import each other relatively (`from .models import Item`,
`from ..models import Item` in a subpackage), as an installed package would.
"""
from .models import Item, Cart
from .pricing import apply_discounts
from . import receipt

__all__ = ["Item", "Cart", "apply_discounts", "receipt"]
