x = 42
name = "world"
print(f"{x}")
print(f"hello {name}!")
print(f"{x} {x + 1} {x * 2}")
print(f"")
print(f"no fields")
print(f"{{braces}} {x}")
