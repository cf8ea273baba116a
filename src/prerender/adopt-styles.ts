/**
 * The prerendered HTML carries no `style="…"` attribute (the strict CSP refuses them):
 * scripts/prerender-plugin.ts turned each inline style of the render into a class `fs-<n>`
 * of the first-screen stylesheet (`#root .fs-<n>{…}`, with a phone-width media rule where
 * the phone render differs). Before React hydrates, adoptPrerenderedStyles gives each such
 * element the declarations of its class as inline style (through the CSSOM, which the CSP
 * allows) and removes the class, so the DOM is what the client's own render makes: a later
 * update of the element's class or style starts from the same values React holds, and the
 * element never loses its size.
 */

/** A first-screen class name: `fs-` and a number. */
const FIRST_SCREEN_CLASS = /^fs-\d+$/;
/** The plugin's selector of one class: `#root .fs-<n>` (first in its list). */
const FIRST_SCREEN_RULE = /^#root \.(fs-\d+)(?:,|$)/;

/**
 * The declarations of every first-screen class that apply now, by class name, in cascade
 * order (a media rule that matches comes after the plain rule). Style sheets that cannot be
 * read (another origin) are skipped.
 */
function firstScreenRules(doc: Document): Map<string, CSSStyleDeclaration[]> {
  const rules = new Map<string, CSSStyleDeclaration[]>();
  const add = (rule: CSSRule) => {
    if (!(rule instanceof doc.defaultView!.CSSStyleRule)) return;
    const cls = FIRST_SCREEN_RULE.exec(rule.selectorText)?.[1];
    if (!cls) return;
    rules.set(cls, [...(rules.get(cls) ?? []), rule.style]);
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(list)) {
      if (rule instanceof doc.defaultView!.CSSMediaRule) {
        if (doc.defaultView!.matchMedia?.(rule.media.mediaText).matches)
          Array.from(rule.cssRules).forEach(add);
      } else add(rule);
    }
  }
  return rules;
}

/**
 * Replaces every `fs-<n>` class under `root` by its declarations as inline style (see the
 * module comment). Returns how many elements it changed.
 */
export function adoptPrerenderedStyles(root: HTMLElement): number {
  const doc = root.ownerDocument;
  const rules = firstScreenRules(doc);
  let changed = 0;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[class*="fs-"]'))) {
    const classes = Array.from(el.classList).filter((c) => FIRST_SCREEN_CLASS.test(c));
    if (classes.length === 0) continue;
    for (const cls of classes) {
      for (const decl of rules.get(cls) ?? [])
        for (let i = 0; i < decl.length; i++) {
          const name = decl[i]!;
          el.style.setProperty(name, decl.getPropertyValue(name), decl.getPropertyPriority(name));
        }
      el.classList.remove(cls);
    }
    if (el.classList.length === 0) el.removeAttribute('class');
    changed++;
  }
  return changed;
}
