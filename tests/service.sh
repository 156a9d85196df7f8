#!/bin/sh
# service.sh: send mode with a stand-in sendmail that records its calls.
#
# Each case runs the program on one message and states what must come
# of it: the exit status, how many times sendmail ran, the log's result
# and reason, and what the calls carried.  The stand-ins live in a
# scratch directory; nothing here needs a mail server.

cd "$(dirname "$0")/.." || exit 1
bin=$PWD/mtss-recap
t=$(mktemp -d /tmp/mtss-service.XXXXXX) || exit 1
trap 'rm -rf "$t"' EXIT INT TERM
pass=0 fail=0
notes=contrib/examples/notes.eml
now=2026-12-03T15:00:00-05:00
# glibc fills freed memory with this byte, so a value read after free
# shows in the log instead of passing by luck.
MALLOC_PERTURB_=165
export MALLOC_PERTURB_

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }
want() {	# what, got, want
	if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: got '$2', want '$3'"
	fi
}

# The stand-ins: each records its arguments and the message it read.
mkdir -p "$t/bin" "$t/calls" "$t/state"
standin() {	# name, what it does after reading the message
	cat > "$t/bin/$1" <<EOF
#!/bin/sh
n=\$(ls "$t/calls" | grep -c args)
printf '%s\n' "\$@" > "$t/calls/\$n.args"
cat > "$t/calls/\$n.msg"
$2
EOF
	chmod +x "$t/bin/$1"
}
standin ok 'exit 0'
standin fail75 'exit 75'
standin fail1 'exit 1'
standin hang 'sleep 60'
standin killed 'kill -9 $$'
standin slow 'sleep 2; exit 0'
standin stuck "sleep 30 & echo \$! > '$t/stuck.pid'; wait"

conf() {	# sendmail, extra lines: writes $t/conf
	cat > "$t/conf" <<EOF
[service]
address = recap@district.example
timezone = America/New_York
sendmail = $1
state-dir = $t/state
authserv-id = mx.district.example
$2

[coach jreyes@district.example]
name = Jordan Reyes
EOF
}

# Our mail server's verdict on top of a message.
AR='Authentication-Results: mx.district.example; dkim=pass header.d=district.example; spf=pass smtp.mailfrom=district.example'
signed() {	# header lines to add above the notes, one per argument
	for h in "$@"; do printf '%s\n' "$h"; done
	cat "${src:-$notes}"
}

