import { z } from 'zod';

/** Messages the extension's pages send to the background script, validated on arrival. */
export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Clip a text (a selection or pasted ad) from a page as a posting. */
  z.object({
    type: z.literal('clip-text'),
    text: z.string().min(1).max(1_000_000),
    url: z.string().max(10_000),
    title: z.string().max(2_000),
  }),
]);
export type Message = z.infer<typeof Message>;

export type Reply =
  | { ok: true; type: 'pong' }
  | { ok: true; type: 'clipped'; status: 'created' | 'updated'; postingId: string; title: string }
  | { ok: false; error: string };
