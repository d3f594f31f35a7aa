class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

def preorder(node):
    yield node.value
    for c in node.children:
        yield from preorder(c)

def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value

def depth_count(node, depth=0):
    yield (node.value, depth)
    for c in node.children:
        yield from depth_count(c, depth + 1)

tree = Node("a", Node("b", Node("d"), Node("e")), Node("c", Node("f", Node("g"))))
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(depth_count(tree)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6]]])))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p

print(list(perms("abc")))
