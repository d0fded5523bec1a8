# class: uncaught TypeError iterating over an instance without __iter__ or __getitem__
class Team:
    def __init__(self, members):
        self.members = members

team = Team(["ann", "bob"])
for m in team.members:
    print(m)
for m in team:
    print(m)
