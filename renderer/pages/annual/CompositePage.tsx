/** Placeholder until the page is built. */
export function CompositePage() {
  return <div>建设中</div>;
}
