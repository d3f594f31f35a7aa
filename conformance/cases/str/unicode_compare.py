# requires: unicode
print("é" == "\u00e9")
print("é" == "e\u0301")
print(len("e\u0301"))
print("α" < "β")
print("a" < "α")
print("\U0001F600" > "\uffff")
