/** Placeholder until the page is built. */
export function RecordsPage() {
  return <div>建设中</div>;
}
