// When a public question about a milestone counts as long unanswered (issue 18, point 5).
export const UNANSWERED_AFTER_DAYS = 14;

export const isLongUnanswered = (question: { answeredAt: Date | null; createdAt: Date }, now = new Date()) =>
  !question.answeredAt && now.getTime() - question.createdAt.getTime() > UNANSWERED_AFTER_DAYS * 86_400_000;
