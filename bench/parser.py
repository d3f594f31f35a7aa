# Recursive-descent parser for integer arithmetic: a generator tokenizer,
# a parser building an AST of node classes, and a tree-walking evaluator.
# Stresses generators (yield/resume), string indexing, recursion, method
# dispatch on small objects, and exception raising and catching.

N = 21000  # number of generated expressions; tuned so CPython takes about 1.5 s


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def gen_expr(rng, depth):
    # build a random expression string
    if depth <= 0 or rng.below(10) < 3:
        return str(rng.below(1000))
    pick = rng.below(8)
    if pick == 0:
        return "(" + gen_expr(rng, depth - 1) + ")"
    if pick == 1:
        return "-" + gen_expr(rng, depth - 1)
    op = "+-*/%+-*"[pick]
    return gen_expr(rng, depth - 1) + " " + op + " " + gen_expr(rng, depth - 1)


def expressions(count, seed):
    rng = Lcg(seed)
    for _ in range(count):
        yield gen_expr(rng, 7)


DIGITS = "0123456789"
OPS = "+-*/%()"


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c in DIGITS:
            j = i
            while j < n and src[j] in DIGITS:
                j += 1
            yield ("num", int(src[i:j]))
            i = j
        elif c in OPS:
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError("bad character " + repr(c))
    yield ("end", None)


class Node:
    def show(self):
        return "?"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value

    def show(self):
        return str(self.value)


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self):
        return -self.operand.eval()

    def show(self):
        return "(-" + self.operand.show() + ")"


class BinOp(Node):
    symbol = "?"

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def show(self):
        return "(" + self.left.show() + self.symbol + self.right.show() + ")"


class Add(BinOp):
    symbol = "+"

    def eval(self):
        return self.left.eval() + self.right.eval()


class Sub(BinOp):
    symbol = "-"

    def eval(self):
        return self.left.eval() - self.right.eval()


class Mul(BinOp):
    symbol = "*"

    def eval(self):
        return self.left.eval() * self.right.eval()


class Div(BinOp):
    symbol = "/"

    def eval(self):
        return self.left.eval() // self.right.eval()


class Mod(BinOp):
    symbol = "%"

    def eval(self):
        return self.left.eval() % self.right.eval()


BINARY = {"+": Add, "-": Sub, "*": Mul, "/": Div, "%": Mod}


class Parser:
    # expr   := term (('+' | '-') term)*
    # term   := factor (('*' | '/' | '%') factor)*
    # factor := NUM | '-' factor | '(' expr ')'
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok[1] != value:
            raise SyntaxError("expected " + value)

    def parse(self):
        node = self.expr()
        if self.peek()[0] != "end":
            raise SyntaxError("trailing input")
        return node

    def expr(self):
        node = self.term()
        while True:
            kind, value = self.peek()
            if kind == "op" and (value == "+" or value == "-"):
                self.advance()
                node = BINARY[value](node, self.term())
            else:
                return node

    def term(self):
        node = self.factor()
        while True:
            kind, value = self.peek()
            if kind == "op" and (value == "*" or value == "/" or value == "%"):
                self.advance()
                node = BINARY[value](node, self.factor())
            else:
                return node

    def factor(self):
        kind, value = self.advance()
        if kind == "num":
            return Num(value)
        if value == "-":
            return Neg(self.factor())
        if value == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise SyntaxError("unexpected token " + repr(value))


def main():
    total = 0
    errors = 0
    nodes_len = 0
    roundtrip_ok = 0
    for src in expressions(N, 20240601):
        tree = Parser(src).parse()
        text = tree.show()
        nodes_len += len(text)
        # the printed form must parse back to the same printed form
        if Parser(text).parse().show() == text:
            roundtrip_ok += 1
        try:
            total = (total + tree.eval()) % 1000000007
        except ZeroDivisionError:
            errors += 1
    print("expressions", N, "roundtrip", roundtrip_ok)
    print("checksum", total, "zero-divisions", errors, "printed", nodes_len)


main()
