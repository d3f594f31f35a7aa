vals = [1j, 2 + 0j, 0j, -1 - 1j]
print(vals)
print(tuple(vals), {"z": 1j})
print(sum(vals), sum(vals, 10))
print(1j in vals, 2 in vals, 0 in vals, 5 in vals)
print(vals.index(2), vals.count(0))
print(sorted(vals, key=lambda z: (z.real, z.imag)))
print(max(vals, key=abs))
d = {1j: "i", 1: "one"}
print(d[1 + 0j], d[complex(0, 1)])
print(sorted({1j, 1j, 2j}, key=lambda z: z.imag))
print([z * 1j for z in vals])
