/**
 * The bench's floor: a minimal MV3 extension whose content script is `void 0;`, with the shipped
 * manifest's matches, run_at and all_frames (read from the build, so it follows any change there).
 * Made at bench time in a temp folder the harness removes at exit at the latest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeFloorExtension(outDir: string, makeProfile: (prefix: string) => string) {
  const shipped = JSON.parse(readFileSync(join(outDir, 'chrome-mv3/manifest.json'), 'utf8'));
  const contentScripts = (shipped.content_scripts as { matches: string[]; run_at?: string; all_frames?: boolean }[]).map((cs) => ({
    matches: cs.matches,
    ...(cs.run_at ? { run_at: cs.run_at } : {}),
    ...(cs.all_frames ? { all_frames: cs.all_frames } : {}),
    js: ['content.js'],
  }));
  const dir = makeProfile('bench-floor');
  const manifest = { manifest_version: 3, name: 'Bench floor (empty content script)', version: '0.0.0', content_scripts: contentScripts };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  return { dir, contentScripts };
}
