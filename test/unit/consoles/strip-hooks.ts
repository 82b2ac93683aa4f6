/**
 * A console page after a redesign that renamed every hook: the same document without its
 * `class` and `data-*` attributes (ids stay: a `<label for>` needs them). For tests.
 */
export function withoutHooks(doc: Document): Document {
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'class' || attr.name.startsWith('data-')) el.removeAttribute(attr.name);
    }
  }
  return doc;
}
