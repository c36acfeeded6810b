/*
 * The DOM side of <situation-check> (situation-check.ts), no data: the server-rendered page
 * says everything: which questions to show, where each option leads (its link), which option
 * is chosen (aria-current) and what to announce.
 */
const RADIO_CLASS = 'size-5 shrink-0 accent-(--c-accent)';

/** Turns every option link under `root` into a radio button with the link's target as its value. */
export function upgradeOptions(root: Element): void {
  const doc = root.ownerDocument;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-question] [data-option] > a')) {
    const question = link.closest<HTMLElement>('[data-question]')?.dataset['question'] ?? '';
    const label = doc.createElement('label');
    label.className = link.className;
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = `situation-${question}`;
    input.value = link.getAttribute('href') ?? '';
    input.checked = link.getAttribute('aria-current') === 'page';
    input.className = RADIO_CLASS;
    link.querySelector('[data-dot]')?.remove();
    label.append(input, ...link.childNodes);
    link.replaceWith(label);
  }
}

/**
 * Makes `current` show the state of `next` (an upgraded copy from the answer page) without
 * rebuilding what the reader is using: a question still shown keeps its radios (and so the
 * focus), with their targets and choice updated; new questions are added in order, old ones
 * removed, and the result ([data-swap]) replaced. Returns what to announce.
 */
export function mergeState(current: Element, next: Element): string {
  const container = current.querySelector('[data-questions]');
  if (!container) return '';
  const old = new Map(
    [...container.querySelectorAll<HTMLElement>('[data-question]')].map((set) => [set.dataset['question'], set]),
  );
  let previous: Element | null = null;
  const kept = new Set<Element>();
  for (const fresh of next.querySelectorAll<HTMLElement>('[data-question]')) {
    const existing = old.get(fresh.dataset['question']);
    let shown: Element = fresh;
    if (existing) {
      const inputs = [...fresh.querySelectorAll('input')];
      existing.querySelectorAll('input').forEach((input, index) => {
        input.value = inputs[index]?.value ?? input.value;
        input.checked = inputs[index]?.checked ?? false;
      });
      shown = existing;
    } else {
      container.insertBefore(fresh, previous ? previous.nextSibling : container.firstChild);
    }
    kept.add(shown);
    previous = shown;
  }
  for (const set of old.values()) if (!kept.has(set)) set.remove();
  // The link down to the plan stays where it is (or absent): adding it above the question
  // being answered would shift the page under the reader. Only its count follows the plan.
  const jump = current.querySelector<HTMLElement>('[data-jump]');
  const link = jump?.querySelector('a');
  if (jump && link) {
    const fresh = next.querySelector('[data-jump] a');
    jump.hidden = !fresh;
    if (fresh) link.textContent = fresh.textContent;
  }
  for (const part of current.querySelectorAll<HTMLElement>('[data-swap]')) {
    const fresh = next.querySelector(`[data-swap="${part.dataset['swap']}"]`);
    if (fresh) part.replaceWith(fresh);
  }
  return current.querySelector<HTMLElement>('[data-announce]')?.dataset['announce'] ?? '';
}
