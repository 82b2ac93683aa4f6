/**
 * A rules feed is an https address (docs/decisions.md#feeds); the host permission asked for
 * at subscribe time covers exactly its origin.
 */

/** The normalised address, or null when it is not an https URL without credentials. */
export function parseFeedUrl(input: string): URL | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  url.hash = '';
  return url;
}

/** The match pattern for `permissions.request({ origins })`: this origin only. */
export function originPattern(url: URL): string {
  return `${url.origin}/*`;
}
