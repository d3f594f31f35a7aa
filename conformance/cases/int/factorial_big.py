# requires: bigint
def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r
print(fact(20))
print(fact(21))
print(fact(30))
print(fact(50))
print(fact(50) // fact(48))
