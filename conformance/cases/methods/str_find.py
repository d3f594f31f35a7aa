s = "hello world"
print(s.find("o"))
print(s.find("o", 5))
print(s.find("z"))
print(s.find(""))
print(s.find("world"))
print(s.find("o", 8))
print(s.find("l", -3))
print("".find("a"), "".find(""))
