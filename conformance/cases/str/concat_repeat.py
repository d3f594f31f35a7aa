print("ab" + "cd")
print("" + "")
print("ab" * 3)
print(3 * "ab")
print("ab" * 0)
print(repr("ab" * -2))
print("-" * 20)
s = "x"
s += "y"
s *= 3
print(s)
print(True * "t", False * "f" == "")
