pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(len(pts), sorted(pts))
print((1, 2) in pts, (2, 2) in pts, [1, 2] in [list(p) for p in pts])
visited = set()
for step in [(0, 1), (1, 0), (0, 1), (1, 1), (1, 0)]:
    if step in visited:
        print("seen", step)
    visited.add(step)
print(sorted(visited))
grid = {(r, c) for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print(sorted(grid))
print(sorted({(1, "a"), (1, "a"), (2, "b")}))
print({()} == {tuple()})
