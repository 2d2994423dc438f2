// The Apps Script entry: it only wires things. Every export here becomes a top-level function of the
// pushed script (scripts/build.mjs finds them in the bundle and writes one stub each), so export
// functions only, and keep module top-level code free of Apps Script service calls: it runs on every
// custom-function call and before the user has authorized anything.

export { IMGFRIENDLY, MEETSCUTOFF, TIER } from "./functions/customFunctions";

export { addFormulaColumnsFromMenu, createProgramSheet, onInstall, onOpen, openSidebar, prepareForSharing, runAuditFromMenu, showHelp } from "./sheets/menu";
export { addFormulaColumns, getFormulaColumns, getLastAudit, getProfile, runAudit, saveProfile, selectRow } from "./sheets/server";
