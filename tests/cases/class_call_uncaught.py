# class: uncaught TypeError calling an instance whose class has no __call__
class Handler:
    def handle(self, event):
        return f"handled {event}"

h = Handler()
print(h.handle("click"))
print(h("click"))
