# Backtracking solvers: N-queens via generators with bitmasks, and a small 4x4 sudoku via constraint propagation.
def queens(n):
    full = (1 << n) - 1

    def place(row, cols, diag1, diag2, acc):
        if row == n:
            yield tuple(acc)
            return
        free = full & ~(cols | diag1 | diag2)
        while free:
            bit = free & -free
            free ^= bit
            acc.append(bit.bit_length() - 1)
            yield from place(row + 1, cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1, acc)
            acc.pop()

    return place(0, 0, 0, 0, [])


def show(sol):
    return "\n".join("".join("Q" if c == col else "." for c in range(len(sol))) for col in sol)


def valid_queens(sol):
    n = len(sol)
    return (len(set(sol)) == n and len({r + c for r, c in enumerate(sol)}) == n
            and len({r - c for r, c in enumerate(sol)}) == n)


counts = {n: sum(1 for _ in queens(n)) for n in range(1, 9)}
print(counts)
first6 = next(queens(6))
print(first6, valid_queens(first6))
print(show(first6))
sols8 = list(queens(8))
print(len(sols8), sols8[0], sols8[-1], all(map(valid_queens, sols8)))
print(sum(1 for s in sols8 if s == s[::-1]), sum(1 for s in sols8 if tuple(7 - c for c in s) in set(sols8)))
print(list(queens(3)), list(queens(0)), next(queens(2), "none"))
gen = queens(4)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("4-queens exhausted after 2")


class Unsolvable(Exception):
    pass


class Sudoku4:
    DIGITS = frozenset(range(1, 5))

    def __init__(self, text):
        rows = [r for r in text.split("/")]
        if len(rows) != 4 or any(len(r) != 4 for r in rows):
            raise ValueError(f"bad puzzle shape: {text!r}")
        self.cells = {(r, c): (int(ch) if ch != "." else 0) for r, row in enumerate(rows) for c, ch in enumerate(row)}
        self.guesses = 0

    @staticmethod
    def peers(r, c):
        box = {(br, bc) for br in range(r // 2 * 2, r // 2 * 2 + 2) for bc in range(c // 2 * 2, c // 2 * 2 + 2)}
        return ({(r, i) for i in range(4)} | {(i, c) for i in range(4)} | box) - {(r, c)}

    def candidates(self, pos):
        return self.DIGITS - {self.cells[p] for p in self.peers(*pos)}

    def consistent(self):
        return all(v == 0 or v in self.candidates(p) for p, v in self.cells.items())

    def solve(self):
        if not self.consistent():
            raise Unsolvable("givens conflict")
        if not self._search():
            raise Unsolvable(f"no solution after {self.guesses} guesses")
        return self

    def _search(self):
        empty = [p for p, v in self.cells.items() if v == 0]
        if not empty:
            return True
        pos = min(empty, key=lambda p: (len(self.candidates(p)), p))
        for d in sorted(self.candidates(pos)):
            self.guesses += 1
            self.cells[pos] = d
            if self._search():
                return True
        self.cells[pos] = 0
        return False

    def __str__(self):
        return "/".join("".join(str(self.cells[r, c] or ".") for c in range(4)) for r in range(4))


for puzzle in ["1.../..../..../...4", "12../..../.3../..4.", "12../..3./..../..4.", "12../..../..../...1", "..../..../..../....", "1.1./..../..../....",
               "12../34../..../..3.", "123/4"]:
    try:
        s = Sudoku4(puzzle).solve()
        print(f"{puzzle:<22} -> {s} ({s.guesses} guesses)")
    except (Unsolvable, ValueError) as e:
        print(f"{puzzle:<22} !! {type(e).__name__}: {e}")
print(sorted(Sudoku4.peers(0, 0)))
print(len(Sudoku4.peers(3, 2)), sorted(Sudoku4("1.../..../..../....").candidates((0, 1))))
