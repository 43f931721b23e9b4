import { type ParseErrorCode, printParseErrorCode } from 'jsonc-parser';

/** jsonc-parser's error code as words: "CloseBraceExpected" → "close brace expected". */
export function describeJsonError(code: ParseErrorCode): string {
  return printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
