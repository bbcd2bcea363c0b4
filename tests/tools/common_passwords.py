#!/usr/bin/env python3
"""Writes the list of common passwords the product refuses (no download is possible here).

It is built from the patterns that head every published breach list: the famous passwords themselves,
everyday words (English and Turkish, sports clubs, cities) with the usual capitals, digits, years and
punctuation, keyboard walks and repeated digits. Deterministic: run it again and the file is the same.
"""
import pathlib

TOP = """123456 123456789 12345678 password qwerty123 qwerty 12345 1234567890 111111 1234567 123123
password1 abc123 iloveyou 000000 1q2w3e4r 1q2w3e4r5t qwertyuiop 123321 654321 666666 987654321 121212
letmein welcome monkey dragon football baseball master sunshine princess shadow superman michael
trustno1 starwars passw0rd p@ssw0rd p@ssword pa$$word admin administrator root changeme secret
login qazwsx zaq12wsx 1qaz2wsx asdfghjkl asdfgh zxcvbnm 1234qwer qwer1234 aa123456 a123456 123qwe
qwe123 123abc abc12345 password123 welcome1 hello123 iloveyou1 whatever freedom jordan23 hunter2
killer charlie donald batman access flower hottie loveme zaq1zaq1 mustang harley ranger buster
soccer hockey thomas tigger robert jennifer jessica ashley daniel andrew joshua pepper ginger""".split()

WORDS = """password passw0rd pass parola sifre şifre sifrem parolam admin administrator welcome letmein
qwerty qwertyuiop asdfgh zxcvbn monkey dragon master shadow sunshine princess football baseball soccer
superman batman iloveyou loveyou lovely secret summer winter spring autumn friday monday
galatasaray fenerbahce fenerbahçe besiktas beşiktaş trabzonspor konyaspor bursaspor
istanbul ankara izmir konya bursa antalya adana turkiye türkiye turkey ataturk atatürk
merhaba selam askim aşkım canim canım sevgilim hayat dunya dünya allah bismillah
ahmet mehmet mustafa ali ayse ayşe fatma zeynep emre murat elif hasan huseyin hüseyin
baba anne kardes kardeş yildiz yıldız gunes güneş deniz kartal aslan arslan kaplan
company company1 office computer internet google facebook microsoft apple samsung
test tester testing demo guest user default changeme temp temporary access login
welcome1 hello hello1 world helloworld trustno1 starwars whatever freedom
michael jordan charlie thomas robert daniel jennifer jessica ashley andrew joshua
killer hunter ranger buster tigger pepper ginger flower cookie chocolate banana orange
purple yellow silver golden diamond matrix phoenix thunder hammer spider eagle falcon
defense savunma aselsan roketsan tusas havelsan tedarik fuar etkinlik""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "12!", "123!", "1234!", "!1",
            "!123", "@123", "#1", "01", "007", "69", "99", "00", "11", "22", "2020", "2021", "2022",
            "2023", "2024", "2025", "2026", "2027", "!2024", "!2025", "!2026", "@2025", "2025!", "2024!",
            "2026!", ".", "?", "*", "1@", "1#"]


def variants(word):
    forms = {word, word.capitalize(), word.upper()}
    leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
    forms.update({leet, leet.capitalize()})
    return forms


def generate():
    seen, out = set(), []

    def add(p):
        key = p.lower()
        if p and key not in seen:
            seen.add(key)
            out.append(p)

    for p in TOP:
        add(p)
    add("Password1!")
    for word in WORDS:
        for form in sorted(variants(word)):
            for suffix in SUFFIXES:
                add(form + suffix)
    for digit in "0123456789":
        for length in range(6, 17):
            add(digit * length)
    for start in range(0, 10):
        for length in range(6, 13):
            add("".join(str((start + i) % 10) for i in range(length)))
    for walk in ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedc", "poiuytrewq"]:
        for length in range(6, len(walk) + 1):
            add(walk[:length])
            add(walk[:length] + "!")
            add(walk[:length].capitalize() + "1!")
    return out


if __name__ == "__main__":
    target = pathlib.Path(__file__).resolve().parents[2] / "src/SupplierMeetups.Web/Identity/Passwords/common-passwords.txt"
    words = generate()
    target.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} passwords written to {target}")
