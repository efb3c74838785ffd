import { expect } from 'vitest';

const RESOURCE_ATTRIBUTES = ['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'style'];

/** Fails the test when the page would load anything from elsewhere: no http(s) or protocol-relative reference, no external resource element. */
export function expectSelfContained(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const name of RESOURCE_ATTRIBUTES) expect(el.getAttribute(name) ?? '', `${el.tagName} ${name}`).not.toMatch(/^\s*(?:https?:)?\/\/|url\(/i);
  }
  for (const style of Array.from(document.querySelectorAll('style'))) expect(style.textContent).not.toMatch(/url\(|@import|https?:\/\//i);
  for (const script of Array.from(document.querySelectorAll('script'))) {
    expect(script.getAttribute('src')).toBeNull();
    expect(script.textContent).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|import\(/);
  }
  expect(document.querySelectorAll('link, iframe, img, object, embed, base').length).toBe(0);
}
