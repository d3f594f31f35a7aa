# A tokenizer plus recursive-descent arithmetic evaluator with variables, functions and error reporting.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        return "%s at position %d" % (self.args[0], self.pos)


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %r, %d)" % (self.kind, self.value, self.pos)


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            yield Token("NUM", int(src[start:i]), start)
            continue
        if c.isalpha() or c == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("NAME", src[start:i], start)
            continue
        if src.startswith("**", i):
            yield Token("OP", "**", i)
            i += 2
            continue
        if c in "+-*/%(),":
            yield Token("OP", c, i)
            i += 1
            continue
        raise ParseError("unexpected character %r" % c, i)
    yield Token("EOF", None, n)


class Parser:
    FUNCS = {
        "max": max,
        "min": min,
        "abs": abs,
        "sum": lambda *a: sum(a),
    }

    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    @property
    def cur(self):
        return self.tokens[self.i]

    def eat(self, kind, value=None):
        tok = self.cur
        if tok.kind != kind or (value is not None and tok.value != value):
            want = value if value is not None else kind
            got = tok.value if tok.value is not None else tok.kind
            raise ParseError("expected %s, got %s" % (want, got), tok.pos)
        self.i += 1
        return tok

    def parse(self):
        v = self.expr()
        self.eat("EOF")
        return v

    def expr(self):
        v = self.term()
        while self.cur.kind == "OP" and self.cur.value in "+-":
            op = self.eat("OP").value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.cur.kind == "OP" and self.cur.value in ("*", "/", "%"):
            tok = self.eat("OP")
            r = self.unary()
            if tok.value != "*" and r == 0:
                raise ParseError("division by zero", tok.pos)
            if tok.value == "*":
                v *= r
            elif tok.value == "/":
                v //= r
            else:
                v %= r
        return v

    def unary(self):
        if self.cur.kind == "OP" and self.cur.value == "-":
            self.eat("OP")
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.cur.kind == "OP" and self.cur.value == "**":
            self.eat("OP")
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.cur
        if tok.kind == "NUM":
            self.i += 1
            return tok.value
        if tok.kind == "NAME":
            self.i += 1
            if self.cur.kind == "OP" and self.cur.value == "(":
                return self.call(tok)
            try:
                return self.env[tok.value]
            except KeyError:
                raise ParseError("unknown name %r" % tok.value, tok.pos) from None
        if tok.kind == "OP" and tok.value == "(":
            self.eat("OP", "(")
            v = self.expr()
            self.eat("OP", ")")
            return v
        raise ParseError("unexpected %s" % (tok.value or tok.kind), tok.pos)

    def call(self, name_tok):
        self.eat("OP", "(")
        args = []
        if not (self.cur.kind == "OP" and self.cur.value == ")"):
            args.append(self.expr())
            while self.cur.kind == "OP" and self.cur.value == ",":
                self.eat("OP")
                args.append(self.expr())
        self.eat("OP", ")")
        fn = self.FUNCS.get(name_tok.value)
        if fn is None:
            raise ParseError("unknown function %s" % name_tok.value, name_tok.pos)
        return fn(*args)


print(list(tokenize("12 + x*(3-1)")))
print([t.kind for t in tokenize("a**-2")])

env = {"x": 7, "y": -3, "big": 10 ** 6}
sources = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x * y - 4",
    "17 / 5 + 17 % 5",
    "-17 / 5",
    "max(1, x, y) + min(4, 2)",
    "sum(1, 2, 3, 4) * abs(y)",
    "big * big",
    "((((x))))",
    "1 +",
    "1 + * 2",
    "(1 + 2",
    "3 $ 4",
    "foo + 1",
    "bar(1)",
    "10 / (x - 7)",
    "1 2",
    "",
]
for src in sources:
    try:
        result = Parser(src, env).parse()
        print("%-28s => %s" % (repr(src), result))
    except ParseError as e:
        print("%-28s !! %s (pos=%d)" % (repr(src), e, e.pos))
        print("    " + " " * (e.pos + 1) + "^")

results = {s: Parser(s, env).parse() for s in ("x", "y", "x+y", "x*y")}
print(sorted(results.items(), key=lambda kv: kv[1]))
