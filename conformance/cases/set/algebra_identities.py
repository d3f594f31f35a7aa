# Set-algebra identities (De Morgan, distributivity, symmetric difference) hold for concrete sets.
U = set(range(12))
A = {x for x in U if x % 2 == 0}
B = {x for x in U if x % 3 == 0}
C = {1, 2, 3, 4, 5}
def comp(s):
    return U - s
print(sorted(A), sorted(B), sorted(C))
print(comp(A | B) == comp(A) & comp(B), comp(A & B) == comp(A) | comp(B))
print(A & (B | C) == (A & B) | (A & C), A | (B & C) == (A | B) & (A | C))
print(A ^ B == (A - B) | (B - A), A ^ B == (A | B) - (A & B))
print((A ^ B) ^ C == A ^ (B ^ C), A ^ A == set(), A ^ set() == A)
print(A - (B | C) == (A - B) - C, A - (B & C) == (A - B) | (A - C))
print(sorted(A & B), sorted(A | B), sorted(A - B), sorted(B - A), sorted(A ^ B))
print(sorted(A & B & C), sorted(A | B | C), sorted(A - B - C), sorted(A ^ B ^ C))
print(len(A | B) == len(A) + len(B) - len(A & B))
print((A & B) <= A <= (A | B), A.isdisjoint(comp(A)), (A | comp(A)) == U)
fa, fb = frozenset(A), frozenset(B)
print(fa & fb == A & B, (fa | B) == (A | fb), type(fa - B).__name__, type(A - fb).__name__)
