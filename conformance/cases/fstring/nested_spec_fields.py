# Replacement fields inside an f-string's format spec supply width, precision, fill and type.
# requires: float
v = 3.14159
w, p = 10, 3
fill, align = "*", "^"
print(f"[{v:{w}.{p}f}]", f"[{v:{w}}]", f"[{v:.{p}}]", f"[{v:{fill}{align}{w}.{p}}]")
print(f"[{'ab':{'>' if w > 5 else '<'}{w}}]", f"[{255:{'#x'}}]", f"[{255:{'x' * 1}}]")
print(f"[{12345:{','}}]", f"[{12345:{w},}]", f"[{-7:{'+'}{w}}]", f"[{7:0{w}}]")
specs = [">8", "<8", "^8", "08.2f", "e"]
for s in specs:
    print(f"{s!r:6} [{v:{s}}]")
print(f"[{'x':{w // 2}}]", f"[{'y':{len('abc')}}]", f"[{1.5:{w}.{p - 2}%}]")
t = "d"
print(f"[{42:{t}}]", f"[{42:{'b'}}]", f"[{42:>{w}{t}}]")
print(f"[{v:{w!s}}]", f"[{'q':{'5'!s:}}]", f"[{'z':{''}}]")
try:
    print(f"[{v:{'q'}}]")
except ValueError as e:
    print(type(e).__name__, e)
