import * as z from 'zod/mini';

/** Messages the extension's pages send to the background script, validated on arrival. */
export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Clip a text (a selection or pasted ad) from a page as a posting. */
  z.object({
    type: z.literal('clip-text'),
    text: z.string().check(z.minLength(1), z.maxLength(1_000_000)),
    url: z.string().check(z.maxLength(10_000)),
    title: z.string().check(z.maxLength(2_000)),
  }),
  /** Clip the text selected in a tab: what the context-menu item does, also asked for by message. */
  z.object({ type: z.literal('clip-selection'), tabId: z.int().check(z.nonnegative()) }),
  /** Fold the saved postings into the matcher's stored profiles again (asked for by the popup). */
  z.object({ type: z.literal('refresh-profiles') }),
]);
export type Message = z.infer<typeof Message>;

export type Reply =
  | { ok: true; type: 'pong' }
  | { ok: true; type: 'clipped'; status: 'created' | 'updated'; postingId: string; title: string }
  | { ok: true; type: 'refreshed' }
  | { ok: false; error: string };
