# requires: float
print(str(12), str(-3.25), str("s"), str(None), str(False))
print(str([1, "a"]))
print(str())
print(str(str(5)) == "5")
print(str(1e100))
print(str(ValueError("m")))
