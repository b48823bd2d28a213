/**
 * Reading a raw message as nodemailer writes it, for the local mail catcher (`npm run dev:mail`)
 * and the tests' SMTP server: the subject and the plain-text part, decoded.
 */

/** The Subject header, its encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) decoded; '' when there is none. */
export function subjekDari(mentah: string): string {
  const m = mentah.match(/^Subject: (.*(?:\r?\n[ \t].*)*)/im);
  if (!m) return '';
  return m[1]!.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_a, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** The text/plain part, base64 or quoted-printable decoded; '' when there is none. */
export function teksBiasa(mentah: string): string {
  const m = mentah.match(/Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*?\r?\n([\s\S]*?)(?:\r?\n--[^\r\n]+|$)/i);
  if (!m) return '';
  const kepala = mentah.slice(m.index, m.index! + m[0].length - m[1]!.length);
  const isi = m[1]!;
  if (/Content-Transfer-Encoding: base64/i.test(kepala)) return Buffer.from(isi.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(kepala)) {
    const bytes = isi.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_a, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return isi;
}
