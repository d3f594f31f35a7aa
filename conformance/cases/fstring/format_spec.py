# requires: float
x = 42
print(f"[{x:>5}]")
print(f"[{x:<5}]")
print(f"[{x:^6}]")
print(f"[{x:05}]")
print(f"[{'ab':>4}]")
print(f"[{3.14159:.2f}]")
print(f"[{255:x}]")
