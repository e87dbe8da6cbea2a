// Renders the README's two screenshots from the built site, with the same
// Chromium the tests use: docs/screenshot.png (the home page on a desktop,
// 1280×900) and docs/screenshot-phone.png (the quiz's second question on a
// 360×640 phone, the size the phone tests hold the layout to).
// Run by hand after changing the design (needs `npm run build` first):
//   npm exec -- node scripts/readme-screenshots.mjs
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.PW_PORT ?? 4399);
const base = `http://127.0.0.1:${PORT}`;
const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  // Its own process group, so the server and the children it starts stop together.
  detached: true,
});

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer on ${base}`);
}

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await desktop.goto(`${base}/`);
  await desktop.screenshot({ path: 'docs/screenshot.png' });

  const phone = await browser.newPage({ viewport: { width: 360, height: 640 }, colorScheme: 'light', hasTouch: true, isMobile: true });
  await phone.goto(`${base}/quiz/`);
  await phone.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  // Answer the first question as a reader would; the second then fills the screen.
  await phone.getByRole('radio').first().check();
  await phone.getByRole('button', { name: 'Next' }).click();
  await phone.locator('.quiz[data-started] .quiz-question:focus').waitFor();
  await phone.mouse.move(0, 0); // no hover highlight left on an option
  await phone.screenshot({ path: 'docs/screenshot-phone.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png and docs/screenshot-phone.png');
} finally {
  if (server.pid) process.kill(-server.pid);
}
