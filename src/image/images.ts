// The `images:` input: `name/app`, or `name=name/app,enable=false` per line.
import { UserError } from '../shared/errors.js';
import { csvFields, type ImageEntry } from './rules.js';

/** `images:` entries: `name/app`, or `name=name/app,enable=false`; a single CSV line of bare
 * names is also accepted (metadata-action's old format). Names are lower-cased. */
export function parseImages(lines: readonly string[]): ImageEntry[] {
  if (lines.length === 1) {
    const fields = csvFields(lines[0] ?? '', 'images');
    if (fields.every((f) => !f.includes('='))) {
      return fields
        .map((f) => f.trim())
        .filter(Boolean)
        .map((name) => checkImage(name, true));
    }
  }
  return lines.map((line) => {
    let name = '';
    let enable = true;
    for (const field of csvFields(line, 'images')) {
      const at = field.indexOf('=');
      if (at <= 0) {
        name = field.trim();
        continue;
      }
      const key = field.slice(0, at).trim().toLowerCase();
      const value = field.slice(at + 1).trim();
      if (key === 'name') name = value;
      else if (key === 'enable' && ['true', 'false'].includes(value)) enable = value === 'true';
      else {
        throw new UserError(`Invalid images entry '${line}': unknown or bad '${key}'.`, {
          reason: 'invalid-images',
          hint: 'Write one image per line: name=<registry/name>[,enable=true|false].',
        });
      }
    }
    if (!name)
      throw new UserError(`Invalid images entry '${line}': empty name.`, {
        reason: 'invalid-images',
      });
    return checkImage(name, enable);
  });
}

function checkImage(raw: string, enable: boolean): ImageEntry {
  const name = raw.toLowerCase();
  // registry[:port]/path components of [a-z0-9] joined by . _ __ or -; no tag or digest here.
  const re =
    /^([a-z0-9.-]+(:[0-9]+)?\/)?[a-z0-9]+([._-]{1,2}[a-z0-9]+)*(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
  if (!re.test(name)) {
    throw new UserError(`Invalid image name '${raw}'.`, {
      reason: 'invalid-images',
      hint: 'Use registry/namespace/name without a tag, e.g. ghcr.io/acme/app.',
    });
  }
  return { name, enable };
}
