# A small spreadsheet with formula cells, dependency tracking, topological recalculation and cycle/error reporting.
class CellError(Exception):
    pass


class CycleError(CellError):
    def __init__(self, path):
        super().__init__("cycle: " + " -> ".join(path))
        self.path = path


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(ord("A") + r) + name
    return name


def split_ref(ref):
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters or not digits or not letters.isalpha() or not letters.isupper():
        raise CellError(f"bad reference {ref!r}")
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - 64)
    return col - 1, int(digits) - 1


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}

    def set(self, ref, text):
        split_ref(ref)
        self.raw[ref] = str(text)
        self.recalc()

    def deps(self, ref):
        text = self.raw.get(ref, "")
        if not text.startswith("="):
            return []
        out = []
        for tok in text[1:].replace("(", " ").replace(")", " ").replace(",", " ").replace("+", " ").split():
            if ":" in tok:
                a, b = tok.split(":")
                (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
                out += [f"{col_name(c)}{r + 1}" for r in range(min(r1, r2), max(r1, r2) + 1)
                        for c in range(min(c1, c2), max(c1, c2) + 1)]
            elif tok[0].isalpha() and tok not in ("SUM", "MAX", "MIN"):
                split_ref(tok)
                out.append(tok)
        return out

    def order(self):
        state, result = {}, []

        def visit(ref, path):
            if state.get(ref) == "done":
                return
            if state.get(ref) == "active":
                raise CycleError(path[path.index(ref):] + [ref])
            state[ref] = "active"
            for d in self.deps(ref):
                visit(d, path + [ref])
            state[ref] = "done"
            result.append(ref)

        for ref in sorted(self.raw):
            visit(ref, [])
        return result

    def evaluate(self, ref):
        text = self.raw.get(ref, "")
        if not text.startswith("="):
            try:
                return int(text) if text else 0
            except ValueError:
                return text
        expr = text[1:]
        for fname, fn in (("SUM", sum), ("MAX", max), ("MIN", min)):
            if expr.startswith(fname + "(") and expr.endswith(")"):
                vals = [self.values.get(d, 0) for d in self.deps(ref)]
                if any(not isinstance(v, int) for v in vals):
                    return "#VALUE!"
                return fn(vals) if vals else 0
        total = 0
        for part in expr.split("+"):
            part = part.strip()
            v = int(part) if part.lstrip("-").isdigit() else self.values.get(part, 0)
            if not isinstance(v, int):
                return "#VALUE!"
            total += v
        return total

    def recalc(self):
        self.values = {}
        for ref in self.order():
            self.values[ref] = self.evaluate(ref)

    def render(self, rows, cols):
        lines = ["    " + "".join(f"{col_name(c):>8}" for c in range(cols))]
        for r in range(rows):
            cells = [self.values.get(f"{col_name(c)}{r + 1}", "") for c in range(cols)]
            lines.append(f"{r + 1:>3} " + "".join(f"{str(v):>8}" for v in cells))
        return "\n".join(lines)


print([col_name(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)])
print([split_ref(r) for r in ("A1", "Z10", "AA1", "ZZ99", "AAA3")])
for bad in ("1A", "a1", "A", "A-1", ""):
    try:
        split_ref(bad)
    except CellError as e:
        print("CellError:", e)

s = Sheet()
for ref, text in [("A1", 10), ("A2", 20), ("A3", -5), ("B1", "=A1+A2"), ("B2", "=B1+A3+100"),
                  ("C1", "=SUM(A1:A3)"), ("C2", "=MAX(A1:B2)"), ("C3", "=MIN(A1:A3,B1)"), ("D1", "label")]:
    s.set(ref, text)
print(s.order())
print(s.render(3, 4))
s.set("A1", 1000)
print(sorted(s.values.items()))
s.set("D2", "=D1+1")
s.set("D3", "=SUM(C1:D2)")
print(s.values["D2"], s.values["D3"], s.deps("D3"))

for ref, text in [("E1", "=E2"), ("E2", "=E3+1"), ("E3", "=E1"), ("F1", "=F1")]:
    try:
        s.set(ref, text)
    except CycleError as e:
        print("CycleError:", e, "| len", len(e.path))
        del s.raw[ref]
try:
    s.set("G1", "=SUM(A1:b2)")
except CellError as e:
    print(type(e).__name__ + ":", e)
    del s.raw["G1"]
print(len(s.values))
s.recalc()
print(s.render(3, 5))
