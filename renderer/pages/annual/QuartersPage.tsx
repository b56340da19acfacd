/** Placeholder until the page is built. */
export function QuartersPage() {
  return <div>建设中</div>;
}
