try:
    1 // 0
except:
    print("bare except caught")
try:
    raise KeyError("x")
except:
    print("bare except caught again")
