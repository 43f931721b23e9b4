import { version } from '../../../../package.json';
import type { OutputFormat } from '../args';
import { jsonReport } from './json';
import type { ReportFormat } from './report';
import { sarifReport } from './sarif';
import { stylishReport } from './stylish';

export function reportFormatFor(format: OutputFormat): ReportFormat {
  switch (format) {
    case 'json':
      return jsonReport;
    case 'sarif':
      return sarifReport(version);
    case 'stylish':
      return stylishReport;
  }
}
