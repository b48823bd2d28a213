/**
 * The ceiling for `npm run bench`: a bare Express 5 + EJS page of about the size of a SIKAP page,
 * no session, no database. Run as its own process; prints "Siap <port>".
 */
import http from 'node:http';
import express from 'express';
import ejs from 'ejs';

const template = ejs.compile(
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title><%= title %></title></head><body>
<header><nav><% for (const n of nav) { %><a href="<%= n.href %>"><%= n.label %></a> <% } %></nav></header>
<main><h1><%= title %></h1><table><% for (const r of rows) { %><tr><td><%= r.nama %></td><td><%= r.status %></td></tr><% } %></table></main></body></html>`,
);
const nav = ['Beranda', 'Penilaian saya', 'Tim saya', 'Pengembangan', 'Sosialisasi'].map((label, i) => ({ href: `/n${i}`, label }));
const rows = Array.from({ length: 25 }, (_, i) => ({ nama: `Pegawai ${i}`, status: i % 2 ? 'Draf' : 'Dikirim' }));

const app = express();
app.disable('x-powered-by');
app.get('/', (_req, res) => {
  res.type('html').send(template({ title: 'Halo', nav, rows }));
});
const server = http.createServer(app);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const a = server.address();
  console.log(`Siap ${typeof a === 'object' && a ? a.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
