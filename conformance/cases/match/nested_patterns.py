class Node:
    __match_args__ = ("value", "left", "right")
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def describe(t):
    match t:
        case None:
            return "empty"
        case Node(v, None, None):
            return f"leaf {v}"
        case Node(v, Node(lv, None, None), None):
            return f"{v} with left leaf {lv}"
        case Node(v, Node() as l, Node(value=rv)):
            return f"{v} [{describe(l)}] right value {rv}"
        case Node(v, _, _):
            return f"node {v}"

print(describe(None))
print(describe(Node(1)))
print(describe(Node(2, Node(1))))
print(describe(Node(3, Node(2, Node(1)), Node(4))))
print(describe(Node(5, None, Node(6))))

def total(t):
    match t:
        case None:
            return 0
        case Node(v, l, r):
            return v + total(l) + total(r)
print(total(Node(3, Node(2, Node(1)), Node(4))))
match [{"a": (1, [2, {"b": 3}])}]:
    case [{"a": (1, [x, {"b": y}])}]:
        print(x, y)
