# program: command processing with match statements over parsed tuples and dicts
inventory = {"apple": 3}
def process(cmd):
    match cmd.split():
        case ["add", item, qty] if qty.isdigit():
            inventory[item] = inventory.get(item, 0) + int(qty)
            return f"added {qty} {item}"
        case ["remove", item] if item in inventory:
            del inventory[item]
            return f"removed {item}"
        case ["remove", item]:
            return f"no {item} to remove"
        case ["show"]:
            return ", ".join(f"{k}={v}" for k, v in sorted(inventory.items()))
        case ["add", *_]:
            return "usage: add ITEM QTY"
        case []:
            return "empty command"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["add pear 2", "add apple 4", "show", "add kiwi x", "remove fig", "remove apple", "", "dance now", "show"]:
    print(f"{c!r:16} -> {process(c)}")
