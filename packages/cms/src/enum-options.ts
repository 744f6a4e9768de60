/**
 * Select options with the domain's Finnish labels. An enumeration is matched to the label record
 * of `@valmistelu/domain/labels` that has exactly its values, so no label is written twice.
 */
import {
  actionStateLabels,
  bodyKindLabels,
  channelKindLabels,
  languageNames,
  lineKindLabels,
  milestoneDisplayLabels,
  reportKindLabels,
  reportStateLabels,
} from '@valmistelu/domain/labels';

const labelRecords: readonly Readonly<Record<string, string>>[] = [
  actionStateLabels,
  bodyKindLabels,
  channelKindLabels,
  languageNames,
  lineKindLabels,
  milestoneDisplayLabels,
  reportKindLabels,
  reportStateLabels,
];

function sameKeys(record: Readonly<Record<string, string>>, values: readonly string[]): boolean {
  const keys = Object.keys(record);
  return keys.length === values.length && values.every((value) => Object.hasOwn(record, value));
}

export interface SelectOption {
  label: string;
  value: string;
}

export function enumOptions(values: readonly (string | number)[]): SelectOption[] {
  const strings = values.map(String);
  const labels = labelRecords.find((record) => sameKeys(record, strings));
  return strings.map((value) => ({ label: labels?.[value] ?? value, value }));
}
