import { Alert } from 'antd';
import { errorText } from '../hooks/api-hooks';

/** A failed load, with the service's message as is. */
export function QueryError({ error, title = '加载失败' }: { error: unknown; title?: string }) {
  return <Alert type="error" showIcon title={title} description={errorText(error)} style={{ margin: 16 }} />;
}
