import { toHalfWidth } from './normalize';

/**
 * Item markers: the numbering or bullet in front of a list item. Shared by the section splitter
 * (which removes them from items) and by duplicate detection (which must ignore them).
 */

// 1、 1. 1） 1- (1) （1） 1: ① 一、 (一) • · - * # ● ◆ ■ ▪ ► ✓ √ ※ and the "?" that a lost bullet
// character turns into. Digits need a delimiter so "3年以上经验" keeps its number.
// Chat messages (a WeChat 招聘 post) bullet with emoji (✅ 👉 🔥 💰 📍) and number with keycaps (1️⃣);
// © ® ™ are pictographs too, but never bullets.
const EMOJI = '(?:(?![©®™])\\p{Extended_Pictographic}|\\u{FE0F}|\\u{200D})';
const KEYCAP = '[0-9]\\u{FE0F}?\\u{20E3}\\u{FE0F}?';
export const ITEM_MARKER = new RegExp(
  `^\\s*(?:${KEYCAP}|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}(?:\\s?[、)）]|[.．，,:：](?![0-9])|-(?=\\s|\\p{Script=Han})|\\s(?=\\D))|[①-⑳⑴-⒇⒈-⒛]|[一二三四五六七八九十]{1,3}[、.．:：]|(?:[•·∙\\-–—*#●○◆◇■□▪▫►▶✓✔√※→>?？]|${EMOJI})+(?=\\s|[^\\s?？]))\\s*`,
  'u',
);

const ANY_EMOJI = new RegExp(EMOJI, 'gu');
/** The text without emoji: a chat message's title is decorated with them ("🔥急招淘宝客服🔥"). */
export function withoutEmoji(text: string): string {
  return text.replace(ANY_EMOJI, '');
}

/** A line's leading bullets (not its numbering): "◆ 工作内容：…" and "✅工作内容：…" are labelled lines. */
const BULLETS = new RegExp(`^\\s*(?:[•·∙–—*●○◆◇■□▪▫►▶✓✔√※→]|${EMOJI})+\\s*`, 'u');
export function stripBullets(line: string): string {
  return line.replace(BULLETS, '');
}

/** The item without its leading number or bullet. */
export function stripItemMarker(item: string): string {
  return item.replace(ITEM_MARKER, '');
}

// "3 years of …" starts with a number that is content, not numbering.
// A range ("3 - 5 years") too: its dash is not a bullet.
const QUANTITY = /^\s*\d{1,2}\s+((years?|yrs?|months?|weeks?|days?|hours?|people|persons?|or|to)\b|[-–~+]\s*\d)/i;

// a) b) A） a、 — letter markers that some ads use for sub-items.
const LETTER_MARKER = /^\s*[a-zA-Z][)）、]\s*/;

/**
 * The item without any leading markers, however many are stacked ("1、1.计算机…" -> "计算机…"),
 * and without the separator punctuation it ended with (；，、). A full stop is kept.
 */
export function cleanItem(item: string): string {
  let t = item.trim();
  for (let i = 0; i < 4; i++) {
    // Markers are read on the half-width form (１．→ 1.), which has the same length, and cut
    // from the original so the displayed text keeps its own characters.
    const probe = toHalfWidth(t);
    if (QUANTITY.test(probe)) break;
    const rest = stripItemMarker(probe).replace(LETTER_MARKER, '');
    if (rest.length === probe.length) break;
    t = t.slice(probe.length - rest.length);
  }
  return t.replace(/[\s；;，,、]+$/u, '').trim();
}

/** Whether the line starts with a number or bullet (or a letter marker). */
export function hasItemMarker(item: string): boolean {
  const probe = toHalfWidth(item);
  return ITEM_MARKER.test(probe) || LETTER_MARKER.test(probe);
}
