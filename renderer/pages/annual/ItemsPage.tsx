/** Placeholder until the page is built. */
export function ItemsPage() {
  return <div>建设中</div>;
}
