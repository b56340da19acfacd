/** Placeholder until the page is built. */
export function ReportsPage() {
  return <div>建设中</div>;
}
