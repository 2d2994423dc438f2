// The command line (CONTRACT.md §3): the same audit as the sidebar, on the Programs and Profile tabs
// downloaded as CSV. Exit 0 = no error finding, 1 = at least one, 2 = the input cannot be read.

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { auditSheet, UnreadableInputError } from "../rules/audit";
import { readCsvFile } from "./csv";
import { textReport } from "./textReport";

const USAGE = "usage: npm run --silent audit -- --programs programs.csv --profile profile.csv [--format text|json] [--by-row]";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  today: Date;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: new Date(),
};

export function main(argv: string[], io: Io = defaultIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        programs: { type: "string" },
        profile: { type: "string" },
        format: { type: "string", default: "text" },
        "by-row": { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message.split("\n")[0]}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.out(`${USAGE}\n\nAudits a residency program list (the Programs tab as CSV) against an applicant profile\n(the Profile tab as CSV: field, value). Exit status: 0 no errors, 1 errors found, 2 unreadable input.\n`);
    return 0;
  }
  if (!args.programs || !args.profile) {
    io.err(`Missing ${!args.programs ? "--programs" : "--profile"}.\n${USAGE}\n`);
    return 2;
  }
  if (args.format !== "text" && args.format !== "json") {
    io.err(`--format '${args.format}' is not text or json.\n${USAGE}\n`);
    return 2;
  }
  try {
    // `npm run` starts us in the project folder; npm gives the folder the user typed in as INIT_CWD.
    const typedIn = (process.env.npm_lifecycle_event === "audit" && process.env.INIT_CWD) || ".";
    const programRows = readCsvFile(resolve(typedIn, args.programs), "programs");
    const profileRows = readCsvFile(resolve(typedIn, args.profile), "profile");
    const result = auditSheet(programRows, profileRows, { today: io.today });
    io.out(args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : textReport(result, { byRow: args["by-row"] }));
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  } catch (error) {
    if (error instanceof UnreadableInputError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
