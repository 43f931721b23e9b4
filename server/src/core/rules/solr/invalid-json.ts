import { parseProblemRule } from '../parseProblems';

export const rule = parseProblemRule('solr/invalid-json', 'error', 'A Solr JSON document that is not valid JSON, or not a document, array, response or update command.');
