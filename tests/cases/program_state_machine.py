# program: a traffic-light state machine using dicts, generators and exception for invalid events
transitions = {("green", "timer"): "yellow", ("yellow", "timer"): "red", ("red", "timer"): "green",
               ("green", "emergency"): "red", ("yellow", "emergency"): "red"}
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
def run(events, state="green"):
    yield state
    for ev in events:
        key = (state, ev)
        if key not in transitions:
            raise InvalidTransition(state, ev)
        state = transitions[key]
        yield state
print(list(run(["timer", "timer", "timer", "emergency"])))
try:
    for s in run(["timer", "emergency", "emergency"]):
        print("state:", s)
except InvalidTransition as e:
    print("error:", e, e.args)
