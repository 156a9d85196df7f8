#!/bin/sh
# sendmail.sh: contrib/sendmail with Debian's real sendmail.
#
# Debian's sendmail cannot be installed beside the Postfix the other
# tests use, so it runs in a Debian root of its own (sendmail-root.sh,
# cached) under a throwaway overlay, in private mount, network, process
# and host-name namespaces: sendmail listens on a loopback nobody else
# sees, and when the test ends the kernel kills whatever it started and
# drops every mount.  The root is set up as an administrator would:
# contrib/sendmail/smrsh.mc added to sendmail.mc, sendmail.cf rebuilt,
# the alias added, the program linked into smrsh's directory.  Notes go
# in by SMTP; sendmail runs mtss-recap --send through smrsh; mtss-recap
# submits the recap with the root's sendmail; the test reads the
# mailboxes sendmail delivered to.  Needs root, debootstrap, unshare and
# ip; the first run downloads about 100 MB.
cd "$(dirname "$0")/../.." || exit 1
if [ "${1-}" != --inside ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "FAIL - sendmail integration: needs root (debootstrap," \
		    "chroot, namespaces)"
		echo "sendmail: 0 passed, 1 failed"
		exit 1
	fi
	root=$(sh tests/integration/sendmail-root.sh) || {
		echo "FAIL - sendmail integration: no Debian root for sendmail"
		echo "sendmail: 0 passed, 1 failed"
		exit 1
	}
	D=$(mktemp -d /tmp/mtss-sendmail.XXXXXX) || exit 1
	trap 'rm -rf "$D"' EXIT
	trap 'exit 1' HUP INT TERM
	unshare --mount --propagation private --net --pid --fork --uts \
	    --ipc sh "$0" --inside "$root" "$D"
	exit
fi

# Only as the first process of the namespaces: its end ends them.
[ $$ = 1 ] || { echo "sendmail.sh: --inside is for itself"; exit 1; }
R=$2 D=$3 M=$3/root
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }
in_root() { chroot "$M" "$@"; }
stop() {
	[ -n "${syslog-}" ] && kill "$syslog"
	[ -f "$M/run/sendmail/mta/sendmail.pid" ] &&
	    kill "$(head -1 "$M/run/sendmail/mta/sendmail.pid")" 2>/dev/null
	umount "$M/proc" "$M" "$D" 2>/dev/null
}
trap stop EXIT
trap 'exit 1' HUP INT TERM

# A writable layer over the cached root, on a tmpfs that goes with us.
mount -t tmpfs tmpfs "$D" &&
    mkdir "$D/upper" "$D/work" "$M" &&
    mount -t overlay overlay \
    -o "lowerdir=$R,upperdir=$D/upper,workdir=$D/work" "$M" &&
    mount -t proc proc "$M/proc" &&
    hostname mx.district.example &&
    ip link set lo up || { bad "namespaces and mounts"; exit 1; }

# The mail system of district.example and lincoln.example.org, all local:
# jreyes is the coach, mlopez the leader at Lincoln.  sendmail looks the
# domains up before it sees they are its own: /etc/hosts answers.
# One line each, or sendmail would take the first name of a line for the
# canonical name of the others.
printf '127.0.0.1\tmx.district.example mx localhost\n' > "$M/etc/hosts"
printf '127.0.0.2\tdistrict.example\n127.0.0.3\tlincoln.example.org\n' \
    >> "$M/etc/hosts"
printf '%s\n' localhost mx.district.example district.example \
    lincoln.example.org > "$M/etc/mail/local-host-names"
in_root useradd jreyes && in_root useradd mlopez ||
    bad "users jreyes and mlopez"

# What an administrator does, by contrib/sendmail.
install -m 755 mtss-recap "$M/usr/local/bin/mtss-recap"
awk -v add=contrib/sendmail/smrsh.mc \
    '/^MAILER_DEFINITIONS/ { while ((getline l < add) > 0) print l }
    { print }' "$M/etc/mail/sendmail.mc" > "$D/sendmail.mc" &&
    cat "$D/sendmail.mc" > "$M/etc/mail/sendmail.mc"
in_root make -C /etc/mail > "$D/make.log" 2>&1 ||
    { bad "make -C /etc/mail"; cat "$D/make.log"; }
grep -q '^Mprog,.*P=/usr/libexec/sendmail/smrsh,' \
    "$M/etc/mail/sendmail.cf" && ok "sendmail.cf: the prog mailer is smrsh" ||
    { bad "sendmail.cf: the prog mailer is not smrsh";
    grep -A2 '^Mprog' "$M/etc/mail/sendmail.cf"; }
