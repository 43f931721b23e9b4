import { parseProblemRule } from '../parseProblems';

export const rule = parseProblemRule('solr/unsupported-value', 'info', 'A null, nested document or nested array value that the checks do not read.');
