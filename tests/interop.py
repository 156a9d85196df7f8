#!/usr/bin/python3
"""interop.py: every recap read by parsers that real clients resemble.

Python's email package (default policy) must find no defect in any
part, python3-icalendar must read the invitation, and the invariants
that clients enforce must hold: CRLF only, lines within 998 octets,
ASCII headers, method= equal to METHOD, a VTIMEZONE for every TZID,
the attendee and organizer parameters of iMIP.

usage: interop.py recap.eml ...
Prints one line per check and "interop: N passed, N failed".
"""
import email
import email.policy
import re
import sys

import icalendar

passed = failed = 0


def check(name, what, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok - {name}: {what}")
    else:
        failed += 1
        print(f"FAIL - {name}: {what}: {why}")


def raw_checks(name, raw):
    bare = re.search(rb"(?<!\r)\n|\r(?!\n)", raw)
    check(name, "every line ends in CRLF", bare is None,
          f"bare CR or LF at byte {bare.start() if bare else 0}")
    longest = max(len(line) for line in raw.split(b"\r\n"))
    check(name, "no line over 998 octets", longest <= 998,
          f"got {longest}, want <= 998")
    head = raw.split(b"\r\n\r\n", 1)[0]
    check(name, "headers are ASCII", all(b < 128 for b in head),
          "8-bit byte in the header block")


def mime_checks(name, msg):
    defects = [(p.get_content_type(), d) for p in msg.walk()
               for d in p.defects]
    check(name, "email package finds no defects", not defects,
          f"got {defects}, want none")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        check(name, f"{h} present", msg[h] is not None, "missing")
    check(name, "Auto-Submitted: auto-generated",
          msg["Auto-Submitted"] == "auto-generated",
          f"got {msg['Auto-Submitted']!r}")
    check(name, "X-Loop present", msg["X-Loop"] is not None, "missing")
    check(name, "top is multipart/mixed",
          msg.get_content_type() == "multipart/mixed",
          f"got {msg.get_content_type()}")
    types = [p.get_content_type() for p in msg.walk()]
    for t in ("multipart/alternative", "text/plain", "text/html"):
        check(name, f"has {t}", t in types, f"parts are {types}")
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    check(name, "text and HTML both greet", plain.startswith("Hello")
          and "Hello" in html, "greeting missing")
    check(name, "HTML has no script or external image",
          "<script" not in html.lower() and "src=\"http" not in html,
          "found one")


def calendar_checks(name, msg):
    cals = [p for p in msg.walk()
            if p.get_content_type() in ("text/calendar", "application/ics")]
    if not cals:
        return
    inline = [p for p in cals if p.get_content_type() == "text/calendar"]
    attached = [p for p in cals if p.get_filename() == "invite.ics"]
    check(name, "calendar inline and as invite.ics",
          len(inline) == 1 and len(attached) == 1,
          f"got {len(inline)} inline, {len(attached)} attached")
    for part in cals:
        data = part.get_payload(decode=True)
        cal = icalendar.Calendar.from_ical(data)
        method = str(cal.get("METHOD"))
        if part.get_content_type() == "text/calendar":
            check(name, "method= equals METHOD",
                  part.get_param("method") == method,
                  f"got {part.get_param('method')}, want {method}")
        ics_checks(name, cal, data, method)


def ics_checks(name, cal, data, method):
    zones = {str(z["TZID"]) for z in cal.walk("VTIMEZONE")}
    used = set(re.findall(rb"TZID=([^:;]+)", data))
    missing = {u.decode() for u in used} - zones
    check(name, "every TZID has its VTIMEZONE", not missing,
          f"missing {missing}")
    check(name, "no TZID=UTC", b"TZID=UTC" not in data, "found")
    longest = max(len(line) for line in data.split(b"\r\n"))
    check(name, "calendar lines folded at 75", longest <= 75,
          f"got {longest}")
    events = cal.walk("VEVENT")
    check(name, "one VEVENT", len(events) == 1, f"got {len(events)}")
    ev = events[0]
    for prop in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "ORGANIZER"):
        check(name, f"VEVENT has {prop}", prop in ev, "missing")
    org = ev.get("ORGANIZER")
    check(name, "ORGANIZER has no SENT-BY",
          org is not None and "SENT-BY" not in org.params, "SENT-BY")
    atts = ev.get("ATTENDEE")
    atts = atts if isinstance(atts, list) else [atts]
    for a in atts:
        ok = (a is not None and a.params.get("ROLE") == "REQ-PARTICIPANT"
              and a.params.get("PARTSTAT") == "NEEDS-ACTION"
              and a.params.get("RSVP") == "TRUE")
        check(name, f"ATTENDEE {a} asks for a reply", ok, str(a.params
              if a is not None else None))
    want = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    check(name, f"STATUS:{want}", str(ev.get("STATUS")) == want,
          f"got {ev.get('STATUS')}")


def main(paths):
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        with open(path, "rb") as f:
            raw = f.read()
        raw_checks(name, raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        mime_checks(name, msg)
        calendar_checks(name, msg)
    print(f"interop: {passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
