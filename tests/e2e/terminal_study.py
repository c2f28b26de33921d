# Drives `factdeck study --terminal` as a learner at a keyboard would: one reply a prompt, the replies chosen from
# the output so far. Imported by the e2e scripts' Python (the .py suffix keeps ctest from running it).
import re
import subprocess


def drive(cmd, reply):
    """Runs cmd; at each prompt (output ending in "> ") sends reply(lines so far) and a newline.
    Returns (exit code, the output's lines)."""
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=0)
    out, buf = [], ""
    while True:
        ch = p.stdout.read(1)
        if not ch:
            break
        buf += ch
        if not buf.endswith("> "):
            continue
        lines = buf.split("\n")
        out.extend(lines[:-1])
        buf = ""
        p.stdin.write(reply(out) + "\n")
    out.append(buf)
    return p.wait(), out


OPTION = re.compile(r"^  (\d+)\) (.*)$")


def year_reply(qtype, block, year, right):
    """The line answering a question on a year fact (its statement ends "in YEAR."), rightly or not ("?"):
    block is the question's lines, from its header on."""
    if qtype == "flip":
        return "3" if right else "1"
    if not right:
        return "?"
    if qtype == "mcq":
        return next(m.group(1) for m in map(OPTION.match, block) if m and m.group(2) == year)
    if qtype == "tf":
        return "1" if ("in %s." % year) in "\n".join(block) else "2"
    return year  # cloze, numeric
