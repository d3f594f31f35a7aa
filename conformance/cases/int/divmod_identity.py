# a == (a // b) * b + a % b for all sign combinations
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (-5, 17), (0, 3), (3, 1), (-3, 1)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
