#!/bin/sh
# postfix.sh: notes through a real Postfix into mtss-recap --send and
# the recap out through the same Postfix into the leader's Maildir.
#
# A private instance (postfix-env.sh) on 127.0.0.1 receives the notes
# by SMTP, as a coach's phone would send them, with the verdict our
# DKIM milter would add already on top; it pipes them to mtss-recap
# through the alias and through the pipe(8) transport of contrib/postfix;
# mtss-recap submits the recap with the instance's sendmail; the test
# reads what arrives with Python's email package and icalendar.

cd "$(dirname "$0")/../.." || exit 1
if [ "$(id -u)" != 0 ] || ! command -v postfix > /dev/null; then
	echo "skip - postfix integration: needs root and Debian's postfix"
	exit 0
fi
D=$(mktemp -d /tmp/mtss-postfix.XXXXXX) || exit 1
. tests/integration/postfix-env.sh
trap 'pf_stop; rm -rf "$D"' EXIT
trap 'exit 1' INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }

pf_user
pf_configure ./mtss-recap
cat > "$D/etc/mtss-recap.conf" <<CONF
[service]
address = recap@district.example
timezone = America/New_York
sendmail = $D/bin/sendmail
state-dir = $D/state
authserv-id = mx.district.example

[coach jreyes@district.example]
name = Jordan Reyes
CONF
chmod 644 "$D/etc/mtss-recap.conf"

if pf_start; then
	ok "postfix: private instance started"
else
	bad "postfix: private instance did not start"
	cat "$D/check.log" "$D/start.log" "$D/maillog" 2>/dev/null
	exit 1
fi

# submit: the notes by SMTP to our port, to the address given.
submit() {	# rcpt, notes file
	/usr/bin/python3 - "$PF_PORT" "$1" "$2" <<'PY'
import smtplib, sys
port, rcpt, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
msg = open(path, 'rb').read()
msg = (b'Authentication-Results: mx.district.example; dkim=pass '
       b'header.d=district.example; spf=pass\r\n' + msg)
with smtplib.SMTP('127.0.0.1', port, timeout=30) as s:
    s.sendmail('jreyes@district.example', [rcpt], msg)
PY
}

# Through the alias: the recap reaches the leader, a copy the coach.
submit recap@district.example contrib/examples/notes.eml &&
    ok "alias: notes accepted by SMTP" || bad "alias: SMTP refused"
if pf_wait "$D/mail/lincoln" 1 && pf_wait "$D/mail/coach" 1; then
	ok "alias: the recap reached both Maildirs"
else
	bad "alias: no recap in the Maildirs"
	tail -20 "$D/maillog"
fi
/usr/bin/python3 tests/integration/check_recap.py "$D"/mail/lincoln/new/* &&
    ok "alias: the leader's recap parses, with its invitation" ||
    bad "alias: the leader's recap is wrong"

# Through the pipe(8) transport, as a preview: the coach alone.
sed 's/^Subject: .*/Subject: preview - Lincoln Elementary/' \
    contrib/examples/notes.eml > "$D/preview.eml"
submit recap-pipe@district.example "$D/preview.eml" &&
    ok "pipe: notes accepted by SMTP" || bad "pipe: SMTP refused"
if pf_wait "$D/mail/coach" 2; then
	ok "pipe: the preview reached the coach"
else
	bad "pipe: no preview for the coach"
	tail -20 "$D/maillog"
fi
n=$(ls "$D/mail/lincoln/new" | wc -l)
[ "$n" = 1 ] && ok "pipe: nothing new for the leader" ||
    bad "pipe: the leader has $n messages, want 1"

# Mail from a list to the service: dropped, nobody answered.
{ printf 'List-Id: <staff.district.example>\n'
    cat contrib/examples/notes.eml; } > "$D/list.eml"
submit recap@district.example "$D/list.eml"
# mtss-recap logs to syslog, which this sandbox may lack: Postfix's own
# log says the command took the message (exit 0), the Maildirs that
# nothing came of it.
delivered() { grep -c 'status=sent (delivered to command' "$D/maillog"; }
k=0
while [ "$(delivered)" -lt 2 ] && [ $k -lt 300 ]; do
	sleep 0.1
	k=$((k + 1))
done
[ "$(delivered)" = 2 ] && ok "list mail: taken by mtss-recap, exit 0" ||
    bad "list mail: not delivered to the command"
sleep 1
[ "$(ls "$D/mail/coach/new" | wc -l)" = 2 ] &&
    [ -z "$(ls "$D/mail/postmaster/new" 2>/dev/null)" ] &&
    ok "list mail: no reply, no bounce" ||
    bad "list mail: something was sent"

# Notes that cannot become a recap: the coach is answered from the
# null sender, through Postfix's own sendmail, and the school hears
# nothing.
submit recap@district.example tests/golden/wrong-weekday.eml &&
    ok "refused notes: accepted by SMTP" || bad "refused notes: SMTP refused"
if pf_wait "$D/mail/coach" 3; then
	ok "refused notes: the reply reached the coach"
	r=$(ls -t "$D"/mail/coach/new/* | head -n 1)
	grep -q '^Return-Path: <>' "$r" &&
	    ok "refused notes: the reply's envelope sender is null" ||
	    bad "refused notes: the reply has a sender: $(grep -m1 \
	    '^Return-Path' "$r")"
	grep -q '^Auto-Submitted: auto-replied' "$r" &&
	    /usr/bin/python3 -c 'import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"),
    policy=email.policy.default)
sys.exit("January 14, 2027 is a Thursday" not in
    m.get_body(("plain",)).get_content())' "$r" &&
	    ok "refused notes: auto-replied, with the line's reason" ||
	    bad "refused notes: the reply lacks its marks or reason"
else
	bad "refused notes: no reply for the coach"
	tail -20 "$D/maillog"
fi
n=$(ls "$D/mail/lincoln/new" | wc -l)
[ "$n" = 1 ] && ok "refused notes: nothing for the leader" ||
    bad "refused notes: the leader has $n messages, want 1"

echo "postfix: $pass passed, $fail failed"
[ "$fail" = 0 ]
