// The floor under the quiz step: the same probe, clicks and CPU rates on a
// bare page that does the least a question step can do (plain DOM, no
// framework: a legend and four radio labels rewritten, the radios cleared,
// focus moved to the question and a live region told). What the quiz takes
// beyond this is the quiz's; what this takes is the browser's and the
// measurement's own (the click, a frame, the task after it) on this machine.

/** Path the bench answers with the bare page (never part of the site). */
export const FLOOR_PATH = '/__bench/floor/';

/** Questions the bare page asks before its review. */
const STEPS = 20;

export const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}fieldset{border:0;padding:0}legend{font-size:1.5rem;font-weight:700}
.o{display:flex;gap:.75rem;padding:.75rem 1rem;border:1px solid #ccc;border-radius:6px;margin:.5rem 0}.o label{display:flex;flex-direction:column}.o small{color:#555}</style></head>
<body><main><p role="status" id="live"></p><form><fieldset><legend tabindex="-1">Question 1: which way?</legend>
${[0, 1, 2, 3].map((i) => `<div class="o"><input type="radio" name="q-floor" id="o${i}" value="v${i}"><label for="o${i}"><b>Option ${i + 1} of question 1</b><small>A hint that explains option ${i + 1} in a sentence.</small></label></div>`).join('')}
</fieldset><button type="submit">Next</button></form></main>
<script>
let n = 1;
const form = document.querySelector('form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  n += 1;
  if (n > ${STEPS}) { const review = document.createElement('h2'); review.textContent = 'Review'; form.replaceWith(review); return; }
  const legend = form.querySelector('legend');
  legend.textContent = 'Question ' + n + ': which way?';
  form.querySelectorAll('.o').forEach((o, i) => {
    o.querySelector('input').checked = false;
    o.querySelector('b').textContent = 'Option ' + (i + 1) + ' of question ' + n;
  });
  legend.focus();
  document.getElementById('live').textContent = 'Question ' + n;
});
</script></body></html>`;
