# requires: float, bigint
print(1 < 1.5 < 2 < 2 ** 70 < 1e30)
print(True < 1.5 < 2)
print(0 == 0.0 == -0.0 == False)
print(1 == 1.0 == True != 2)
print(2 ** 53 + 1 > 2 ** 53 == 2.0 ** 53)
