/** The list of 科室评议 (menu 能力作风建设, DOMAIN §8.4); kept apart so the shell's menu loads no page code. */
export const unitReviewPath = '/conduct/reviews';
