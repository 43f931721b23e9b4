import { parseProblemRule } from '../parseProblems';

export const rule = parseProblemRule('solr/invalid-xml', 'error', 'A Solr XML document that is not well-formed, declares a DOCTYPE, or has a field without a name.');
