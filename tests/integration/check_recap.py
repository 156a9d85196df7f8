"""check_recap.py: a recap as delivered, read with email and icalendar.

Each file named on the command line must be a recap: from the coach,
to the leader, marked automatic, with text, HTML and a REQUEST
invitation whose method matches its part.
"""
import email
import email.policy
import sys

import icalendar


def check(path):
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    problems = []

    def want(what, got, wanted):
        if got != wanted:
            problems.append('%s: got %r, want %r' % (what, got, wanted))

    want('From', msg['From'].addresses[0].addr_spec,
         'jreyes@district.example')
    want('To', msg['To'].addresses[0].addr_spec, 'mlopez@lincoln.example.org')
    want('Auto-Submitted', str(msg['Auto-Submitted']), 'auto-generated')
    want('X-Loop', str(msg['X-Loop']), 'recap@district.example')
    want('In-Reply-To', str(msg['In-Reply-To']),
         '<notes-20261203-1420@district.example>')
    types = [p.get_content_type() for p in msg.walk()]
    for t in ('text/plain', 'text/html', 'text/calendar'):
        if t not in types:
            problems.append('no %s part (parts: %s)' % (t, types))
    for part in msg.walk():
        if part.get_content_type() != 'text/calendar':
            continue
        cal = icalendar.Calendar.from_ical(part.get_content())
        want('METHOD', str(cal.get('METHOD')), 'REQUEST')
        want('method=', part.get_param('method'), 'REQUEST')
        events = list(cal.walk('VEVENT'))
        want('events', len(events), 1)
        if events:
            want('ORGANIZER', str(events[0].get('ORGANIZER')).lower(),
                 'mailto:jreyes@district.example')
    for p in problems:
        print('%s: %s' % (path, p))
    return not problems


paths = sys.argv[1:]
sys.exit(0 if paths and all([check(p) for p in paths]) else 1)
