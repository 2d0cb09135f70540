/**
 * A web-test-runner reporter that ends the run with one plain line,
 * `N passed, N failed` (and `, N skipped` when some were skipped), plus one
 * line per browser before it. CI reads the last line.
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function summaryReporter() {
  let sessionsByBrowser = new Map();
  let failedFiles = 0;
  return {
    onTestRunFinished({ sessions }) {
      sessionsByBrowser = new Map();
      failedFiles = 0;
      for (const session of sessions) {
        const name = session.browser.name;
        const totals = sessionsByBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no test results:
        // count it as a failure so a broken file can never look green.
        if (!session.passed && (!session.testResults || session.errors?.length)) {
          totals.failed += 1;
          failedFiles += 1;
        }
        sessionsByBrowser.set(name, totals);
      }
    },
    stop() {
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const [name, totals] of sessionsByBrowser) {
        console.log(`${name}: ${line(totals)}`);
        all.passed += totals.passed;
        all.failed += totals.failed;
        all.skipped += totals.skipped;
      }
      if (failedFiles) console.log(`(${failedFiles} test file run(s) failed outside a test; counted as failures)`);
      console.log(line(all));
    },
  };
}
