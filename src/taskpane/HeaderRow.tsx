// A table's column headings from catalog keys, shared by the steps' tables.
import { TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { type Lang, type MessageKey, t } from "../i18n/messages";

export function HeaderRow({ keys, lang }: { keys: readonly MessageKey[]; lang: Lang }) {
  return (
    <TableHeader>
      <TableRow>
        {keys.map((key) => (
          <TableHeaderCell key={key} scope="col">
            {t(key, lang)}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
