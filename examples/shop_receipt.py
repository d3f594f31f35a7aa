"""Builds a cart from the sibling package `shop` and prints its receipt."""
import shop
from shop import Item, Cart, apply_discounts
from shop.pricing import bulk, category
import shop.util.money as money

catalogue = [
    Item("A1", "Espresso beans 1kg", 2450, "coffee"),
    Item("B7", "Oat milk", 229, "dairy"),
    Item("C3", "Ceramic cup", 1200, "kitchen"),
    Item("D9", "Filter papers", 399, "coffee"),
]
cart = Cart()
for sku, qty in [("A1", 2), ("B7", 6), ("C3", 1), ("D9", 3), ("B7", 2)]:
    cart.add(next(i for i in catalogue if i.sku == sku), qty)
try:
    cart.add(catalogue[0], 0)
except ValueError as e:
    print("refused:", e)

rules = [bulk(5, 10), category("coffee", 150)]
print("rules:", [r.__name__ for r in rules])
print(f"{len(cart)} items in {len(cart.lines)} lines")
print(shop.receipt.render(apply_discounts(cart, rules)))
print(shop.__all__, money.cents(-5), shop.pricing.__name__, shop.util.money.__package__)
try:
    apply_discounts([], rules)
except TypeError as e:
    print("TypeError:", e)
