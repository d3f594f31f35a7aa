# Checks augmented assignment type results when mixing bool and int operands.
b = True
b &= False
print(b, type(b).__name__)
b = True
b |= False
print(b, type(b).__name__)
b = True
b ^= True
print(b, type(b).__name__)
b = True
b += 1
print(b, type(b).__name__)
b = False
b *= 5
print(b, type(b).__name__)
b = True
b &= 3
print(b, type(b).__name__)
b = True
b <<= 3
print(b, type(b).__name__)
n = 5
n += True
print(n)
n -= False
print(n)
n **= False
print(n)
