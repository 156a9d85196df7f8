# postfix-env.sh: a private Postfix instance for the integration tests.
#
# Sourced by tests/integration/postfix.sh.  Everything lives under $D:
# its own configuration directory (postfix -c), queue, data and
# Maildirs; it listens on 127.0.0.1 at an unusual port, relays nothing,
# asks no DNS, and is stopped by pf_stop.  /etc/postfix is only read.
#
# Mail for district.example goes through aliases (recap in the map of
# contrib/postfix, the coach in the instance's own) or the mtss pipe(8)
# transport (recap-pipe); lincoln.example.org is a
# virtual Maildir domain for the school leader.

PF_PORT=${PF_PORT:-10025}
PF_USER=mtssrecap

# A user for the pipe: Postfix will not run a command as root.
pf_user() {
	id "$PF_USER" > /dev/null 2>&1 ||
	    useradd -r -M -d /nonexistent -s /usr/sbin/nologin "$PF_USER"
}

pf_configure() {	# the mtss-recap binary to install
	mkdir -p "$D/etc" "$D/queue" "$D/data" "$D/bin" "$D/state" \
	    "$D/mail/lincoln" "$D/mail/coach" "$D/mail/postmaster"
	chmod 755 "$D"
	cp "$1" "$D/bin/mtss-recap"
	uid=$(id -u $PF_USER) gid=$(id -g $PF_USER)

	# mtss-recap's sendmail.  The instance's own sendmail -C would do,
	# but for a user other than root Postfix accepts -C only for a
	# directory listed in /etc/postfix/main.cf, which the test must not
	# touch; so this stand-in takes the same fixed arguments and hands
	# the message to the instance's smtpd on loopback instead.
	cat > "$D/bin/sendmail" <<EOF
#!/usr/bin/python3
import smtplib, sys
a = sys.argv[1:]
if a[:2] != ['-i', '-f'] or len(a) < 5 or a[3] != '--':
    sys.exit(64)
sender = '' if a[2] == '<>' else a[2]
try:
    with smtplib.SMTP('127.0.0.1', $PF_PORT, timeout=20) as s:
        s.sendmail(sender, a[4:], sys.stdin.buffer.read())
except (OSError, smtplib.SMTPException):
    sys.exit(75)
EOF
	chmod 755 "$D/bin/sendmail"

	cat > "$D/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $D/queue
data_directory = $D/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.district.example
mydomain = district.example
myorigin = district.example
mydestination = district.example, localhost
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost =
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
default_transport = error:no relaying from this test instance
disable_dns_lookups = yes
smtp_dns_support_level = disabled
local_recipient_maps = \$alias_maps hash:$D/etc/transport
transport_maps = hash:$D/etc/transport
virtual_mailbox_domains = lincoln.example.org
virtual_mailbox_base = $D/mail
virtual_mailbox_maps = hash:$D/etc/vmailbox
virtual_uid_maps = static:$uid
virtual_gid_maps = static:$gid
maillog_file = $D/maillog
maillog_file_prefixes = $D
biff = no
smtputf8_enable = no
mtss_destination_recipient_limit = 1
EOF
	# alias_maps, alias_database, recipient_delimiter as contrib has them.
	sed -e "s|/etc/postfix/mtss-recap-aliases|$D/etc/mtss-recap-aliases|g" \
	    -e "s|/etc/aliases|$D/etc/aliases|g" -e '/^#/d' \
	    contrib/postfix/main.cf >> "$D/etc/main.cf"
	# The Postfix example for each kind, as contrib/postfix/ gives it.
	sed -e "s|/usr/local/bin/mtss-recap|$D/bin/mtss-recap|" \
	    -e "s|/etc/mtss-recap.conf|$D/etc/mtss-recap.conf|" \
	    -e '/^#/d' contrib/postfix/mtss-recap-aliases \
	    > "$D/etc/mtss-recap-aliases"
	# The instance's own aliases: the coach's and postmaster's Maildirs.
	cat > "$D/etc/aliases" <<EOF
jreyes: $D/mail/coach/
postmaster: $D/mail/postmaster/
EOF
	echo "recap-pipe@district.example mtss:" > "$D/etc/transport"
	echo "mlopez@lincoln.example.org lincoln/" > "$D/etc/vmailbox"

	# master.cf: the package's, on our port, nothing chrooted, plus
	# the pipe(8) transport from contrib/postfix/master.cf.
	awk -v port="$PF_PORT" '
	    /^smtp[ \t]+inet/ { $1 = "127.0.0.1:" port }
	    /^[a-z]/ && NF >= 8 { $5 = "n" }
	    /^#/ || /^$/ { next }
	    { print }' /etc/postfix/master.cf > "$D/etc/master.cf"
	sed -e "s|/usr/local/bin/mtss-recap|$D/bin/mtss-recap|" \
	    -e "s|/etc/mtss-recap.conf|$D/etc/mtss-recap.conf|" \
	    -e '/^#/d' contrib/postfix/master.cf >> "$D/etc/master.cf"

	# Commands and files in aliases are delivered as the owner of the
	# alias database: the recap map's as contrib says, and here the
	# instance's aliases too, since the Maildirs are the test user's.
	postalias -c "$D/etc" "$D/etc/aliases" "$D/etc/mtss-recap-aliases"
	postmap -c "$D/etc" "$D/etc/transport" "$D/etc/vmailbox"
	chown $PF_USER "$D/etc/aliases" "$D/etc/aliases.db" \
	    "$D/etc/mtss-recap-aliases" "$D/etc/mtss-recap-aliases.db"
	chown -R $PF_USER:$gid "$D/mail" "$D/state"
	chown postfix "$D/data"
}

pf_start() {
	postfix -c "$D/etc" check > "$D/check.log" 2>&1 &&
	    postfix -c "$D/etc" start > "$D/start.log" 2>&1
}

# Stop the instance and make sure its master is gone.
pf_stop() {
	pid=$(cat "$D/queue/pid/master.pid" 2>/dev/null | tr -d ' ')
	postfix -c "$D/etc" stop > /dev/null 2>&1
	n=0
	while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ $n -lt 100 ]
	do
		sleep 0.1
		n=$((n + 1))
	done
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
	return 0
}

# Wait until dir holds n messages (new/), at most 60 s.
pf_wait() {	# dir, n
	k=0
	while [ "$(ls "$1/new" 2>/dev/null | wc -l)" -lt "$2" ] &&
	    [ $k -lt 600 ]; do
		[ $((k % 20)) = 19 ] &&
		    postfix -c "$D/etc" flush > /dev/null 2>&1
		sleep 0.1
		k=$((k + 1))
	done
	[ "$(ls "$1/new" 2>/dev/null | wc -l)" -ge "$2" ]
}
