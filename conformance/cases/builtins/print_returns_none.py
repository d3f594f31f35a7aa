r = print("printing")
print(r)
print(print())