ln -s /usr/local/bin/mtss-recap "$M/etc/mail/smrsh/mtss-recap"
# Bounces, if any, to root's mailbox, where the test looks for them.
printf 'MAILER-DAEMON: postmaster\npostmaster: root\n' > "$M/etc/aliases"
grep -v '^#' contrib/sendmail/aliases >> "$M/etc/aliases"
in_root newaliases > "$D/newaliases.log" 2>&1 ||
    { bad "newaliases"; cat "$D/newaliases.log"; }
mkdir -p "$M/var/lib/mtss-recap"
in_root chown mail:mail /var/lib/mtss-recap
cat > "$M/etc/mtss-recap.conf" <<CONF
[service]
address = recap@district.example
timezone = America/New_York
state-dir = /var/lib/mtss-recap
authserv-id = mx.district.example

[coach jreyes@district.example]
name = Jordan Reyes
CONF
chmod 644 "$M/etc/mtss-recap.conf"

# The log: what syslog would get from sendmail and mtss-recap.
/usr/bin/python3 - "$M/dev/log" "$D/syslog" <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o666)	# mtss-recap logs as user mail
with open(sys.argv[2], 'ab', buffering=0) as f:
    while True:
        f.write(s.recv(65536) + b'\n')
PY
syslog=$!
k=0
while [ ! -S "$M/dev/log" ] && [ $k -lt 100 ]; do
	sleep 0.1
	k=$((k + 1))
done

# sendmail writes its pid once it listens.
in_root /usr/sbin/sendmail -bd > "$D/start.log" 2>&1
k=0
while [ ! -s "$M/run/sendmail/mta/sendmail.pid" ] && [ $k -lt 100 ]; do
	sleep 0.1
	k=$((k + 1))
done
if [ -s "$M/run/sendmail/mta/sendmail.pid" ]; then
	ok "sendmail: daemon started"
else
	bad "sendmail: the daemon did not start"
	cat "$D/start.log"
	exit 1
fi

# submit: notes by SMTP from an envelope sender ("" for the null sender),
# with the verdict of a DKIM milter on top, as in postfix.sh.
submit() {	# sender, notes file
	/usr/bin/python3 - "$1" "$2" <<'PY'
import smtplib, sys
sender, path = sys.argv[1], sys.argv[2]
msg = open(path, 'rb').read().replace(b'\r\n', b'\n')
msg = (b'Authentication-Results: mx.district.example; dkim=pass '
       b'header.d=district.example; spf=pass\n' + msg)
# sendmail refuses bare line feeds, as the SMTP standard asks.
msg = msg.replace(b'\n', b'\r\n')
with smtplib.SMTP('127.0.0.1', 25, timeout=30) as s:
    s.sendmail(sender, ['recap@district.example'], msg)
PY
}
# settle: wait until both queues are empty, every delivery done: a
# message mtss-recap submits is queued before the notes leave the queue.
queued() { ls "$M"/var/spool/mqueue/qf* "$M"/var/spool/mqueue-client/qf* \
    2>/dev/null | wc -l; }
settle() {
	k=0
	while [ "$(queued)" != 0 ] && [ $k -lt 300 ]; do
		sleep 0.1
		k=$((k + 1))
	done
	[ "$(queued)" = 0 ] || { in_root mailq; return 1; }
}
count() { grep -c '^From ' "$M/var/mail/$1" 2>/dev/null || echo 0; }
want_n() {	# case, user, how many
	n=$(count "$2")
	[ "$n" = "$3" ] && ok "$1: $2 has $3" ||
	    bad "$1: $2 has $n messages, want $3"
}
# message: the user's message N (from 1), alone in a file; its path, or
# nothing when there is no such message.
message() {
	/usr/bin/python3 - "$M/var/mail/$1" "$2" "$D/$1.$2" <<'PY' &&
import mailbox, sys
try:
    box = mailbox.mbox(sys.argv[1], create=False)
    raw = box.get_bytes(int(sys.argv[2]) - 1)
except (mailbox.Error, KeyError):
    sys.exit(1)
open(sys.argv[3], 'wb').write(raw)
PY
	echo "$D/$1.$2"
}
header() { sed -n "/^\$/q; s/^$2: //p" "$1"; }	# file, field
# logged: mtss-recap's last log line has this result and reason.
logged() {	# case, result, reason
	l=$(grep -a 'mtss-recap\[[0-9]*\]: ' "$D/syslog" | tail -1)
	case $l in
	*" result=$2 reason=\"$3\"") ok "$1: mtss-recap logged $2, $3" ;;
	*) bad "$1: mtss-recap logged '${l#*]: }', want $2, $3" ;;
	esac
}

# Notes: the recap reaches the leader, a copy the coach.
coach=jreyes@district.example
submit jreyes@district.example contrib/examples/notes.eml &&
    ok "notes: accepted by SMTP" || bad "notes: SMTP refused"
