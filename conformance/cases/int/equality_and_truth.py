# requires: bigint
print(bool(0), bool(1), bool(-1))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(0 == 0, 0 == -0)
print(not 0, not 5)
if 2 ** 70:
    print("big is truthy")
