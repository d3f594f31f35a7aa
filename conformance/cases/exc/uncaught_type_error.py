print("start")
print(1 + "a")
