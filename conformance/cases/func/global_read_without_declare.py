config = {"x": 1}
items = [1]
def update():
    config["x"] = 2
    items.append(2)
update()
print(config, items)
