# A tiny two-pass assembler with labels and a stack-based virtual machine with tracing and faults.
class VMError(Exception):
    pass


class AsmError(VMError):
    def __init__(self, lineno, msg):
        super().__init__("line %d: %s" % (lineno, msg))
        self.lineno = lineno


OPS = {
    "push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0,
    "dup": 0, "swap": 0, "jmp": 1, "jz": 1, "print": 0, "halt": 0,
    "call": 1, "ret": 0, "over": 0,
}


def assemble(text):
    labels = {}
    lines = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            name = line[:-1]
            if name in labels:
                raise AsmError(lineno, "duplicate label %r" % name)
            labels[name] = len(lines)
            continue
        op, *args = line.split()
        if op not in OPS:
            raise AsmError(lineno, "unknown op %r" % op)
        if len(args) != OPS[op]:
            raise AsmError(lineno, "%s takes %d argument(s), got %d" % (op, OPS[op], len(args)))
        lines.append((lineno, op, args))
    code = []
    for lineno, op, args in lines:
        if args:
            a = args[0]
            if a.lstrip("-").isdigit():
                arg = int(a)
            elif a in labels:
                arg = labels[a]
            else:
                raise AsmError(lineno, "undefined label %r" % a)
            code.append((op, arg))
        else:
            code.append((op, None))
    return code, labels


class VM:
    def __init__(self, code, trace=False, limit=1000):
        self.code = code
        self.stack = []
        self.calls = []
        self.pc = 0
        self.out = []
        self.trace = trace
        self.limit = limit

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow at pc=%d" % self.pc)
        return self.stack.pop()

    def step(self):
        op, arg = self.code[self.pc]
        if self.trace:
            print("  %03d %-5s %-4s %s" % (self.pc, op, "" if arg is None else arg, self.stack))
        self.pc += 1
        if op == "push":
            self.stack.append(arg)
        elif op == "pop":
            self.pop()
        elif op in ("add", "sub", "mul", "div"):
            b, a = self.pop(), self.pop()
            if op == "add":
                self.stack.append(a + b)
            elif op == "sub":
                self.stack.append(a - b)
            elif op == "mul":
                self.stack.append(a * b)
            else:
                if b == 0:
                    raise VMError("division by zero at pc=%d" % (self.pc - 1))
                self.stack.append(a // b)
        elif op == "dup":
            v = self.pop()
            self.stack += [v, v]
        elif op == "over":
            b, a = self.pop(), self.pop()
            self.stack.extend((a, b, a))
        elif op == "swap":
            b, a = self.pop(), self.pop()
            self.stack.extend([b, a])
        elif op == "jmp":
            self.pc = arg
        elif op == "jz":
            if self.pop() == 0:
                self.pc = arg
        elif op == "print":
            self.out.append(self.pop())
        elif op == "call":
            self.calls.append(self.pc)
            self.pc = arg
        elif op == "ret":
            if not self.calls:
                raise VMError("ret with empty call stack")
            self.pc = self.calls.pop()
        elif op == "halt":
            return False
        return True

    def run(self):
        steps = 0
        while self.pc < len(self.code):
            steps += 1
            if steps > self.limit:
                raise VMError("step limit %d exceeded" % self.limit)
            if not self.step():
                break
        return steps


FACT = """
    push 1      ; acc
    push 6      ; n
loop:
    dup
    jz done
    dup         ; acc n n
    call mulacc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mulacc:         ; acc n n -> acc*n n
    pop
    swap
    over
    mul
    swap
    ret
"""

code, labels = assemble(FACT)
print("labels:", sorted(labels.items()))
print("code size:", len(code))
vm = VM(code)
print("fact steps:", vm.run(), "out:", vm.out, "stack:", vm.stack)

SMALL = "push 3\npush 4\nadd\ndup\nmul\nprint\nhalt"
code, _ = assemble(SMALL)
vm = VM(code, trace=True)
print("steps:", vm.run(), "out:", vm.out)

programs = {
    "countdown": "push 3\nl:\ndup\nprint\npush 1\nsub\ndup\njz e\njmp l\ne:\nhalt",
    "divzero": "push 1\npush 0\ndiv",
    "underflow": "push 1\nadd",
    "forever": "x:\njmp x",
    "badret": "ret",
    "negdiv": "push -7\npush 2\ndiv\nprint",
}
for name in sorted(programs):
    code, _ = assemble(programs[name])
    vm = VM(code, limit=50)
    try:
        steps = vm.run()
        print("%-10s ok steps=%d out=%s stack=%s" % (name, steps, vm.out, vm.stack))
    except VMError as e:
        print("%-10s fault: %s (out=%s)" % (name, e, vm.out))

bad_sources = ["push", "frob 1", "jmp nowhere", "a:\na:\nhalt", "add 1 2", "push 1 ; comment only\n\n  \nhalt extra"]
for src in bad_sources:
    try:
        assemble(src)
        print("assembled?!")
    except AsmError as e:
        print(type(e).__name__, e, "| lineno", e.lineno, "| is VMError:", isinstance(e, VMError))
