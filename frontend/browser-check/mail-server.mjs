// Talks to the demo's in-process mail server the way another device would: SMTP delivery (RFC 5321) on its
// loopback port, so a browser check can make mail arrive without going through the page under test.
import net from 'node:net';

/** Delivers one short plain-text message from {@code from} to {@code to}. */
export async function deliver({ port = 3025, from = 'ann@example.test', to, subject, body = 'Hello.' }) {
  const message = [
    `From: Ann Example <${from}>`, `To: <${to}>`, `Subject: ${subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@browser-check.test>`,
    'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
  await deliverRaw({ port, from, to, messages: [Buffer.from(message, 'utf8')] });
}

/**
 * Delivers whole messages as they are (an .eml file's bytes) on one SMTP connection, in order: line ends made CRLF
 * and lines that start with a dot doubled (RFC 5321 4.5.2), so the mail server stores the very message written.
 */
export async function deliverRaw({ port = 3025, from, to, messages }) {
  const socket = net.connect(port, '127.0.0.1');
  socket.setTimeout(30_000, () => socket.destroy(new Error('SMTP timed out')));
  let buffered = '';
  const replies = [];
  let waiting = null;
  let failed = null;
  socket.on('error', (e) => { failed = e; if (waiting) { const w = waiting; waiting = null; w(); } });
  socket.on('data', (chunk) => {
    buffered += chunk.toString('latin1');
    let end;
    while ((end = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (/^\d{3} /.test(line)) {
        replies.push(line);
        if (waiting) { const w = waiting; waiting = null; w(); }
      }
    }
  });
  const reply = async () => {
    while (!replies.length && !failed) await new Promise((resolve) => { waiting = resolve; });
    if (failed) throw failed;
    const line = replies.shift();
    if (!/^[23]/.test(line)) throw new Error('SMTP refused: ' + line);
    return line;
  };
  const send = (command) => { socket.write(typeof command === 'string' ? command + '\r\n' : command); return reply(); };
  await reply();
  await send('EHLO browser-check.test');
  for (const message of messages) {
    const text = message.toString('latin1').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    await send(`MAIL FROM:<${from}>`);
    await send(`RCPT TO:<${to}>`);
    await send('DATA');
    await send(Buffer.from(text + (text.endsWith('\r\n') ? '' : '\r\n') + '.\r\n', 'latin1'));
  }
  await send('QUIT');
  socket.end();
}
