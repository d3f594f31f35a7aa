# Conway's Game of Life on small bounded and toroidal grids, with pattern detection via frozensets of cells.
class Grid:
    def __init__(self, width, height, live=(), wrap=False):
        self.w, self.h, self.wrap = width, height, wrap
        self.live = frozenset((x % width, y % height) if wrap else (x, y) for x, y in live
                              if wrap or (0 <= x < width and 0 <= y < height))

    @classmethod
    def parse(cls, text, wrap=False):
        lines = text.strip("\n").splitlines()
        cells = {(x, y) for y, line in enumerate(lines) for x, ch in enumerate(line) if ch in "#O"}
        return cls(max(map(len, lines)), len(lines), cells, wrap)

    def neighbours(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx == dy == 0:
                    continue
                nx, ny = x + dx, y + dy
                if self.wrap:
                    yield nx % self.w, ny % self.h
                elif 0 <= nx < self.w and 0 <= ny < self.h:
                    yield nx, ny

    def count(self, x, y):
        return sum((n in self.live) for n in self.neighbours(x, y))

    def step(self):
        candidates = set(self.live)
        for c in self.live:
            candidates.update(self.neighbours(*c))
        nxt = {c for c in candidates if self.count(*c) == 3 or (c in self.live and self.count(*c) == 2)}
        return Grid(self.w, self.h, nxt, self.wrap)

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.w))
                         for y in range(self.h))

    def __eq__(self, other):
        return (self.w, self.h, self.live) == (other.w, other.h, other.live)

    def __hash__(self):
        return hash((self.w, self.h, tuple(sorted(self.live))))

    def __len__(self):
        return len(self.live)

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return min(xs), min(ys), max(xs), max(ys)


def run(grid, max_gens):
    seen = {grid: 0}
    history = [grid]
    for gen in range(1, max_gens + 1):
        grid = grid.step()
        if grid in seen:
            first = seen[grid]
            return gen, "period %d from gen %d" % (gen - first, first), history
        seen[grid] = gen
        history.append(grid)
    return max_gens, "no repeat", history


def normalize(cells):
    mx = min(x for x, _ in cells)
    my = min(y for _, y in cells)
    return frozenset((x - mx, y - my) for x, y in cells)


BLINKER = """
.....
..#..
..#..
..#..
.....
"""
GLIDER = """
.#......
..#.....
###.....
........
........
........
"""
BLOCK_AND_BEEHIVE = """
##.......
##....##.
.....#..#
......##.
"""

b = Grid.parse(BLINKER)
print(b, "", b.step(), sep="\n")
print([[b.count(x, y) for x in range(5)] for y in range(5)])
print(run(b, 10)[:2])

g = Grid.parse(GLIDER, wrap=True)
shapes = []
for gen in range(5):
    print("gen", gen, "live", len(g), "bbox", g.bbox())
    print(g)
    shapes.append(normalize(g.live))
    g = g.step()
print("glider shape returns after 4:", shapes[0] == shapes[4], "moved:", sorted(g.live)[:2])
steps, verdict, _ = run(Grid.parse(GLIDER, wrap=True), 40)
print(steps, verdict)

still = Grid.parse(BLOCK_AND_BEEHIVE)
print(still.step() == still, len(still), run(still, 3)[1])

bounded = Grid.parse(GLIDER)
steps, verdict, hist = run(bounded, 30)
print(steps, verdict, [len(h) for h in hist])
print(hist[-1])

empty = Grid(3, 3)
print(repr(str(empty)), len(empty), empty.bbox(), run(empty, 5)[1])
r = Grid(10, 10, {(4, 4), (5, 4), (6, 4), (5, 5), (4, 3), (-1, 0), (10, 10)})
for _ in range(3):
    r = r.step()
print(len(r), r.bbox())
print(r)
