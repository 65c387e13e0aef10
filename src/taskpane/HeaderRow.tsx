// A table's column headings from catalog keys, shared by the steps' tables.
import { TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { type MessageKey, t } from "../i18n/messages";
import { useLang } from "./language";

export function HeaderRow({ keys }: { keys: readonly MessageKey[] }) {
  const lang = useLang();
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
