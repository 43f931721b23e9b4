import { parseProblemRule } from '../parseProblems';

/** Reported by the parser: an indented or `+` line with no field above it. */
export const rule = parseProblemRule('record/orphan-value', 'error', 'A value line (indented or "+") that belongs to no field.');
