# requires: float
print(True == 1, False == 0)
print(True == 1.0)
print(True > False)
print(True < 2)
print(False < True <= 1)
print(True != 2)
print(True is True)
print(False is not True)
