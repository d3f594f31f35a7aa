# Iterating items() with unpacking, sorting dicts by key or value, and rebuilding them.
prices = {"pear": 3, "apple": 5, "fig": 3, "kiwi": 1}
for name, price in prices.items():
    print(name, price)
print(sorted(prices), sorted(prices.values()), sorted(prices.items()))
print(sorted(prices, key=prices.get), sorted(prices.items(), key=lambda kv: (kv[1], kv[0])))
print(dict(sorted(prices.items(), key=lambda kv: -kv[1])), max(prices.items(), key=lambda kv: kv[1]))
print({v: k for k, v in prices.items()}, dict(zip(prices.values(), prices)))
swapped = {}
for k, v in prices.items():
    swapped.setdefault(v, []).append(k)
print(swapped)
print([k for k, v in prices.items() if v == 3], sum(v for _, v in prices.items()))
print(list(enumerate(prices)), [(i, k, v) for i, (k, v) in enumerate(prices.items())][:2])
a, b, *rest = prices
print(a, b, rest)
(k1, v1), *_ = prices.items()
print(k1, v1)
