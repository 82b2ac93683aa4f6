/**
 * Answers a feature needs from the background (a compliance nudge, a first-leg plan). A
 * pass is synchronous, so a feature asks once per question and renders what it has; the
 * answer's arrival asks for another pass. Kept for the content script's life: the same
 * question on the next pass is not sent again.
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

export class BackgroundAnswers<T> {
  private readonly answers = new Map<string, Answer<T> | 'asked'>();

  /** The answer to `key`, or null while it is on its way (then `ask` runs, once). */
  read(key: string, ask: () => Promise<T>, arrived: () => void): Answer<T> | null {
    const known = this.answers.get(key);
    if (known === 'asked') return null;
    if (known) return known;
    this.answers.set(key, 'asked');
    ask()
      .then(
        (value) => this.answers.set(key, { ok: true, value }),
        (error: unknown) =>
          this.answers.set(key, {
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      )
      .finally(arrived);
    return null;
  }
}
