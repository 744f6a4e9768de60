/**
 * Points the references inside an MDX body at another copy of the organisation: the `id` of
 * `<GroupRef>` and `<ReportRef>` and the `owner` of `<Action>`, in either quote style. Text
 * works on the source so that everything else in the body stays byte for byte.
 */

export interface ReferenceMaps {
  group(id: string): string;
  report(id: string): string;
  person(id: string): string;
}

const elements = /<(GroupRef|ReportRef|Action)\b([^>]*)>/g;

/** @example remapMdxReferences('<GroupRef id="lape" />', maps) // '<GroupRef id="lape-k7" />' */
export function remapMdxReferences(body: string, maps: ReferenceMaps): string {
  return body.replace(elements, (_element: string, name: string, attributes: string) => {
    const [attribute, map] =
      name === 'Action'
        ? (['owner', maps.person] as const)
        : (['id', name === 'GroupRef' ? maps.group : maps.report] as const);
    const pattern = new RegExp(`(\\s${attribute}=)(?:"([^"]*)"|'([^']*)')`);
    const remapped = attributes.replace(
      pattern,
      (_match: string, prefix: string, double?: string, single?: string) =>
        double === undefined ? `${prefix}'${map(single ?? '')}'` : `${prefix}"${map(double)}"`,
    );
    return `<${name}${remapped}>`;
  });
}
