/**
 * `shown` is `text` with some of its spaces made line breaks, and nothing else changed: what
 * `--show` gives back once colors and labels are taken out of its wrapped lines.
 */
export function wrappedFrom(shown: string, text: string): boolean {
  if (shown.length !== text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (shown[i] !== text[i] && !(shown[i] === '\n' && text[i] === ' ')) return false;
  }
  return true;
}
