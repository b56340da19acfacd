import { AppError } from '../shared/errors';

/** Placeholder while a service is being written; never reached once the feature lands. */
export const notImplemented = (what: string): never => {
  throw new AppError('NOT_IMPLEMENTED', `功能尚未完成：${what}`);
};
