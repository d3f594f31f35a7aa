s = "hello world"
print("o w" in s)
print("xyz" in s)
print("" in s)
print("" in "")
print("h" not in s)
print("world" not in s)
print("é" in "café")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
