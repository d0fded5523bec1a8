# func: uncaught TypeError for an unexpected keyword argument in a method call
class Logger:
    def log(self, message, level="info"):
        print(f"[{level}] {message}")

lg = Logger()
lg.log("started")
lg.log("oops", severity="high")