settle && ok "notes: delivered" || bad "notes: still queued"
logged notes sent "2 recipients"
want_n notes mlopez 1
want_n notes jreyes 1
f=$(message mlopez 1)
[ -n "$f" ] && /usr/bin/python3 tests/integration/check_recap.py "$f" &&
    ok "notes: the leader's recap parses, with its invitation" ||
    bad "notes: the leader's recap is wrong"
# mtss-recap runs as sendmail's DefaultUser, mail, and submits through
# the submission sendmail (the MSP), which says so.
warn="X-Authentication-Warning: mx.district.example: mail set sender to"
[ -n "$f" ] && grep -q "^$warn $coach using -f" "$f" &&
    ok "notes: the recap submitted by mtss-recap, as user mail" ||
    bad "notes: the recap not submitted by user mail"
[ -n "$(in_root find /var/lib/mtss-recap -type f -user mail)" ] &&
    ok "notes: the rate limit's state written as sendmail's user" ||
    bad "notes: nothing in the state directory"

# Notes that cannot become a recap: a reply to the coach, from the null
# sender, and nothing for the school.
submit jreyes@district.example tests/golden/wrong-weekday.eml &&
    ok "bad notes: accepted by SMTP" || bad "bad notes: SMTP refused"
settle && ok "bad notes: delivered" || bad "bad notes: still queued"
logged "bad notes" replied "notes refused"
want_n "bad notes" mlopez 1
want_n "bad notes" jreyes 2
f=$(message jreyes 2)
f=${f:-/dev/null}
got=$(header "$f" Auto-Submitted)
[ "$got" = auto-replied ] && ok "bad notes: the reply is auto-replied" ||
    bad "bad notes: Auto-Submitted is '$got', want auto-replied"
got=$(header "$f" In-Reply-To)
[ "$got" = '<notes-wrong-weekday@district.example>' ] &&
    ok "bad notes: the reply answers the notes" ||
    bad "bad notes: In-Reply-To is '$got'"
# sendmail notes who set which sender, and writes the null sender as
# MAILER-DAEMON in the Return-Path of local mail.
grep -q "^$warn <> using -f" "$f" &&
    [ "$(header "$f" Return-Path)" = '<MAILER-DAEMON>' ] &&
    ok "bad notes: the reply's envelope sender is null" ||
    bad "bad notes: the reply's envelope sender is not null"
grep -q 'tue 1/14' "$f" && ok "bad notes: the reply quotes the line" ||
    bad "bad notes: the reply does not quote the line"

# Notes from the null sender, which sendmail's "From " line names
# MAILER-DAEMON: dropped, nobody answered, nothing bounced.
submit "" contrib/examples/notes.eml &&
    ok "null sender: accepted by SMTP" || bad "null sender: SMTP refused"
settle && ok "null sender: delivered" || bad "null sender: still queued"
logged "null sender" dropped "sender is MAILER-DAEMON"
want_n "null sender" mlopez 1
want_n "null sender" jreyes 2

# A configuration mtss-recap cannot read: exit 75, and sendmail keeps
# the notes in its queue; once it can, the queue run delivers them.
chmod 600 "$M/etc/mtss-recap.conf"
submit jreyes@district.example contrib/examples/notes.eml &&
    ok "tempfail: accepted by SMTP" || bad "tempfail: SMTP refused"
smrsh='prog mailer (/usr/libexec/sendmail/smrsh)'
deferred() { cat "$M"/var/spool/mqueue/qf* 2>/dev/null |
    grep -qF "MDeferred: $smrsh exited with EX_TEMPFAIL"; }
k=0
while ! deferred && [ $k -lt 300 ]; do
	sleep 0.1
	k=$((k + 1))
done
in_root mailq > "$D/mailq" 2>&1
deferred &&
    ok "tempfail: the notes deferred in sendmail's queue" ||
    { bad "tempfail: the notes not deferred"; cat "$D/mailq"; }
logged tempfail tempfail "/etc/mtss-recap.conf: Permission denied"
want_n tempfail mlopez 1
chmod 644 "$M/etc/mtss-recap.conf"
in_root /usr/sbin/sendmail -q > "$D/runq.log" 2>&1
settle && ok "tempfail: the queue run delivered the notes" ||
    bad "tempfail: still queued after the queue run"
logged tempfail sent "2 recipients"
want_n tempfail mlopez 2
f=$(message mlopez 2)
[ -n "$f" ] && /usr/bin/python3 tests/integration/check_recap.py "$f" &&
    ok "tempfail: the recap sent late parses" ||
    bad "tempfail: the late recap is wrong"

[ ! -e "$M/var/mail/root" ] && ok "no bounce to the postmaster" ||
    bad "the postmaster got mail"

echo "sendmail: $pass passed, $fail failed"
[ "$fail" = 0 ]
