/**
 * The page's one script: filters, selection and keyboard navigation. It
 * reads only the page's own `data-` attributes — never article text as code
 * — and is allowed by the page's Content Security Policy through its hash,
 * so no other script (an injected one included) can run.
 *
 * - Severity checkboxes and the rule menu hide findings; counts follow.
 * - Selecting a finding (click, Enter or Space on its button) highlights
 *   every piece of its evidence in the article and scrolls the first into
 *   view; `j`/`k` or the arrow keys move between visible findings, Escape
 *   clears the selection. Clicking highlighted evidence selects its finding.
 * - "Show claims" and the kind checkboxes draw claims on demand, through
 *   classes on the file's section, so the article stays readable.
 * - A timeline or alias link in the entities panel scrolls to its place and
 *   flashes it, claims shown or not.
 */
export const pageScript = `(() => {
  'use strict';
  const all = (root, selector) => Array.from(root.querySelectorAll(selector));
  for (const file of all(document, 'section.file')) {
    const findings = all(file, '.finding');
    const severity = all(file, 'input[data-severity]');
    const rule = file.querySelector('select.rule-filter');
    const shown = file.querySelector('.shown-count');
    const apply = () => {
      const on = new Set(severity.filter((box) => box.checked).map((box) => box.dataset.severity));
      const wanted = rule ? rule.value : '';
      let count = 0;
      for (const item of findings) {
        const visible = on.has(item.dataset.severity) && (wanted === '' || item.dataset.rule === wanted);
        item.closest('li').hidden = !visible;
        if (visible) count++;
      }
      if (shown) shown.textContent = String(count);
    };
    for (const box of severity) box.addEventListener('change', apply);
    if (rule) rule.addEventListener('change', apply);
    const select = (item) => {
      for (const mark of all(file, 'mark.active')) mark.classList.remove('active');
      for (const other of findings) other.setAttribute('aria-pressed', String(other === item));
      if (!item) return;
      const marks = all(file, 'mark[data-f="' + item.dataset.id + '"]');
      for (const mark of marks) mark.classList.add('active');
      if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
      const status = file.querySelector('.selection-status');
      if (status) status.textContent = 'Selected: ' + item.dataset.label + ', ' + marks.length + ' piece' + (marks.length === 1 ? '' : 's') + ' of evidence highlighted';
    };
    for (const item of findings) {
      item.addEventListener('click', () => select(item));
      item.addEventListener('keydown', (event) => {
        const visible = findings.filter((other) => !other.closest('li').hidden);
        const at = visible.indexOf(item);
        let target = null;
        if (event.key === 'ArrowDown' || event.key === 'j') target = visible[at + 1];
        else if (event.key === 'ArrowUp' || event.key === 'k') target = visible[at - 1];
        else if (event.key === 'Escape') select(null);
        if (target) {
          event.preventDefault();
          target.focus();
          select(target);
        }
      });
    }
    for (const mark of all(file, 'mark[data-f]')) {
      mark.addEventListener('click', () => {
        const item = file.querySelector('.finding[data-id="' + mark.dataset.f + '"]');
        if (item) {
          item.closest('li').hidden = false;
          item.focus();
          select(item);
        }
      });
    }
    const claims = file.querySelector('input.show-claims');
    const kinds = all(file, 'input[data-kind]');
    const drawClaims = () => {
      file.classList.toggle('claims-on', Boolean(claims && claims.checked));
      for (const box of kinds) file.classList.toggle('hide-' + box.dataset.kind, !box.checked);
      for (const box of kinds) box.disabled = !(claims && claims.checked);
    };
    if (claims) claims.addEventListener('change', drawClaims);
    for (const box of kinds) box.addEventListener('change', drawClaims);
    drawClaims();
    for (const link of all(file, 'a.place')) {
      link.addEventListener('click', (event) => {
        const target = document.getElementById(link.getAttribute('href').slice(1));
        if (!target) return;
        event.preventDefault();
        for (const old of all(file, '.flash')) old.classList.remove('flash');
        target.classList.add('flash');
        target.scrollIntoView({ block: 'center' });
      });
    }
    apply();
  }
})();`;
