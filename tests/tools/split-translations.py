#!/usr/bin/env python3
"""Moves the Turkish translations into one file per module, each key to the module that uses it.

usage: split-translations.py [--check] [--drop-unused]

Reads src/SupplierMeetups.Web/Resources/SharedResource.tr.resx (where tests/tools/resx.py adds new keys) and
every <Module>/Resources/<Module>.tr.resx, and writes each key into the file of the module whose code uses it:
  - a key is used by a module when one of its .cs/.cshtml files holds the key as a string literal ("Key");
    a one-word key used nowhere as a literal (an enum member shown with L[x.ToString()]) counts where that
    word is an identifier;
  - a key used by several modules, or only by files outside a module folder, goes to Platform;
  - a key used nowhere stays in SharedResource.tr.resx (the unit test TranslationTests names it).
Re-runnable: running it twice changes nothing. --check changes nothing and exits 1 when a run would move keys;
--drop-unused deletes the keys no code uses (after code that showed them was removed).
The runtime reads all these files (Platform/Localization/ModuleStringLocalizerFactory), so code keeps using
IStringLocalizer<SharedResource>. tests/SupplierMeetups.UnitTests/Platform/TranslationTests.cs mirrors these rules.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src/SupplierMeetups.Web"
INBOX = WEB / "Resources/SharedResource.tr.resx"
SHARED_MODULE = "Platform"
NOT_MODULES = {"Resources", "wwwroot", "Properties", "bin", "obj"}
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
WORD = re.compile(r"^[A-Za-z]+$")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def module_file(module):
    return WEB / module / "Resources" / f"{module}.tr.resx"


def read(path):
    if not path.exists():
        return {}
    return {d.get("name"): (d.find("value").text or "") for d in ET.parse(path).getroot().iter("data")}


def write(path, entries):
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n' for k, v in sorted(entries.items()))
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


def module_of(path):
    first = path.relative_to(WEB).parts[0]
    return first if (WEB / first).is_dir() and first not in NOT_MODULES else SHARED_MODULE


def sources():
    """The code of each module, one text per module."""
    texts = {}
    for path in sorted(WEB.rglob("*")):
        parts = path.relative_to(WEB).parts
        if path.suffix not in (".cs", ".cshtml") or "obj" in parts or "bin" in parts or "Migrations" in parts:
            continue
        texts.setdefault(module_of(path), []).append(path.read_text(encoding="utf-8"))
    return {m: "\n".join(t) for m, t in texts.items()}


def literal_forms(key):
    """How the key is written in C#: a regular string, or a verbatim one (quotes doubled)."""
    regular = key.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return {f'"{regular}"', f'@"{key.replace(chr(34), chr(34) * 2)}"'}


def owners(key, code):
    forms = literal_forms(key)
    found = {m for m, text in code.items() if any(f in text for f in forms)}
    if not found and WORD.match(key):
        word = re.compile(rf"\b{re.escape(key)}\b")
        found = {m for m, text in code.items() if word.search(text)}
    return found


def owner(key, code):
    found = owners(key, code)
    if not found:
        return None
    return found.pop() if len(found) == 1 else SHARED_MODULE


def main():
    check = "--check" in sys.argv[1:]
    drop_unused = "--drop-unused" in sys.argv[1:]
    code = sources()
    modules = sorted(set(code) | {p.parent.parent.name for p in WEB.glob("*/Resources/*.tr.resx")})
    current = {m: read(module_file(m)) for m in modules}
    inbox = read(INBOX)

    everything = {}
    for entries in [*current.values(), inbox]:
        for key, value in entries.items():
            # The inbox is newest: resx.py writes a corrected translation there.
            if value or key not in everything:
                everything[key] = value
    wanted = {m: {} for m in modules}
    left = {}
    for key, value in everything.items():
        target = owner(key, code)
        (wanted[target] if target else left)[key] = value

    if drop_unused:
        left = {}
    changed = [m for m in modules if wanted[m] != current[m]] + (["SharedResource"] if left != inbox else [])
    moved = sum(1 for m in modules for k in wanted[m] if k not in current[m])
    if check:
        if changed:
            print(f"translations are not where their code is ({moved} keys to move, files {', '.join(changed)}): run python3 tests/tools/split-translations.py")
            return 1
        print("translations are split by module")
        return 0
    for m in modules:
        if wanted[m] != current[m]:
            if wanted[m]:
                write(module_file(m), wanted[m])
            elif module_file(m).exists():
                module_file(m).unlink()
    write(INBOX, left)
    summary = ", ".join(f"{m} {len(wanted[m])}" for m in modules if wanted[m])
    print(f"{moved} keys moved; {summary}; {len(left)} unused left in {INBOX.name}")
    for key in sorted(left):
        print(f"  unused (delete with --drop-unused once no code needs it): {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
