#!/bin/sh
# syslog.sh: send mode's one log line, as syslog receives it.
#
# Under a mail server mtss-recap logs to syslog, facility mail, one line
# a message.  Here a private /dev (a mount namespace with a tmpfs over
# /dev, the few devices the run needs bound back in) holds a /dev/log
# that a small receiver owns, so nothing of the machine's own syslog is
# touched; each case states the one datagram that must arrive.

cd "$(dirname "$0")/../.." || exit 1
if [ "$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then
	echo "skip - syslog: needs root and unshare(1)"
	exit 0
fi
if [ "$1" != inside ]; then
	D=$(mktemp -d /tmp/mtss-syslog.XXXXXX) || exit 1
	trap 'rm -rf "$D"' EXIT
	D=$D unshare -m sh "$0" inside
	exit $?
fi

# Inside the namespace: a /dev of our own.
mkdir "$D/dev"
mount --bind /dev "$D/dev" && mount -t tmpfs mtss-dev /dev || exit 1
for n in null zero full random urandom; do
	touch "/dev/$n" && mount --bind "$D/dev/$n" "/dev/$n" || exit 1
done
ln -s /proc/self/fd /dev/fd

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }
want() {	# what, got, want
	if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: got '$2', want '$3'"
	fi
}

# The receiver: every datagram on /dev/log, one a line, into $D/log.
/usr/bin/python3 - "$D/log" <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind('/dev/log')
out = open(sys.argv[1], 'ab', buffering=0)
while True:
    out.write(s.recv(65536).rstrip(b'\n') + b'\n')
PY
rx=$!
trap 'kill $rx 2> /dev/null' EXIT
k=0
while [ ! -S /dev/log ] && [ $k -lt 100 ]; do sleep 0.05; k=$((k + 1)); done

mkdir "$D/bin" "$D/state"
printf '#!/bin/sh\ncat > /dev/null\nexit 0\n' > "$D/bin/ok"
printf '#!/bin/sh\ncat > /dev/null\nsleep 30\n' > "$D/bin/hang"
chmod +x "$D/bin/ok" "$D/bin/hang"
conf() {	# sendmail
	cat > "$D/conf" <<EOF
[service]
address = recap@district.example
timezone = America/New_York
sendmail = $D/bin/$1
state-dir = $D/state
authserv-id = mx.district.example

[coach jreyes@district.example]
name = Jordan Reyes
EOF
}
AR='Authentication-Results: mx.district.example; dkim=pass header.d=district.example'

# run: the message in $D/in, logged to syslog as under a mail server.
run() {
	: > "$D/log"
	./mtss-recap --send -c "$D/conf" --log syslog \
	    -f jreyes@district.example < "$D/in" > "$D/out" 2> "$D/err"
	status=$?
	k=0
	while [ ! -s "$D/log" ] && [ $k -lt 40 ]; do
		sleep 0.05
		k=$((k + 1))
	done
	sleep 0.2
}
# The lines that arrived, the pid and the date taken out.
lines() { sed 's/^<\([0-9]*\)>\(.*\)mtss-recap\[[0-9]*\]: /<\1>/' "$D/log"; }

conf ok
{ echo "$AR"; cat contrib/examples/notes.eml; } > "$D/in"
run
want "sent: exit" "$status" 0
want "sent: one line, mail.info" "$(lines)" \
    '<22>msgid="notes-20261203-1420@district.example" coach="jreyes@district.example" result=sent reason="2 recipients"'
want "sent: nothing on stdout or stderr" "$(cat "$D/out" "$D/err")" ""

{ echo 'List-Id: <staff.district.example>'; echo "$AR"
    cat contrib/examples/notes.eml; } > "$D/in"
run
want "list mail: exit" "$status" 0
want "list mail: one line, dropped" "$(lines)" \
    '<22>msgid="notes-20261203-1420@district.example" coach="jreyes@district.example" result=dropped reason="a mailing list header"'

# Ended by a signal while sendmail hangs: the prepared line, sent from
# the handler.
conf hang
{ echo "$AR"; cat contrib/examples/notes.eml; } > "$D/in"
: > "$D/log"
./mtss-recap --send -c "$D/conf" --log syslog -f jreyes@district.example \
    < "$D/in" > "$D/out" 2> "$D/err" &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
status=$?
sleep 0.2
want "SIGTERM: exit" "$status" 75
want "SIGTERM: one line, tempfail" "$(lines)" \
    '<22>msgid="notes-20261203-1420@district.example" coach="jreyes@district.example" result=tempfail reason="interrupted by a signal"'

echo "syslog: $pass passed, $fail failed"
[ "$fail" = 0 ]
