# Reachability and connected components computed with sets as visited markers.
edges = [(1, 2), (2, 3), (3, 1), (4, 5), (6, 6), (7, 8), (8, 9)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
nodes = set(graph)
print(sorted(nodes))
def reach(start):
    seen, todo = {start}, [start]
    while todo:
        n = todo.pop()
        new = graph[n] - seen
        seen |= new
        todo.extend(sorted(new))
    return seen
remaining = set(nodes)
components = []
while remaining:
    comp = reach(min(remaining))
    components.append(sorted(comp))
    remaining -= comp
print(components)
print(sorted(reach(7)), reach(6) == {6}, 1 in reach(3), 4 in reach(3))
degrees = {n: len(graph[n]) for n in sorted(nodes)}
print(degrees)
print(sorted(n for n in nodes if graph[n] <= {n}), sorted(graph[2] ^ graph[3]))
print(all(graph[a] & graph[b] or b in graph[a] for a, b in edges))
