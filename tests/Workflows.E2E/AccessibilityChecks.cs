namespace Workflows.E2E;

/// <summary>
/// In-page accessibility checks (axe-core is not available offline): landmarks, a label for every field,
/// heading order, names for links/buttons/icons/charts, and WCAG AA contrast of the site's own colours.
/// Returns a list of problems; empty means the page passed.
/// </summary>
public static class AccessibilityChecks
{
    public const string Script = """
        () => {
          const problems = [];
          const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
          const count = sel => document.querySelectorAll(sel).length;
          if (count('main') !== 1) problems.push('exactly one <main> expected');
          if (count('body > header, header.it-header-wrapper') < 1) problems.push('no banner <header>');
          if (count('footer') < 1) problems.push('no <footer>');
          if (count('nav[aria-label]') < 1) problems.push('no labelled <nav>');
          if (!document.documentElement.lang) problems.push('<html> has no lang');
          if (!document.title.trim()) problems.push('empty <title>');

          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
            const named = (el.labels && el.labels.length > 0 && [...el.labels].some(l => l.textContent.trim())) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
            if (!named) problems.push('field without label: ' + (el.id || el.name));
          }

          const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
          if (headings.filter(h => h.tagName === 'H1').length !== 1) problems.push('exactly one <h1> expected');
          let previous = 0;
          for (const h of headings) {
            const level = +h.tagName[1];
            if (previous && level > previous + 1) problems.push(`heading jumps from h${previous} to h${level}: ${h.textContent.trim()}`);
            previous = level;
          }

          for (const svg of document.querySelectorAll('svg')) {
            const hidden = svg.getAttribute('aria-hidden') === 'true';
            const labelled = svg.getAttribute('role') === 'img' && svg.getAttribute('aria-label');
            if (!hidden && !labelled) problems.push('svg icon neither hidden nor labelled');
          }
          for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.src);
          for (const c of document.querySelectorAll('canvas')) if (c.getAttribute('role') !== 'img' || !c.getAttribute('aria-label')) problems.push('canvas without role=img and label');
          for (const el of document.querySelectorAll('a[href], button')) {
            if (!visible(el)) continue;
            const name = (el.textContent || '').trim() || el.getAttribute('aria-label') || el.getAttribute('title');
            if (!name) problems.push('link or button without a name: ' + el.outerHTML.slice(0, 80));
          }
          const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
          const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
          if (dupes.length) problems.push('duplicate ids: ' + [...new Set(dupes)].join(', '));

          const rgb = s => { const m = s.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const background = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const custom = '.site-nav a, .site-languages a, .site-user, .site-owner, .site-signout, .site-badge, .site-steps li, .site-timeline time, .site-count, .site-footer-about, .it-brand-title, .it-brand-tagline, .btn-primary, .btn-outline-primary, .btn-outline-danger, .alert, label, .form-text, table caption, th, td';
          for (const el of document.querySelectorAll(custom)) {
            if (!visible(el) || !el.textContent.trim()) continue;
            const s = getComputedStyle(el);
            const fg = rgb(s.color), bg = background(el);
            if (!fg) continue;
            const l1 = lum(fg), l2 = lum(bg);
            const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
            const large = size >= 24 || (bold && size >= 18.66);
            if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)} of "${el.textContent.trim().slice(0, 30)}" (${s.color} on rgb(${bg.r}, ${bg.g}, ${bg.b}))`);
          }
          return problems;
        }
        """;

    /// <summary>Describes the focused element and whether its focus is visible (outline or box-shadow).</summary>
    public const string Focused = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { id: '', text: '', tag: 'BODY', visible: false };
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const r = el.getBoundingClientRect();
          return { id: el.id || '', text: (el.textContent || el.value || '').trim().slice(0, 40), tag: el.tagName, visible: (outline || shadow) && r.width > 0 && r.height > 0 };
        }
        """;
}
