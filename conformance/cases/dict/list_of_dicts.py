people = [{"name": "a", "age": 3}, {"name": "b", "age": 1}]
for p in people:
    print(p["name"], p["age"])
people[1]["age"] += 10
print(people)
print(people[0] == {"age": 3, "name": "a"})
