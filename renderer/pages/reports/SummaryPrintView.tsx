/** Placeholder until the page is built. */
export function SummaryPrintView() {
  return <div>建设中</div>;
}
