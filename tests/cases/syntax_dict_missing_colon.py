# syntax: dict item without a colon
ages = {"ada": 36, "alan"}