# run: the message in $t/in; sets status, calls, log.
run() {
	rm -f "$t"/calls/* "$t"/state/*
	"$bin" --send -c "$t/conf" --now $now --log stderr "$@" \
	    < "$t/in" > "$t/out" 2> "$t/err"
	status=$?
	calls=$(ls "$t/calls" | grep -c args)
	log=$(grep 'result=' "$t/err")
}
result() { echo "$log" | sed -n 's/.* result=\([a-z]*\) .*/\1/p'; }
reason() { echo "$log" | sed -n 's/.* reason="\(.*\)"$/\1/p'; }
coach() { echo "$log" | sed -n 's/.* coach="\([^"]*\)" .*/\1/p'; }
msgid() { echo "$log" | sed -n 's/.*msgid="\([^"]*\)" .*/\1/p'; }

conf "$t/bin/ok"

# A listed coach, vouched for by our server: the recap goes out.
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "good notes: exit" "$status" 0
want "good notes: one submission" "$calls" 1
want "good notes: logged sent" "$(result)" sent
want "good notes: fixed argv" "$(tr '\n' ' ' < "$t/calls/0.args")" \
    "-i -f jreyes@district.example -- jreyes@district.example mlopez@lincoln.example.org "
want "good notes: nothing on stdout" "$(wc -c < "$t/out")" 0
grep -q '^X-Loop: recap@district.example' "$t/calls/0.msg" &&
    ok "good notes: recap carries X-Loop" || bad "good notes: no X-Loop"

# Hostile or automatic input: dropped, logged, never answered.
while IFS='|' read -r name sender hdr1 hdr2 why; do
	[ -n "$name" ] || continue
	if [ -n "$hdr2" ]; then signed "$hdr1" "$hdr2"
	else signed "$hdr1"; fi > "$t/in"
	run -f "$sender"
	want "$name: exit" "$status" 0
	want "$name: no submission" "$calls" 0
	want "$name: logged dropped" "$(result)" dropped
	want "$name: reason" "$(reason)" "$why"
done <<'EOF'
forged above ours|jreyes@district.example|Authentication-Results: mx.evil.example; dmarc=pass header.from=district.example|Authentication-Results: mx.district.example; dkim=fail header.d=district.example; spf=pass|not authenticated: no dmarc=pass or aligned dkim=pass
forged below ours|jreyes@district.example|Authentication-Results: mx.district.example; spf=pass smtp.mailfrom=district.example|Authentication-Results: mx.district.example; dmarc=pass header.from=district.example|not authenticated: no dmarc=pass or aligned dkim=pass
pass in a comment|jreyes@district.example|Authentication-Results: mx.district.example; dkim=fail (dkim=pass header.d=district.example) header.d=district.example||not authenticated: no dmarc=pass or aligned dkim=pass
dkim of another domain|jreyes@district.example|Authentication-Results: mx.district.example; dkim=pass header.d=evil.example||not authenticated: dkim=pass for evil.example, not district.example
spf alone|jreyes@district.example|Authentication-Results: mx.district.example; spf=pass smtp.mailfrom=district.example||not authenticated: no dmarc=pass or aligned dkim=pass
no verdict of ours|jreyes@district.example|X-Other: 1||no Authentication-Results from mx.district.example
our X-Loop|jreyes@district.example|X-Loop: recap@district.example|Authentication-Results: mx.district.example; dmarc=pass|X-Loop names this service
auto-replied|jreyes@district.example|Auto-Submitted: auto-replied|Authentication-Results: mx.district.example; dmarc=pass|Auto-Submitted is not no
auto-generated|jreyes@district.example|Auto-Submitted: auto-generated (vacation)|Authentication-Results: mx.district.example; dmarc=pass|Auto-Submitted is not no
precedence bulk|jreyes@district.example|Precedence: bulk|Authentication-Results: mx.district.example; dmarc=pass|Precedence bulk, junk or list
precedence junk|jreyes@district.example|Precedence: junk|Authentication-Results: mx.district.example; dmarc=pass|Precedence bulk, junk or list
precedence list|jreyes@district.example|Precedence: list|Authentication-Results: mx.district.example; dmarc=pass|Precedence bulk, junk or list
list id|jreyes@district.example|List-Id: <staff.district.example>|Authentication-Results: mx.district.example; dmarc=pass|a mailing list header
list unsubscribe|jreyes@district.example|List-Unsubscribe: <mailto:x@district.example>|Authentication-Results: mx.district.example; dmarc=pass|a mailing list header
delivery report|jreyes@district.example|Content-Type: multipart/report; report-type=delivery-status; boundary=x|Authentication-Results: mx.district.example; dmarc=pass|a delivery or disposition report
null sender||Authentication-Results: mx.district.example; dmarc=pass||null envelope sender
mailer-daemon|MAILER-DAEMON@district.example|Authentication-Results: mx.district.example; dmarc=pass||sender is MAILER-DAEMON
EOF

# A marker below the thousand fields the scan reads is not missed.
{ i=0; while [ $i -lt 1000 ]; do echo "X-Pad-$i: x"; i=$((i + 1)); done
  echo 'Auto-Submitted: auto-replied'; } > "$t/pad"
signed "$AR" "$(cat "$t/pad")" > "$t/in"
run -f jreyes@district.example
want "1000 fields, then a marker: dropped" "$(result) $calls" "dropped 0"
want "1000 fields, then a marker: reason" "$(reason)" \
    "more header fields than are read"

# A NUL inside From is taken out, here as in intake: the coach is known.
sed 's/^From: Jordan Reyes/From: Jordan \x00Reyes/' $notes > "$t/nul.eml"
src=$t/nul.eml
signed "$AR" > "$t/in"
src=
run -f jreyes@district.example
want "NUL in From: sent" "$(result) $calls" "sent 1"

# The null sender as a Return-Path, with no -f.
signed 'Return-Path: <>' "$AR" > "$t/in"
run
want "null Return-Path: dropped" "$(result) $calls" "dropped 0"

# Someone the directory does not list, and our own address as From.
src=$t/mallory.eml
sed 's/^From: .*/From: Mallory <mallory@district.example>/' $notes > "$src"
signed "$AR" > "$t/in"
run -f mallory@district.example
want "unlisted sender: dropped" "$(result) $calls" "dropped 0"
want "unlisted sender: reason" "$(reason)" "sender is not a listed coach"
sed 's/^From: .*/From: recap@district.example/' $notes > "$src"
signed "$AR" > "$t/in"
run -f recap@district.example
want "our own address: dropped" "$(result) $calls" "dropped 0"
want "our own address: reason" "$(reason)" "sender is this service"
src=

# A message far over max-size is read to its end but not kept: under a
# 128 MB address-space limit, 200 MB of it is answered, not a retry.
conf "$t/bin/ok" "max-size = 1M"
signed "$AR" > "$t/in"
rm -f "$t"/calls/* "$t"/state/*
{ cat "$t/in"; head -c 200000000 /dev/zero | tr '\0' 'x'; echo; } |
    (ulimit -v 131072; "$bin" --send -c "$t/conf" --now $now --log stderr \
    -f jreyes@district.example > "$t/out" 2> "$t/err")
status=$?
calls=$(ls "$t/calls" | grep -c args)
log=$(grep 'result=' "$t/err")
want "200 MB, 1M max-size: answered" "$status $(result) $calls" \
    "0 replied 1"
grep -q 'the message is 191 MB, over the 1 MB limit' "$t/calls/0.msg" &&
    ok "200 MB, 1M max-size: the reply says its size" ||
    bad "200 MB, 1M max-size: the reply lacks its size"

# The log names the coach even when no notes came of the message.
conf "$t/bin/ok" "max-size = 1K"
{ signed "$AR"; head -c 2000 /dev/zero | tr '\0' 'x'; echo; } > "$t/in"
run -f jreyes@district.example
want "oversize: logged coach" "$(coach)" jreyes@district.example
want "oversize: logged msgid" "$(msgid)" \
    notes-20261203-1420@district.example
grep -q '^In-Reply-To: <notes-20261203-1420@district.example>' \
    "$t/calls/0.msg" && ok "oversize: reply threads under the notes" ||
    bad "oversize: reply has no In-Reply-To"
conf "$t/bin/ok"
{ printf '%s\n' "$AR" 'From: Jordan Reyes <jreyes@district.example>' \
    'To: recap@district.example' 'Subject: Undelivered' \
    'Message-ID: <dsn-1@district.example>' 'MIME-Version: 1.0' \
    'Content-Type: message/delivery-status' '' \
    'Reporting-MTA: dns; mx.district.example' '' \
    'Final-Recipient: rfc822; nobody@lincoln.example.org' \
    'Action: failed' 'Status: 5.1.1'; } > "$t/in"
run -f jreyes@district.example
want "delivery-status: dropped" "$(result) $calls" "dropped 0"
want "delivery-status: logged coach" "$(coach)" jreyes@district.example

# "Auto-Submitted: no" is a person's mail.
signed 'Auto-Submitted: no' "$AR" > "$t/in"
run -f jreyes@district.example
want "Auto-Submitted no: sent" "$(result) $calls" "sent 1"

# A preview goes to the coach alone, by subject or by address.
src=$t/preview.eml
sed 's/^Subject: .*/Subject: Preview: Lincoln Elementary/' $notes > "$src"
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "preview subject: result" "$(result) $calls" "preview 1"
want "preview subject: coach only" \
    "$(tr '\n' ' ' < "$t/calls/0.args")" \
    "-i -f jreyes@district.example -- jreyes@district.example "
grep -q 'Lincoln Elementary' "$t/calls/0.msg" &&
    ok "preview subject: school still read" ||
    bad "preview subject: school lost"
src=
signed "$AR" > "$t/in"
run -f jreyes@district.example \
    --recipient recap+preview@district.example
want "preview address: result" "$(result) $calls" "preview 1"

# Notes that cannot become a recap: a reply to the coach, nothing else.
src=tests/golden/wrong-weekday.eml
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "refused notes: exit" "$status" 0
want "refused notes: one reply" "$(result) $calls" "replied 1"
want "refused notes: reply argv" "$(tr '\n' ' ' < "$t/calls/0.args")" \
    "-i -f <> -- jreyes@district.example "
for h in '^Auto-Submitted: auto-replied' \
    '^In-Reply-To: <notes-wrong-weekday@district.example>' \
    '^To: jreyes@district.example' 'line 5: error' '5 | Next: tue 1/14'; do
	grep -q "$h" "$t/calls/0.msg" && ok "refused notes: reply has $h" ||
	    bad "refused notes: reply lacks $h"
done

# An address the headers cannot carry: the reply says which and where.
src=$t/utf8addr.eml
o=$(printf '\303\263')
sed "s/^To: Dr\. .*/To: Dr. Maria Lopez <ml${o}pez@lincoln.example.org>/" \
    $notes > "$src"
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "non-ASCII address: one reply" "$(result) $calls" "replied 1"
grep -q '^line 1: error: ml=C3=B3pez@lincoln' "$t/calls/0.msg" &&
    ok "non-ASCII address: reply names line 1 and the address" ||
    bad "non-ASCII address: reply gives no reason: $(grep -A1 'become' \
    "$t/calls/0.msg" | tr '\r\n' '  ')"
"$bin" -c "$t/conf" --now $now --log stderr < "$src" > "$t/out" 2> "$t/err"
want "non-ASCII address, filter: exit" "$?" 65
grep -q "^line 1: error: ml${o}pez@lincoln" "$t/err" &&
    ok "non-ASCII address, filter: stderr names line 1" ||
    bad "non-ASCII address, filter: stderr: $(head -1 "$t/err")"
src=

# Warnings: the recap, then a note to the coach listing them.
src=$t/warn.eml
sed 's/^Focus: .*/&\nthis line fits nothing at all/' $notes > "$src"
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "warnings: recap and note" "$(result) $calls" "sent 2"
want "warnings: note from the null sender" \
    "$(sed -n 3p "$t/calls/1.args") $(sed -n 5p "$t/calls/1.args")" \
    "<> jreyes@district.example"
grep -q '^line 3: warning' "$t/calls/1.msg" &&
    ok "warnings: note names line 3" || bad "warnings: note lacks line 3"
# A slow sendmail: the note still has the watchdog's time left.
conf "$t/bin/slow"
run -f jreyes@district.example
want "slow sendmail: recap and note" "$(result) $calls" "sent 2"
want "slow sendmail: reason" "$(reason)" \
    "2 recipients; warnings to the coach"
conf "$t/bin/ok"
src=

# The rate limit: two an hour, then silence.
conf "$t/bin/ok" "rate-limit = 2"
rm -f "$t"/state/*
for i in 1 2 3; do
	signed "$AR" | "$bin" --send -c "$t/conf" --now $now --log stderr \
	    -f jreyes@district.example > /dev/null 2> "$t/err"
	status=$?
done
log=$(grep 'result=' "$t/err")
want "third in an hour: dropped" "$status $(result)" "0 dropped"
want "third in an hour: reason" "$(reason)" "rate limit of 2 an hour reached"
# The same coach spelt three ways is one counter.
rm -f "$t"/state/*
for from in jreyes@district.example JReyes@district.example \
    jreyes@DISTRICT.example; do
	sed "s/^From: .*/From: Jordan Reyes <$from>/" $notes > "$t/case.eml"
	src=$t/case.eml signed "$AR" | "$bin" --send -c "$t/conf" \
	    --now $now --log stderr -f "$from" > /dev/null 2> "$t/err"
	status=$?
done
log=$(grep 'result=' "$t/err")
want "third in an hour, case changed: dropped" "$status $(result)" \
    "0 dropped"
want "rate limit, case changed: one state file" \
    "$(ls "$t/state" | tr '\n' ' ')" "jreyes@district.example "

# Every sendmail failure is a retry: 75, and the log says tempfail.
standin deaf 'exit 0' && sed -i '/^cat /d' "$t/bin/deaf"
for sm in fail75 fail1 hang killed missing deaf; do
	conf "$t/bin/$sm"
	signed "$AR" > "$t/in"
	run -f jreyes@district.example
	want "sendmail $sm: exit 75" "$status" 75
	want "sendmail $sm: logged tempfail" "$(result)" tempfail
done
want "sendmail deaf: reason" "$(reason)" \
    "sendmail exited 0 without reading the whole message"
conf /bin/true
run -f jreyes@district.example
want "sendmail /bin/true: exit 75" "$status $(result)" "75 tempfail"
conf "$t/bin/ok"

# A signal while sendmail runs: 75, the log line, and sendmail's whole
# process group gone, so no recap goes out after the 75 (a retry would
# send it twice).  SIGALRM is the watchdog's.
conf "$t/bin/stuck"
signed "$AR" > "$t/in"
for sig in TERM ALRM; do
	rm -f "$t"/calls/* "$t/stuck.pid"
	"$bin" --send -c "$t/conf" --now $now --log stderr \
	    -f jreyes@district.example < "$t/in" > "$t/out" 2> "$t/err" &
	pid=$!
	i=0
	while [ ! -s "$t/stuck.pid" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -$sig $pid
	wait $pid
	status=$?
	log=$(grep 'result=' "$t/err")
	want "SIG$sig during sendmail: exit 75" "$status" 75
	want "SIG$sig during sendmail: logged" "$(result) $(coach)" \
	    "tempfail jreyes@district.example"
	[ $sig = TERM ] && why="interrupted by a signal" ||
	    why="time limit reached"
	want "SIG$sig during sendmail: reason" "$(reason)" "$why"
	# Gone, or a zombie for an init that does not reap (a container).
	sleep 0.2
	st=$(sed 's/.*) //' "/proc/$(cat "$t/stuck.pid")/stat" 2> /dev/null |
	    cut -c1)
	if [ -n "$st" ] && [ "$st" != Z ]; then
		bad "SIG$sig during sendmail: sendmail's group still runs"
		kill "$(cat "$t/stuck.pid")"
	else
		ok "SIG$sig during sendmail: sendmail's group killed"
	fi
done
conf "$t/bin/ok"

# No directory of coaches: send mode keeps the mail and says why.
printf '[service]\nsendmail = %s\n' "$t/bin/ok" > "$t/conf"
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "no coaches: exit 75" "$status" 75
grep -q 'listing coaches' "$t/err" && ok "no coaches: says why" ||
    bad "no coaches: stderr does not say why"

# No address of its own: it would take the notes' To for it, so the
# mail stays with the mail server.
conf "$t/bin/ok"
sed '/^address = /d' "$t/conf" > "$t/conf.new" && mv "$t/conf.new" "$t/conf"
signed "$AR" > "$t/in"
run -f jreyes@district.example
want "no address: exit 75, nothing sent" "$status $calls" "75 0"
want "no address: logged tempfail" "$(result)" tempfail
want "no address: reason" "$(reason)" \
    "send mode needs address = in [service] of the configuration; the message is left with the mail server"
conf "$t/bin/ok"

# Under a mail server nothing at all is said on stdout or stderr.
signed 'List-Id: <x>' "$AR" | "$bin" --send -c "$t/conf" --log syslog \
    -f jreyes@district.example > "$t/out" 2> "$t/err"
want "send mode, syslog: silent" "$?:$(cat "$t/out" "$t/err" | wc -c)" "0:0"

# Standard input is read to its end even when the message is dropped.
{ printf 'Precedence: bulk\n'; cat $notes; head -c 2000000 /dev/zero |
    tr '\0' 'x'; } > "$t/big.eml"
(cat "$t/big.eml"; echo $? > "$t/catrc") |
    "$bin" --send -c "$t/conf" --log syslog > /dev/null 2>&1
want "dropped 2 MB message: read to its end" "$(cat "$t/catrc")" 0

# A command line that is wrong is a retry under a mail server (75, the
# input read, the reason logged), however late --send comes; 64 by hand.
for args in '--bogus --send' '--send --now tomorrow' '--send extra'; do
	(cat "$t/big.eml"; echo $? > "$t/catrc") |
	    "$bin" --log stderr $args -c "$t/conf" > "$t/out" 2> "$t/err"
	status=$?
	log=$(grep 'result=' "$t/err")
	want "usage error, $args: exit 75, input read" \
	    "$status $(cat "$t/catrc")" "75 0"
	want "usage error, $args: logged tempfail" "$(result)" tempfail
done
want "usage error, --send extra: reason" "$(reason)" \
    "unexpected argument 'extra'"
"$bin" --bogus < /dev/null > /dev/null 2>&1
want "usage error without --send: exit" "$?" 64
"$bin" --help > "$t/out" 2> "$t/err" < /dev/null
want "--help: exit, nothing on stderr" "$? $(wc -c < "$t/err")" "0 0"
grep -q '^usage: mtss-recap ' "$t/out" && ok "--help: usage on stdout" ||
    bad "--help: no usage on stdout"
want "--version" "$("$bin" --version < /dev/null)" \
    "mtss-recap $(sed -n 's/^#define VERSION[^"]*"\(.*\)"/\1/p' src/main.c)"

# Filter mode: a full disk is a retry with nothing written.
"$bin" -c tests/golden/mtss-recap.conf < $notes > /dev/full 2> "$t/err"
want "filter to /dev/full: exit 75" "$?" 75
# Automatic mail passes through a filter unchanged.
signed 'Auto-Submitted: auto-replied' > "$t/in.eml"
"$bin" -c tests/golden/mtss-recap.conf --log stderr < "$t/in.eml" \
    > "$t/out" 2> /dev/null
want "filter, automatic mail: exit 0" "$?" 0
cmp -s "$t/in.eml" "$t/out" && ok "filter, automatic mail: unchanged" ||
    bad "filter, automatic mail: output differs from input"

echo "service: $pass passed, $fail failed"
[ "$fail" = 0 ]
