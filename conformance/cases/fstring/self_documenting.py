x = 7
name = "ab"
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1=}")
