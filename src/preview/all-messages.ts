// The preview page uses texts of every area from its first render, and the
// workbook modules it imports name their sheets as they load. So all the
// Vietnamese is registered before any of them runs: index.tsx imports this
// module first (the add-in's pane, where those modules are lazy, fetches it instead).
import { registerLaterVietnamese } from "../i18n/messages";
import { viLater } from "../i18n/vi/later";

registerLaterVietnamese(viLater);
