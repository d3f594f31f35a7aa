# Iterators over ranges past a machine word are longrange_iterators, and iterate exactly.
print(type(iter(range(2**70))).__name__, type(iter(range(2**62))).__name__, type(iter(range(-2**63, 0))).__name__, type(iter(range(0, 2**63))).__name__, type(iter(range(0,10,2**63))).__name__, type(reversed(range(2**64))).__name__)
it = iter(range(2**64, 2**64 + 3)); print(next(it), it.__next__(), list(it))
