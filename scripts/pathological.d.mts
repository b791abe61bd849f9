/** A pathological article, built at any size. */
export interface PathologicalCase {
  name: string;
  about: string;
  /** a text of about `length` UTF-16 code units, never more */
  make(length: number): string;
}

/** A quotation that pairs cleanly wherever it stands among other marks. */
export const CLEAN: string;

export const CASES: readonly PathologicalCase[];
