# requires: bigint
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18))
print(gcd(17, 5))
print(gcd(0, 7))
print(gcd(2 ** 100, 2 ** 60 * 3))
print(gcd(12345678901234567890, 9876543210))
