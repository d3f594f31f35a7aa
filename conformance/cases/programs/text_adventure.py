# A text-adventure state machine driven by scripted commands, using match statements, __init_subclass__ and generators.
class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Room:
    registry = {}
    exits = {}
    items = ()
    locked = None

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Room.registry[key or cls.__name__.lower()] = cls

    def describe(self, state):
        here = [i for i in state.room_items[state.room] if i]
        desc = self.__doc__.strip()
        if here:
            desc += " You see: " + ", ".join(sorted(here)) + "."
        return desc

    def on_enter(self, state):
        return None


class Hall(Room, key="hall"):
    """A dusty hall."""
    exits = {"north": "library", "east": "kitchen", "down": "cellar"}


class Library(Room):
    """Shelves of books tower above you."""
    exits = {"south": "hall"}
    items = ("book", "candle")


class Kitchen(Room):
    """It smells of old bread."""
    exits = {"west": "hall"}
    items = ("key", "bread")


class Cellar(Room):
    """It is pitch dark."""
    exits = {"up": "hall", "north": "vault"}
    locked = None

    def on_enter(self, state):
        if "candle" not in state.inventory:
            state.moves_in_dark += 1
            if state.moves_in_dark > 1:
                raise GameOver(False, "eaten by a grue")
            return "You hear something breathing."
        return "Your candle flickers."


class Vault(Room):
    """Gold everywhere!"""
    exits = {"south": "cellar"}
    locked = "key"

    def on_enter(self, state):
        raise GameOver(True, "found the treasure in %d moves" % state.moves)


class State:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.moves_in_dark = 0
        self.room_items = {k: list(cls.items) for k, cls in Room.registry.items()}


ABBREV = dict(zip("nsewud", ["north", "south", "east", "west", "up", "down"]))


def play(commands):
    state = State()
    rooms = {k: cls() for k, cls in Room.registry.items()}
    output = []
    say = output.append
    say(rooms[state.room].describe(state))
    try:
        for line in commands:
            state.moves += 1
            words = [ABBREV.get(w, w) for w in line.lower().split()]
            match words:
                case []:
                    say("Say something.")
                case ["look" | "l"]:
                    say(rooms[state.room].describe(state))
                case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                    target = rooms[state.room].exits.get(direction)
                    if target is None:
                        say(f"You can't go {direction}.")
                        continue
                    need = Room.registry[target].locked
                    if need and need not in state.inventory:
                        say(f"The way {direction} is locked.")
                        continue
                    state.room = target
                    say(rooms[target].describe(state))
                    extra = rooms[target].on_enter(state)
                    if extra:
                        say(extra)
                case ["take", item]:
                    items = state.room_items[state.room]
                    if item in items:
                        items.remove(item)
                        state.inventory.append(item)
                        say(f"Taken: {item}.")
                    else:
                        say(f"No {item} here.")
                case ["take", *many] if len(many) > 1:
                    say("One thing at a time (%d requested)." % len(many))
                case ["drop", item] if item in state.inventory:
                    state.inventory.remove(item)
                    state.room_items[state.room].append(item)
                    say(f"Dropped {item}.")
                case ["drop", item]:
                    say(f"You have no {item}.")
                case ["inventory" | "i"]:
                    say("You carry: " + (", ".join(state.inventory) or "nothing"))
                case [verb, *rest]:
                    say(f"I don't know how to {verb!r} {' '.join(rest)!r}.")
    except GameOver as e:
        say(("*** You win: %s ***" if e.won else "*** You lose: %s ***") % e)
        return output, e.won, state.moves
    say("(game abandoned)")
    return output, None, state.moves


print(sorted(Room.registry))
print({k: sorted(v.exits) for k, v in sorted(Room.registry.items())})

scripts = {
    "winner": ["look", "go north", "take candle", "take book", "i", "south", "east",
               "take key", "take spoon", "west", "down", "north"],
    "grue": ["down", "north", "up", "down", "up"],
    "silly": ["", "dance wildly now", "take a b c", "drop key", "go west", "fly", "inventory"],
    "dropper": ["e", "take bread", "drop bread", "look", "take bread", "take bread", "w", "drop bread", "l"],
}
for name, script in scripts.items():
    out, won, moves = play(script)
    print("==", name, "won" if won else ("lost" if won is False else "unfinished"), "after", moves)
    for n, line in enumerate(out):
        print(f"{n:2}: {line}")
