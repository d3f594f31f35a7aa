# A complex number with a NaN part is unequal to itself when compared directly; in a
# container the identical object still counts as equal.
nan = float('nan')
values = [complex(nan, 0), complex(0, nan), complex(nan, nan), (1 + 1j) / 5e-324 / (1e308 * 1e10 + 0j)]
for z in values:
    print(z, z == z, z != z, [z] == [z], (z,) == (z,), z in [z], [z].count(z))
w = complex(1, 2)
print(w == w, w != w)
