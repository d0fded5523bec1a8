# class: uncaught TypeError from __len__ returning a non-int
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __len__(self):
        return str(len(self.songs))

p = Playlist(["a", "b"])
print(p.songs)
print(len(p))
