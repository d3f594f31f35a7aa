# requires: bigint
big = 10 ** 25 + 7
for a in [big, -big]:
    for b in [3, -3, 10 ** 20 + 1, -(10 ** 20 + 1)]:
        q = a // b
        r = a % b
        print(q, r, q * b + r == a)
