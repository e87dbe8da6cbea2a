import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prunePolicy } from '../../src/integrations/prune-csp-hashes.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('pruning CSP hashes per page', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('q{}')}`;
  const html = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script><script type="module" src="/x.js"></script></body></html>`;

  it("keeps the hashes of the page's own inline code and every other source", () => {
    const out = prunePolicy(html)!;
    const csp = /content="([^"]*)"/.exec(out)![1]!;
    expect(csp).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(style)}`);
  });

  it('drops hashes the page does not use, so nothing new may run', () => {
    const out = prunePolicy(html)!;
    expect(out).not.toContain(hash('other()'));
    expect(out).not.toContain(hash('q{}'));
  });

  it('leaves pages without a policy alone', () => {
    expect(prunePolicy('<html><body>hi</body></html>')).toBeNull();
  });
});
