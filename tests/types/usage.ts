// Compiled by tests/e2e/package.test.mjs (tsc --noEmit): the published types must describe
// the way the README tells people to use numcheck.
import init, { check, type Report, type Finding } from "numcheck";
import { checkText, createChecker, type CheckResult } from "numcheck/engine";
import "numcheck/widget";

async function demo(): Promise<void> {
  await init();
  const report: Report = check("The agency employs 2,300 people.", { minSeverity: "note", checks: ["arithmetic"] });
  const errors: Finding[] = report.findings.filter((f) => f.severity === "error");
  const first = report.mentions[0];
  const hedge: string | undefined = first?.qualifier?.text;
  const utf16 = first ? "text".slice(first.span.start, first.span.end) : "";
  const { engine } = await checkText("x", undefined, { signal: new AbortController().signal });
  const checker = createChecker();
  const latest: CheckResult = await checker.check("The club has 200 members.", { minSeverity: "warning" });
  checker.dispose();
  console.log(latest.workerProblem ?? latest.engine);
  const element = document.querySelector("num-check");
  element?.addEventListener("numcheck-report", (e) => console.log(e.detail.findings.length, errors, hedge, utf16, engine));
  element?.addEventListener("numcheck-error", (e) => console.log(e.detail.message));
  const range: Range | null | undefined = element?.rangeForMention(0);
  console.log(range);
}
demo();
