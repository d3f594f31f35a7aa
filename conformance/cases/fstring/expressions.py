a = [1, 2, 3]
print(f"{a[0]} {a[-1]} {len(a)}")
print(f"{1 if a else 0}")
print(f"{'x' * 3}")
print(f"{a}")
print(f"{{}}{a[1]}{{}}")
