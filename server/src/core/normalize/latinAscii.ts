import { isAsciiText } from '../text/ascii';

/**
 * An approximation of ICU's `Latin-ASCII` transliterator, for Latin script and common punctuation:
 * letters lose their diacritics (compatibility-decomposed), letters without a decomposition and typographic
 * punctuation are mapped by the table below, and every other script passes through untouched.
 */
const letterMap: Readonly<Record<string, string>> = {
  Æ: 'AE', æ: 'ae', Ð: 'D', ð: 'd', Ø: 'O', ø: 'o', Þ: 'TH', þ: 'th', ß: 'ss', ẞ: 'SS', Đ: 'D', đ: 'd',
  Ħ: 'H', ħ: 'h', ı: 'i', ĸ: 'q', Ł: 'L', ł: 'l', Ŋ: 'N', ŋ: 'n', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
  ƀ: 'b', Ɓ: 'B', Ƃ: 'B', ƃ: 'b', Ƈ: 'C', ƈ: 'c', Ɖ: 'D', Ɗ: 'D', Ƒ: 'F', ƒ: 'f', Ɠ: 'G', Ɨ: 'I',
  Ƙ: 'K', ƙ: 'k', ƚ: 'l', Ɲ: 'N', ƞ: 'n', Ƥ: 'P', ƥ: 'p', ƫ: 't', Ƭ: 'T', ƭ: 't', Ʈ: 'T', Ʋ: 'V',
  Ƴ: 'Y', ƴ: 'y', Ƶ: 'Z', ƶ: 'z', ȡ: 'd', Ȥ: 'Z', ȥ: 'z', ȴ: 'l', ȵ: 'n', ȶ: 't', ȷ: 'j', ȸ: 'db',
  ȹ: 'qp', Ⱥ: 'A', Ȼ: 'C', ȼ: 'c', Ƚ: 'L', Ⱦ: 'T', ȿ: 's', ɀ: 'z', Ƀ: 'B', Ʉ: 'U', Ɇ: 'E', ɇ: 'e',
  Ɉ: 'J', ɉ: 'j', Ɍ: 'R', ɍ: 'r', Ɏ: 'Y', ɏ: 'y', ɓ: 'b', ɕ: 'c', ɖ: 'd', ɗ: 'd', ɛ: 'e', ɟ: 'j',
  ɠ: 'g', ɡ: 'g', ɢ: 'G', ɦ: 'h', ɧ: 'h', ɨ: 'i', ɪ: 'I', ɫ: 'l', ɬ: 'l', ɭ: 'l', ɱ: 'm', ɲ: 'n',
  ɳ: 'n', ɴ: 'N', ɶ: 'OE', ɼ: 'r', ɽ: 'r', ɾ: 'r', ʀ: 'R', ʂ: 's', ʈ: 't', ʉ: 'u', ʋ: 'v', ʏ: 'Y',
  ʐ: 'z', ʑ: 'z', ʙ: 'B', ʛ: 'G', ʜ: 'H', ʝ: 'j', ʟ: 'L', ʠ: 'q', ʣ: 'dz', ʥ: 'dz', ʦ: 'ts', ʪ: 'ls',
  ʫ: 'lz', ᴀ: 'A', ᴁ: 'AE', ᴃ: 'B', ᴄ: 'C', ᴅ: 'D', ᴆ: 'D', ᴇ: 'E', ᴊ: 'J', ᴋ: 'K', ᴌ: 'L', ᴍ: 'M',
  ᴏ: 'O', ᴘ: 'P', ᴛ: 'T', ᴜ: 'U', ᴠ: 'V', ᴡ: 'W', ᴢ: 'Z', Ỻ: 'LL', ỻ: 'll',
};

const punctuationMap: Readonly<Record<string, string>> = {
  '\u00A0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
  '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '…': '...', '«': '<<', '»': '>>',
  '‹': '<', '›': '>', '⁄': '/', '‼': '!!', '⁇': '??', '⁈': '?!', '⁉': '!?', '©': '(C)', '®': '(R)',
  '·': '.', '×': '*', '÷': '/', '¡': '!', '¿': '?',
};

const latinWithMarks = /\p{Script=Latin}\p{M}*/gu;
const mappedPunctuation = new RegExp(`[${Object.keys(punctuationMap).join('')}]`, 'gu');

function foldLatin(cluster: string): string {
  const base = cluster.normalize('NFKD').replace(/\p{M}/gu, '');
  return [...base].map((char) => letterMap[char] ?? char).join('');
}

export function latinToAscii(text: string): string {
  // Nothing to fold: no table entry and no decomposable letter is ASCII.
  if (isAsciiText(text)) return text;
  return text.replace(latinWithMarks, foldLatin).replace(mappedPunctuation, (char) => punctuationMap[char]!);
}
