/** The project a row message is about, as a prefix in each language ('' when the table has no name column). */
export function who(name: string): { who: string; whoEn: string } {
  return name ? { who: `「${name}」`, whoEn: `"${name}": ` } : { who: '', whoEn: '' };
}
