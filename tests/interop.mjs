// interop.mjs: every golden recap read as Thunderbird and Nodemailer
// read it: mailparser (Nodemailer's MIME parser) for the message and
// ical.js (Mozilla's iCalendar library, the one in Thunderbird) for the
// invitation.  The start of each invitation, worked out by ical.js from
// our trimmed VTIMEZONE, must be the instant the notes meant, worked
// out independently from Node's own zone data (Intl).
//
// usage: node tests/interop.mjs tests/out/NAME.eml ...
// Each NAME.eml needs its NAME.json (from golden.sh) beside it.
// Prints one line per check and "interop-js: N passed, N failed".

import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('js/', import.meta.url));
const ICAL = require('ical.js');
const { simpleParser } = require('mailparser');

let passed = 0, failed = 0;

function check(name, what, ok, why) {
	if (ok) {
		passed++;
		console.log(`ok - ${name}: ${what}`);
	} else {
		failed++;
		console.log(`FAIL - ${name}: ${what}: ${why}`);
	}
}

// Milliseconds the zone is ahead of UTC at instant t.
function zoneOffset(t, tz) {
	const f = new Intl.DateTimeFormat('en-US', { timeZone: tz,
	    hourCycle: 'h23', year: 'numeric', month: 'numeric',
	    day: 'numeric', hour: 'numeric', minute: 'numeric',
	    second: 'numeric' });
	const p = Object.fromEntries(f.formatToParts(new Date(t))
	    .map((x) => [x.type, x.value]));
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute,
	    p.second) - t;
}

// "2027-01-14T09:00:00" on the wall clock of tz, as seconds since 1970.
function instant(wall, tz) {
	const [d, t] = wall.split('T');
	const [y, mo, da] = d.split('-').map(Number);
	const [h, mi, s] = t.split(':').map(Number);
	const guess = Date.UTC(y, mo - 1, da, h, mi, s);
	let at = guess - zoneOffset(guess, tz);
	at = guess - zoneOffset(at, tz);
	return at / 1000;
}

function calendars(mail) {
	return mail.attachments.filter((a) =>
	    /^(text\/calendar|application\/ics)$/.test(a.contentType));
}

function checkEvent(name, text, want) {
	const root = new ICAL.Component(ICAL.parse(text));
	const method = root.getFirstPropertyValue('method');
	const next = want.next;
	check(name, 'ical.js reads a VCALENDAR', root.name === 'vcalendar',
	    root.name);
	check(name, 'METHOD as the notes say', method === (next.cancel ?
	    'CANCEL' : 'REQUEST'), method);
	for (const z of root.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(z);
	const ev = new ICAL.Event(root.getFirstSubcomponent('vevent'));
	check(name, 'UID present', !!ev.uid, 'none');
	check(name, 'one ATTENDEE per leader', ev.attendees.length ===
	    want.to.length, `got ${ev.attendees.length}, want ` +
	    want.to.length);
	if (next.start === null)
		return;
	if (next.all_day) {
		check(name, 'all-day start', ev.startDate.isDate &&
		    ev.startDate.toString() === next.start,
		    `got ${ev.startDate}, want ${next.start}`);
		return;
	}
	const tz = next.tzid === 'UTC' ? 'UTC' : next.tzid;
	for (const [what, got, wall] of [['start', ev.startDate, next.start],
	    ['end', ev.endDate, next.end]]) {
		const t = instant(wall, tz);
		check(name, `${what} is ${wall} in ${tz}`,
		    got.toUnixTime() === t,
		    `got ${got.toUnixTime()}, want ${t}`);
	}
}

async function one(path) {
	const name = path.replace(/.*\//, '');
	const want = JSON.parse(fs.readFileSync(path.replace(/\.eml$/,
	    '.json')));
	const mail = await simpleParser(fs.readFileSync(path));
	check(name, 'mailparser reads a subject',
	    /^MTSS coaching recap/.test(mail.subject || ''), mail.subject);
	check(name, 'text and HTML bodies', (mail.text || '')
	    .startsWith('Hello') && /Hello/.test(mail.html || ''),
	    'a body is missing');
	const cals = calendars(mail);
	if (want.next === null) {
		check(name, 'no invitation when none is due', cals.length ===
		    0, `got ${cals.length} calendar parts`);
		return;
	}
	check(name, 'the invitation, inline and as invite.ics',
	    cals.length === 2 && cals.some((a) => a.filename ===
	    'invite.ics'), `got ${cals.map((a) => a.filename)}`);
	for (const a of cals)
		checkEvent(name, a.content.toString('utf8'), want);
}

const paths = process.argv.slice(2);
for (const p of paths) {
	try {
		await one(p);
	} catch (e) {
		check(p, 'parses', false, `${e.name}: ${e.message}`);
	}
}
console.log(`interop-js: ${passed} passed, ${failed} failed`);
process.exit(failed || paths.length === 0 ? 1 : 0);
