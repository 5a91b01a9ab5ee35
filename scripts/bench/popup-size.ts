/**
 * The popup's own bundle: popup.html and every file it loads (its entry chunk and the chunks that
 * one imports statically, followed through `from"./x.js"`), raw and gzip (level 9), JS and CSS apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

export function popupBundle(extDir: string) {
  const html = readFileSync(join(extDir, 'popup.html'));
  const files = new Set<string>();
  const queue = [...html.toString().matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const f = queue.shift()!;
    if (files.has(f) || !existsSync(join(extDir, f))) continue;
    files.add(f);
    if (!f.endsWith('.js')) continue;
    const text = readFileSync(join(extDir, f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.(?:js|css))"/g)) queue.push(posix.join(posix.dirname(f), m[1]!));
  }
  const inlineCss = [...html.toString().matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const sum = (ext: string) => {
    const list = [...files].filter((f) => f.endsWith(ext));
    const all = Buffer.concat(list.map((f) => readFileSync(join(extDir, f))));
    return { files: list, raw: all.length, gzip: all.length ? gz(all) : 0 };
  };
  const js = sum('.js');
  const css = sum('.css');
  return {
    html: { raw: html.length, gzip: gz(html), inlineCssRaw: Buffer.byteLength(inlineCss) },
    js,
    css,
    /** Everything the popup loads (html + js + css files), each gzipped on its own as served. */
    totalRaw: html.length + js.raw + css.raw,
    totalGzip: gz(html) + [...files].reduce((n, f) => n + gz(readFileSync(join(extDir, f))), 0),
  };
}
